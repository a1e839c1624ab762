package dev.briefings.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.briefings.EditionChecks;
import dev.briefings.TestProject;
import dev.briefings.edition.runs.RepositorySettings;

/** The scheduler contract on the embedded default: H2 in the output folder, file locks. */
class H2SchedulerRunsTests extends SchedulerRunsContract {

    @Override
    RepositorySettings repository() {
        return RepositorySettings.embedded();
    }

    @Test
    void committedChunkWhoseStagingFileIsCutShort_isDetectedAndRedone_notPublished() throws Exception {
        // given a run killed after committing its first render chunk, and that chunk's staging file
        // cut short afterwards, as a power loss can leave a file the repository recorded as committed
        Path output = project.resolve("output");
        Process killed = startChild(output, "render-chunk-2");
        awaitFault(killed, "render-chunk-2");
        killed.destroyForcibly();
        assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Path chunk;
        try (Stream<Path> work = Files.list(output.resolve(".work"))) {
            chunk = work.findFirst().orElseThrow().resolve("fragments/ru/txt/000000000000.jsonl");
        }
        byte[] bytes = Files.readAllBytes(chunk);
        Files.write(chunk, Arrays.copyOf(bytes, bytes.length / 2));

        // when the scheduler runs the edition again
        EditionLauncher.Result next = new EditionLauncher().run(TestProject.request(project, output));

        // then the damage is found, the edition made again, and what is published is whole and right
        assertThat(next.exitCode()).as(next.message() + next.problems()).isZero();
        assertThat(new EditionLauncher().run(TestProject.request(project, project.resolve("clean"))).exitCode()).isZero();
        assertThat(contents(output.resolve("2020-11-20"))).isEqualTo(contents(project.resolve("clean/2020-11-20")));
        EditionChecks.filesMatchManifest(output.resolve("2020-11-20"));
        assertNoLeftovers(output);
    }
}
