package dev.briefings.edition.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** output/index.html: every edition on disk, newest first, each locale with its formats. */
class EditionIndexTests {

    @TempDir
    Path output;

    private void publish(String folder, String... files) throws IOException {
        for (String file : files) {
            Path path = output.resolve(folder).resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "x");
        }
    }

    @Test
    void index_listsEachEditionNewestFirst_withEachLocaleInItsOwnLanguage() throws IOException {
        publish(".editions/2020-11-20-abc-1", "en/edition.html", "en/edition.md", "ru/edition.html", "ru/edition.txt");
        Files.createSymbolicLink(output.resolve("2020-11-20"), Path.of(".editions/2020-11-20-abc-1"));
        publish("2020-11-19", "ru/edition.md");

        EditionIndex.write(output);

        String html = Files.readString(output.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"en\" dir=\"ltr\">");
        assertThat(html.indexOf("Friday, November 20, 2020")).isPositive()
                .isLessThan(html.indexOf("Thursday, November 19, 2020"));
        assertThat(html).contains("<a lang=\"en\" href=\"2020-11-20/en/edition.html\">English</a>"
                + " <a class=\"format\" href=\"2020-11-20/en/edition.md\">md</a></li>");
        assertThat(html).contains("<a lang=\"ru\" href=\"2020-11-20/ru/edition.html\">Русский</a>"
                + " <a class=\"format\" href=\"2020-11-20/ru/edition.txt\">txt</a></li>");
        // an edition published without HTML links its first format
        assertThat(html).contains("<a lang=\"ru\" href=\"2020-11-19/ru/edition.md\">Русский</a></li>");
    }

    @Test
    void index_leavesOutWhatIsNotAnEdition() throws IOException {
        publish(".editions/2020-11-20-abc-1", "en/edition.html");
        publish("notes", "en/edition.html");
        publish("2020-11-18", "en/readme.txt");

        EditionIndex.write(output);

        String html = Files.readString(output.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("notes/").doesNotContain("2020-11-18").doesNotContain(".editions")
                .contains("No edition has been published to this folder yet.");
        assertThat(output).isDirectoryNotContaining("glob:**/.index.html.tmp");
    }
}
