package dev.briefings.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.briefings.TestProject;

/**
 * The sample edition, byte for byte, against golden files that a person has read line by line
 * in both languages (src/test/resources/golden/). After a deliberate change, regenerate them with
 * {@code mvn test -Dtest=GoldenEditionTests -Dgolden.update=true}, then read every changed line.
 */
class GoldenEditionTests {

    private static final Path GOLDEN = TestProject.root().resolve("src/test/resources/golden/2020-11-20");

    @TempDir
    static Path output;

    private static Path edition;

    @BeforeAll
    static void publishTheSampleEdition() throws Exception {
        EditionLauncher.Result result = new EditionLauncher().run(TestProject.request(TestProject.root(), output));
        assertThat(result.exitCode()).isZero();
        edition = result.published();
    }

    static List<String> goldenFiles() {
        String seed = TestProject.SEED;
        return List.of(
                "en/stories/" + seed + ".txt", "ru/stories/" + seed + ".txt",
                "en/stories/" + seed + ".md", "ru/stories/" + seed + ".md",
                "en/stories/" + seed + ".html", "ru/stories/" + seed + ".html",
                "en/edition.txt", "ru/edition.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void publishedFile_matchesItsGoldenFile(String path) throws Exception {
        byte[] actual = Files.readAllBytes(edition.resolve(path));
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
