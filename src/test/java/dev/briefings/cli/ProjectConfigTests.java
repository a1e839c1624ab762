package dev.briefings.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefings.TestProject;
import dev.briefings.data.InvalidProjectFile;
import dev.briefings.edition.EditionLauncher;

/** The configuration file and the variables that override it: each wrong value is blamed on where it came from. */
class ProjectConfigTests {

    @TempDir
    Path folder;

    @Test
    void timezoneFromAVariable_thatIsNotOne_isBlamedOnTheVariable() {
        // given a sound configuration file and a variable that overrides it wrongly
        Path file = folder.resolve("briefings.yaml");
        TestProject.write(file, "timezone: Europe/Moscow\n");

        // when it is read, then the variable is named, not the file
        assertThatThrownBy(() -> ProjectConfig.load(file, false, Map.of("BRIEFINGS_TIMEZONE", "Mars/Olympus")))
                .isInstanceOf(EditionLauncher.InvalidRequest.class)
                .hasMessageContaining("BRIEFINGS_TIMEZONE")
                .hasMessageContaining("'Mars/Olympus' is not a time zone")
                .hasMessageNotContaining("briefings.yaml");
    }

    @Test
    void timezoneFromTheFile_thatIsNotOne_isBlamedOnTheFileAndLine() {
        Path file = folder.resolve("briefings.yaml");
        TestProject.write(file, "# the newsroom\ntimezone: Mars/Olympus\n");

        assertThatThrownBy(() -> ProjectConfig.load(file, false, Map.of()))
                .isInstanceOfSatisfying(InvalidProjectFile.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.position().line()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("'Mars/Olympus' is not a time zone");
                });
    }

    @Test
    void repositoryUrl_thatIsNotOne_isBlamedOnTheVariable_orOnTheFileAndLine() {
        Path file = folder.resolve("briefings.yaml");
        TestProject.write(file, "timezone: Europe/Moscow\nrepository:\n  url: postgres://db/briefings\n");

        assertThatThrownBy(() -> ProjectConfig.load(file, false, Map.of("BRIEFINGS_REPOSITORY_URL", "db:5432/briefings")))
                .isInstanceOf(EditionLauncher.InvalidRequest.class)
                .hasMessageContaining("the variable BRIEFINGS_REPOSITORY_URL: 'db:5432/briefings' is not a job repository URL")
                .hasMessageContaining("jdbc:postgresql://host/database");
        assertThatThrownBy(() -> ProjectConfig.load(file, false, Map.of()))
                .isInstanceOfSatisfying(InvalidProjectFile.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.position().line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("'postgres://db/briefings' is not a job repository URL");
                });
        // a URL this program uses passes, from either place
        assertThat(ProjectConfig.load(file, false, Map.of("BRIEFINGS_REPOSITORY_URL", "jdbc:postgresql://db/briefings"))
                .repository().url()).contains("jdbc:postgresql://db/briefings");
    }

    @Test
    void configurationNamedWithConfig_mustExist_whileTheDefaultMayBeMissing() {
        Path missing = folder.resolve("missing.yaml");

        assertThatThrownBy(() -> ProjectConfig.load(missing, true, Map.of()))
                .isInstanceOf(EditionLauncher.InvalidRequest.class)
                .hasMessageContaining("missing.yaml given with --config does not exist");
        assertThat(ProjectConfig.load(missing, false, Map.of()).timezone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void stuckAfter_comesFromTheFileOrItsVariable_withThirtyMinutesByDefault() {
        Path file = folder.resolve("briefings.yaml");
        TestProject.write(file, "stuck-after: 2h\n");

        assertThat(ProjectConfig.load(folder.resolve("none.yaml"), false, Map.of()).stuckAfter())
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(ProjectConfig.load(file, false, Map.of()).stuckAfter()).isEqualTo(Duration.ofHours(2));
        assertThat(ProjectConfig.load(file, false, Map.of("BRIEFINGS_STUCK_AFTER", "90s")).stuckAfter())
                .isEqualTo(Duration.ofSeconds(90));
        assertThatThrownBy(() -> ProjectConfig.load(file, false, Map.of("BRIEFINGS_STUCK_AFTER", "soon")))
                .isInstanceOf(EditionLauncher.InvalidRequest.class)
                .hasMessageContaining("BRIEFINGS_STUCK_AFTER").hasMessageContaining("30m");
    }
}
