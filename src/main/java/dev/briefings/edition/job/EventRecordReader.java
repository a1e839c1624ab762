package dev.briefings.edition.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import dev.briefings.data.Json;
import dev.briefings.events.EventFiles;
import dev.briefings.edition.publish.AtomicFiles;

/**
 * Reads the records of the events folder, file by file, and remembers where it is so that a
 * restart resumes at the next unread record.
 * <p>
 * The list of files is taken once, when a generation first starts, and kept in its staging area:
 * a file added before a restart cannot shift the positions already committed.
 */
public class EventRecordReader implements ItemStreamReader<IngestItem> {

    private static final String FILE_INDEX = "ingest.file";
    private static final String RECORD_INDEX = "ingest.record";
    /** The records the committed chunks hold, kept in the step's execution context. */
    public static final String ORDINAL = "ingest.ordinal";

    private final EventFiles events;
    private final Path snapshot;

    private List<String> files;
    private int fileIndex;
    private int recordIndex;
    private long ordinal;
    private EventFiles.Cursor current;

    public EventRecordReader(EventFiles events, Path snapshot) {
        this.events = events;
        this.snapshot = snapshot;
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        try {
            if (Files.exists(snapshot)) {
                files = List.of(Json.read(snapshot, String[].class));
            } else {
                files = events.list();
                AtomicFiles.write(snapshot, Json.bytes(files));
            }
        } catch (IOException e) {
            throw new ItemStreamException("cannot list the events folder: " + e.getMessage(), e);
        }
        fileIndex = context.getInt(FILE_INDEX, 0);
        recordIndex = context.getInt(RECORD_INDEX, 0);
        ordinal = context.getLong(ORDINAL, 0L);
        current = null;
    }

    @Override
    public IngestItem read() {
        while (fileIndex < files.size()) {
            if (current == null) {
                current = events.open(files.get(fileIndex));
                // after a restart, pass over what the committed chunks already hold
                for (int skipped = 0; skipped < recordIndex && current.next().isPresent(); skipped++) {
                    // skipping
                }
            }
            Optional<EventFiles.Item> next = current.next();
            if (next.isPresent()) {
                EventFiles.Item item = next.get();
                IngestItem ingested = item.rejection().isPresent()
                        ? IngestItem.rejected(ordinal, item.rejection().get())
                        : IngestItem.parsed(ordinal, item.record().orElseThrow());
                recordIndex++;
                ordinal++;
                return ingested;
            }
            current.close();
            current = null;
            fileIndex++;
            recordIndex = 0;
        }
        return null;
    }

    @Override
    public void update(ExecutionContext context) throws ItemStreamException {
        context.putInt(FILE_INDEX, fileIndex);
        context.putInt(RECORD_INDEX, recordIndex);
        context.putLong(ORDINAL, ordinal);
    }

    @Override
    public void close() throws ItemStreamException {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
