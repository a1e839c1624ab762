package dev.briefings.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.briefings.TestProject;

/**
 * Both sample editions, byte for byte, against golden files that a person has read line by line
 * in both languages (src/test/resources/golden/&lt;date&gt;/): the first (2020-11-20), the seed story
 * and its day, and the second (2021-02-02), a day of wire copy told with the general kinds. After a
 * deliberate change, regenerate them with
 * {@code mvn test -Dtest=GoldenEditionTests -Dgolden.update=true}, then read every changed line.
 */
class GoldenEditionTests {

    private static final Path GOLDEN = TestProject.root().resolve("src/test/resources/golden");

    /** Each sample edition, with the story whose every format is kept beside the whole edition's text. */
    private static final Map<String, String> EDITIONS = new LinkedHashMap<>(Map.of(
            "2020-11-20", TestProject.SEED,
            "2021-02-02", "2021-02-02-navalny-jailed"));

    @TempDir
    static Path output;

    private static final Map<String, Path> published = new LinkedHashMap<>();

    @BeforeAll
    static void publishTheSampleEditions() throws Exception {
        for (String date : EDITIONS.keySet()) {
            EditionLauncher.Result result = new EditionLauncher().run(TestProject.request(TestProject.root(),
                    output.resolve(date), LocalDate.parse(date), List.of("en", "ru")));
            assertThat(result.exitCode()).as("edition " + date).isZero();
            assertThat(result.manifest().orElseThrow().rejected()).as("rejected records of " + date).isEmpty();
            published.put(date, result.published());
        }
    }

    static List<String> goldenFiles() {
        List<String> files = new ArrayList<>();
        EDITIONS.forEach((date, story) -> {
            for (String format : List.of("txt", "md", "html")) {
                files.add(date + "/en/stories/" + story + "." + format);
                files.add(date + "/ru/stories/" + story + "." + format);
            }
            files.add(date + "/en/edition.txt");
            files.add(date + "/ru/edition.txt");
        });
        return files;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void publishedFile_matchesItsGoldenFile(String path) throws Exception {
        String date = path.substring(0, path.indexOf('/'));
        byte[] actual = Files.readAllBytes(published.get(date).resolve(path.substring(date.length() + 1)));
        Path golden = GOLDEN.resolve(path);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, actual);
        }
        assertThat(golden).as("golden file " + path + " (regenerate with -Dgolden.update=true, then read it)").exists();
        assertThat(new String(actual, StandardCharsets.UTF_8))
                .isEqualTo(new String(Files.readAllBytes(golden), StandardCharsets.UTF_8));
    }
}
