package dev.briefings.edition.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import dev.briefings.data.Json;
import dev.briefings.edition.publish.AtomicFiles;

/**
 * Writes each chunk of checked records to one staging file named by the chunk's first ordinal.
 * A chunk written again after a restart replaces its file with the same content.
 */
public class StagingWriter implements ItemWriter<IngestItem> {

    private final Path folder;

    public StagingWriter(Path folder) {
        this.folder = folder;
    }

    @Override
    public void write(Chunk<? extends IngestItem> chunk) throws IOException {
        if (chunk.isEmpty()) {
            return;
        }
        List<IngestItem.Staged> staged = chunk.getItems().stream().map(IngestItem::staged).toList();
        AtomicFiles.write(folder.resolve(fileName(staged.get(0).ordinal())), Json.bytes(staged));
    }

    static String fileName(long firstOrdinal) {
        return String.format(java.util.Locale.ROOT, "%012d.json", firstOrdinal);
    }
}
