package dev.briefings.edition.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefings.data.Json;

/** The staging files come back in reading order though they are decoded ahead on other threads (#15). */
class StagedChunksTests {

    @TempDir
    Path folder;

    private List<Path> chunks(int count, int broken) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int chunk = 0; chunk < count; chunk++) {
            Path file = folder.resolve(String.format("%012d.json", chunk));
            List<IngestItem.Staged> items = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                items.add(new IngestItem.Staged(chunk * 50L + i, null, null, false));
            }
            Files.write(file, chunk == broken ? "[{\"ordinal\": 1,".getBytes() : Json.bytes(items));
            files.add(file);
        }
        return files;
    }

    @Test
    void everyItem_inReadingOrder() throws IOException {
        List<Long> ordinals = new ArrayList<>();
        try (StagedChunks chunks = new StagedChunks(chunks(40, -1))) {
            while (chunks.hasNext()) {
                for (IngestItem.Staged item : chunks.next()) {
                    ordinals.add(item.ordinal());
                }
            }
        }

        assertThat(ordinals).hasSize(2000).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aFileThatCannotBeDecoded_failsWhenItsTurnComes_notBefore() throws IOException {
        try (StagedChunks chunks = new StagedChunks(chunks(10, 3))) {
            for (int chunk = 0; chunk < 3; chunk++) {
                assertThat(chunks.next()).hasSize(50);
            }
            assertThatThrownBy(chunks::next).isInstanceOf(IOException.class).hasMessageContaining("unreadable JSON");
        }
    }

    @Test
    void noFiles_nothingToRead() throws IOException {
        try (StagedChunks chunks = new StagedChunks(List.of())) {
            assertThat(chunks.hasNext()).isFalse();
        }
    }
}
