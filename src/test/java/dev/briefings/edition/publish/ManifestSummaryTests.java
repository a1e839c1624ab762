package dev.briefings.edition.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefings.data.Json;
import dev.briefings.data.Position;

/** A rerun and the run summary read a manifest's fields and counts, not its list of files. */
class ManifestSummaryTests {

    @TempDir
    Path folder;

    @Test
    void read_countsTheFilesAndBriefs_andKeepsEveryOtherField() throws Exception {
        Manifest manifest = new Manifest("2020-11-20", List.of("en", "ru"), List.of("txt"), "abc",
                List.of(new Manifest.FileEntry("en/edition.txt", "en", "txt", null, "1"),
                        new Manifest.FileEntry("en/stories/a.txt", "en", "txt", "a", "2"),
                        new Manifest.FileEntry("ru/stories/a.txt", "ru", "txt", "a", "3")),
                List.of(new Manifest.RejectedEntry("x.yaml", new Position(2, 7), "b", "kind: unknown")),
                List.of(new Manifest.FallbackEntry("ru", "putin", "inflected")),
                new Plan.Counts(3, 1, 1, 0, 1),
                new Manifest.Changes("0123456789ab", java.util.Map.of("ru",
                        new Manifest.LocaleChanges(List.of("a"), List.of(), List.of("c")))));
        Path file = Files.write(folder.resolve(Manifest.FILE_NAME), Json.bytes(manifest));

        ManifestSummary summary = ManifestSummary.read(file);

        assertThat(summary).isEqualTo(new ManifestSummary("2020-11-20", List.of("en", "ru"), List.of("txt"), "abc", 3, 2,
                manifest.rejected(), manifest.fallbacks(), manifest.records(), manifest.changes()));
    }
}
