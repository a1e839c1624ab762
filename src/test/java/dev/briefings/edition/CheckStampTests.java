package dev.briefings.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefings.TestProject;

/** A run checks the project files again whenever what the check reads has changed, and only then. */
class CheckStampTests {

    @TempDir
    Path project;

    private String digest(List<String> locales, String program) throws Exception {
        return CheckStamp.digest(project.resolve("translations"), project.resolve("templates"), locales, program);
    }

    @Test
    void filesThatPassed_areNotCheckedAgain_untilATranslationTemplateLocaleOrTheProgramChanges() throws Exception {
        TestProject.copy(project);
        Path output = Files.createDirectories(project.resolve("output"));
        String passed = digest(List.of("en", "ru"), "build 1");
        assertThat(CheckStamp.passed(output, passed)).isFalse();

        CheckStamp.record(output, passed);

        assertThat(CheckStamp.passed(output, passed)).isTrue();
        assertThat(digest(List.of("en", "ru"), "build 1")).isEqualTo(passed);
        assertThat(digest(List.of("ru"), "build 1")).isNotEqualTo(passed);
        assertThat(digest(List.of("en", "ru"), "build 2")).isNotEqualTo(passed);
        Path glossary = project.resolve("translations/ru/glossary.yaml");
        TestProject.write(glossary, TestProject.read(glossary) + "\n# reviewed\n");
        assertThat(digest(List.of("en", "ru"), "build 1")).isNotEqualTo(passed);
        TestProject.write(project.resolve("templates/story.txt.mustache"), "{{headline}}\n");
        String changed = digest(List.of("en", "ru"), "build 1");
        assertThat(CheckStamp.passed(output, changed)).isFalse();
        try (var files = Files.list(output)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(CheckStamp.FILE);
        }
    }

    @Test
    void filesThatPassedForOneOutputFolder_passForAnotherThroughTheProgramsSharedFolder() throws Exception {
        TestProject.copy(project);
        Path first = Files.createDirectories(project.resolve("output"));
        Path emptied = Files.createDirectories(project.resolve("elsewhere"));
        Optional<Path> shared = Optional.of(project.resolve("target/.checked"));
        String passed = digest(List.of("en", "ru"), "build 1");
        String other = digest(List.of("ru"), "build 1");

        CheckStamp.record(first, shared, passed);

        assertThat(CheckStamp.passed(emptied, shared, passed)).isTrue();
        assertThat(CheckStamp.passed(emptied, Optional.empty(), passed)).isFalse();
        assertThat(CheckStamp.passed(emptied, shared, other)).isFalse();
        assertThat(project.resolve("target/.checked").resolve(passed)).isRegularFile();
    }

    @Test
    void digestsOlderThanAMonth_areForgottenWhenANewOneIsRecorded() throws Exception {
        TestProject.copy(project);
        Path output = Files.createDirectories(project.resolve("output"));
        Path shared = Files.createDirectories(project.resolve("target/.checked"));
        Path old = Files.write(shared.resolve("0".repeat(64)), new byte[0]);
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(CheckStamp.SHARED_DAYS + 1))));
        Path recent = Files.write(shared.resolve("1".repeat(64)), new byte[0]);

        CheckStamp.record(output, Optional.of(shared), digest(List.of("en", "ru"), "build 1"));

        assertThat(old).doesNotExist();
        assertThat(recent).exists();
    }
}
