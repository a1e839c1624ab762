package dev.briefings.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefings.TestProject;
import dev.briefings.edition.runs.Outcome;

/**
 * An output folder that readers may read but the run may not write (a read-only mount, as an
 * operator makes while copying editions elsewhere): an up-to-date edition is still a no-op that
 * exits 0. The folder is a small tmpfs remounted read-only, which needs root (as CI runs);
 * elsewhere the test is skipped and says why.
 */
class ReadOnlyOutputTests {

    @TempDir
    Path project;

    private Path output;
    private boolean mounted;

    @BeforeEach
    void mountDisk() throws Exception {
        TestProject.copy(project);
        output = project.resolve("output");
        Files.createDirectories(output);
        mounted = mount("-t", "tmpfs", "-o", "size=8m", "tmpfs", output.toString());
        Assumptions.assumeTrue(mounted, "cannot mount a tmpfs here (needs root)");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", output.toString()).start().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static boolean mount(String... arguments) throws Exception {
        String[] command = new String[arguments.length + 1];
        command[0] = "mount";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process mount = new ProcessBuilder(command).redirectErrorStream(true).start();
        mount.getInputStream().readAllBytes();
        return mount.waitFor(10, TimeUnit.SECONDS) && mount.exitValue() == 0;
    }

    @Test
    void upToDateEdition_inAReadOnlyOutputFolder_isANoOpThatExits0() throws Exception {
        // given a published edition whose output folder then becomes read-only
        assertThat(new EditionLauncher().run(TestProject.request(project, output)).exitCode()).isZero();
        assertThat(mount("-o", "remount,ro", output.toString())).isTrue();

        // when the scheduler runs it again with nothing changed
        EditionLauncher.Result again = new EditionLauncher().run(TestProject.request(project, output));

        // then it says the edition is up to date and exits 0
        assertThat(again.outcome()).isEqualTo(Outcome.UP_TO_DATE);
        assertThat(again.exitCode()).isZero();
    }
}
