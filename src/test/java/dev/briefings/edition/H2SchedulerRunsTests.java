package dev.briefings.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.briefings.TestProject;
import dev.briefings.edition.runs.RepositorySettings;

/** The scheduler contract on the embedded default: H2 in the output folder, file locks. */
class H2SchedulerRunsTests extends SchedulerRunsContract {

    @Override
    RepositorySettings repository() {
        return RepositorySettings.embedded();
    }

    @Test
    void repositoryLockedByAnotherProcess_exits1SayingSo() throws Exception {
        // given a run of one edition holding the embedded repository open
        Path output = project.resolve("output");
        Process other = startChild(output, "render-chunk-1");
        awaitFault(other, "render-chunk-1");

        // when another edition is run into the same output folder
        var request = TestProject.request(project, output, LocalDate.of(2020, 11, 21), List.of());

        // then it cannot open the repository and says why, without touching the first
        assertThatThrownBy(() -> new EditionLauncher().run(request))
                .isInstanceOf(EditionLauncher.RepositoryUnavailable.class)
                .hasMessageContaining("is locked by another process")
                .hasMessageContaining("run again when it has finished");
        assertThat(other.isAlive()).isTrue();
    }
}
