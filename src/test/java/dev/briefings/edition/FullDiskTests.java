package dev.briefings.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefings.edition.runs.Outcome;
import dev.briefings.TestProject;
import dev.briefings.edition.runs.RepositorySettings;

/**
 * A full disk, for real: the output folder is a small tmpfs, filled up before a run that must
 * regenerate the edition. The run exits 1 saying the disk is full, the published edition stays
 * as it was, and once there is room again the next run resumes and publishes.
 * <p>
 * Mounting needs root (as CI runs); elsewhere the test is skipped and says why.
 */
class FullDiskTests {

    @TempDir
    Path project;

    private Path output;
    private boolean mounted;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        TestProject.copy(project);
        output = project.resolve("output");
        Files.createDirectories(output);
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", output.toString())
                .redirectErrorStream(true).start();
        String said = new String(mount.getInputStream().readAllBytes());
        mounted = mount.waitFor(10, TimeUnit.SECONDS) && mount.exitValue() == 0;
        Assumptions.assumeTrue(mounted, "cannot mount a tmpfs here (needs root): " + said);
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", output.toString()).start().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private EditionLauncher.Result run() throws Exception {
        EditionLauncher.Request plain = TestProject.request(project, output);
        // the job repository lives off the small disk, as it would on a separate database
        RepositorySettings repository = new RepositorySettings(
                Optional.of("jdbc:h2:file:" + project.resolve("jobs/repository") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE"),
                Optional.empty(), Optional.empty());
        return new EditionLauncher().run(new EditionLauncher.Request(plain.edition(), plain.events(), output,
                plain.translations(), plain.templates(), List.of(), List.of(), plain.formats(), plain.timezone(), false,
                repository));
    }

    @Test
    void fullDisk_failsWithExit1_keepsThePublishedEdition_andTheNextRunWithRoomPublishes() throws Exception {
        // given a published edition on a disk that is then filled up
        assertThat(run().exitCode()).isZero();
        Map<String, String> published = SchedulerRunsContract.contents(output.resolve("2020-11-20"));
        Path filler = output.resolve("filler");
        long free = Files.getFileStore(output).getUsableSpace();
        Files.write(filler, new byte[(int) Math.max(0, free - 16 * 1024)]);
        Path messages = project.resolve("translations/en/messages.yaml");
        TestProject.write(messages, TestProject.read(messages).replace("      Background\n", "      Context\n"));

        // when the edition must be generated again
        EditionLauncher.Result full = run();

        // then the run fails and says why, and readers still see the previous edition, whole
        assertThat(full.exitCode()).isEqualTo(Outcome.EXIT_FAILED);
        assertThat(String.join("\n", full.problems())).contains("is full").contains("No space left on device")
                .contains("The published edition is intact");
        assertThat(SchedulerRunsContract.contents(output.resolve("2020-11-20"))).isEqualTo(published);

        // and with room again, the next run resumes and publishes the new edition
        Files.delete(filler);
        EditionLauncher.Result next = run();
        assertThat(next.exitCode()).isZero();
        assertThat(Files.readString(output.resolve("2020-11-20/en/edition.txt"))).contains("\nContext\n");
        SchedulerRunsContract.assertNoLeftovers(output);
    }

    @Test
    void fullDisk_underTheEmbeddedJobRepository_isNamedAsAFullDisk_notAsADatabaseError() throws Exception {
        // given the default set-up: the job repository in output/.jobs, on the same disk, which is
        // nearly full before the first run of an edition
        Path filler = output.resolve("filler");
        long free = Files.getFileStore(output).getUsableSpace();
        Files.write(filler, new byte[(int) Math.max(0, free - 96 * 1024)]);
        EditionLauncher launcher = new EditionLauncher();

        // when the edition is run (the repository's writes fail, not only the edition's)
        Throwable failure = null;
        EditionLauncher.Result full = null;
        try {
            full = launcher.run(TestProject.request(project, output));
        } catch (RuntimeException e) {
            failure = e;
        }

        // then it says the disk is full, which the on-call engineer can act on, not "JDBC commit failed"
        String said = failure != null ? failure.getMessage() : String.join("\n", full.problems());
        assertThat(failure != null ? Failures.outcomeOf(failure) : full.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(said).contains("the disk holding").contains("is full").contains("free space and run again");

        // and with room again (the disk grown: an edition and its repository need more than this one holds),
        // the next run publishes
        Files.delete(filler);
        Process grow = new ProcessBuilder("mount", "-o", "remount,size=16m", output.toString()).inheritIO().start();
        assertThat(grow.waitFor(10, TimeUnit.SECONDS) && grow.exitValue() == 0).isTrue();
        EditionLauncher.Result next = launcher.run(TestProject.request(project, output));
        assertThat(next.exitCode()).as(next.message() + next.problems()).isZero();
        assertThat(output.resolve("2020-11-20/en/edition.txt")).isRegularFile();
    }
}
