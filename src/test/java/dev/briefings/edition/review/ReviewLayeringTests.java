package dev.briefings.edition.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.briefings.TestProject;

/** The review package sits under edition: it may use publish, render, i18n, events and data, never the command line. */
class ReviewLayeringTests {

    @Test
    void reviewPackage_importsNothingFromTheCommandLine() throws IOException {
        Path folder = TestProject.root().resolve("src/main/java/dev/briefings/edition/review");
        try (Stream<Path> sources = Files.list(folder)) {
            assertThat(sources.toList()).isNotEmpty().allSatisfy(source ->
                    assertThat(Files.readString(source)).as(source.getFileName().toString())
                            .doesNotContain("import dev.briefings.cli").doesNotContain("import picocli"));
        }
    }
}
