package dev.briefings.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.briefings.TestProject;

/**
 * A run through {@code ./briefings} from a caller with no usable locale (cron, a minimal container):
 * record files whose names are not ASCII are read, their stories published, and the summary prints
 * such a name in UTF-8. Without a UTF-8 locale Java 17 encodes file names as ASCII, and every run
 * used to exit 1 with "Malformed input or input contains unmappable characters".
 */
class LocaleIT {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    /** The sample record copied under a new id into a file named in Cyrillic. */
    private static final String STORY = "2020-11-20-story-from-moscow-file";

    /** A record of an unknown kind, in a file whose name the summary prints among the rejected. */
    private static final String REJECTED_FILE = "café-ошибка.yaml";

    @TempDir
    Path project;

    @BeforeAll
    static void theJarIsBuiltAndFresh() throws Exception {
        Launcher.assertJarIsFresh();
    }

    static Stream<Arguments> callers() {
        return Stream.of(
                Arguments.of("no LANG, LC_ALL or LC_CTYPE", Map.of()),
                Arguments.of("no locale, BRIEFINGS_JAVA_OPTS set", Map.of("BRIEFINGS_JAVA_OPTS", "-Xms256m -Xmx256m")),
                Arguments.of("LC_ALL=C", Map.of("LC_ALL", "C")),
                Arguments.of("LANG names a locale that is not installed", Map.of("LANG", "xx_XX.UTF-8")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callers")
    void nonAsciiFileNames_areReadAndPrinted_whateverTheCallersLocale(String caller, Map<String, String> settings)
            throws Exception {
        // given a copy of the project with a sample record under a new id in events/2020-11-20/Москва.yaml,
        // and a record of an unknown kind in a file whose name is not ASCII either
        TestProject.copy(project);
        Path day = project.resolve("events/2020-11-20");
        String sample = Files.readString(day.resolve("trump-jr.yaml"), StandardCharsets.UTF_8);
        String story = sample.replace("id: 2020-11-20-trump-jr-coronavirus", "id: " + STORY);
        assertThat(story).contains("id: " + STORY);
        Files.writeString(day.resolve("Москва.yaml"), story, StandardCharsets.UTF_8);
        Files.writeString(day.resolve(REJECTED_FILE), story.replace(STORY, "2020-11-20-rejected-record")
                .replace("kind: infection.reported", "kind: no-such.kind"), StandardCharsets.UTF_8);
        // and an environment built from scratch, as cron gives it: no LANG, LC_ALL or LC_CTYPE
        Map<String, String> environment = new HashMap<>();
        environment.put("PATH", System.getenv("PATH"));
        environment.put("HOME", System.getenv().getOrDefault("HOME", System.getProperty("user.home")));
        if (System.getenv("JAVA_HOME") != null) {
            environment.put("JAVA_HOME", System.getenv("JAVA_HOME"));
        }
        environment.putAll(settings);
        Path output = project.resolve("output");

        // when the edition is run through the launcher
        Launcher.Result run = Launcher.run(Launcher.ROOT, environment, TIMEOUT, project.resolve("logs"),
                List.of("./briefings", "--project", project.toString(), "run", "--date", "2020-11-20",
                        "--output", output.toString()));

        // then the edition is published, with the rejected record listed
        assertThat(run.exit()).as(run.said()).isIn(0, 3);
        assertThat(run.said()).doesNotContain("Malformed input").doesNotContain("\tat ").doesNotContain("Exception in");
        // and the story from the Cyrillic file name is in it, in every locale
        Path edition = output.resolve("2020-11-20");
        for (String locale : List.of("en", "ru")) {
            assertThat(edition.resolve(locale + "/stories/" + STORY + ".html")).isRegularFile();
            assertThat(Files.readString(edition.resolve(locale + "/edition.html"), StandardCharsets.UTF_8))
                    .contains("story-" + STORY);
        }
        // and standard output carries UTF-8: the summary names the rejected record's file as it is called
        assertThat(run.out()).as(run.said()).contains("2020-11-20/" + REJECTED_FILE);
    }
}
