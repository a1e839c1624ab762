package dev.briefings.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
}
