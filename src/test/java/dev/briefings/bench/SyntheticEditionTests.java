package dev.briefings.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefings.TestProject;
import dev.briefings.events.EventFiles;
import dev.briefings.events.RecordValidator;

/** The benchmark's synthetic editions are the same every time, valid, and of every shipped kind. */
class SyntheticEditionTests {

    @TempDir
    Path folder;

    @Test
    void sameSizeAndSeed_giveTheSameFiles() throws Exception {
        SyntheticEdition.write(folder.resolve("a"), 1_500, 7L);
        SyntheticEdition.write(folder.resolve("b"), 1_500, 7L);

        assertThat(Files.readString(folder.resolve("a/wire-00001.yaml")))
                .isEqualTo(Files.readString(folder.resolve("b/wire-00001.yaml")));
    }

    @Test
    void everyRecordPasses_andEveryShippedKindIsThere() throws Exception {
        SyntheticEdition.write(folder, 400, 20201120L);
        var translations = TestProject.translations();
        RecordValidator validator = new RecordValidator(translations.kinds(), translations.entities());
        EventFiles files = new EventFiles(folder);
        Set<String> kinds = new TreeSet<>();
        int records = 0;
        for (String file : files.list()) {
            try (EventFiles.Cursor cursor = files.open(file)) {
                for (Optional<EventFiles.Item> item = cursor.next(); item.isPresent(); item = cursor.next()) {
                    assertThat(item.get().rejection()).isEmpty();
                    var raw = item.get().record().orElseThrow();
                    kinds.add(validator.validate(raw.node(), raw.origin()).kind());
                    records++;
                }
            }
        }
        assertThat(records).isEqualTo(440);
        assertThat(kinds).hasSize(SyntheticEdition.KINDS)
                .containsExactlyInAnyOrderElementsOf(translations.kinds().ids());
    }
}
