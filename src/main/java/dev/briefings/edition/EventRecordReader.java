package dev.briefings.edition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import dev.briefings.data.Json;
import dev.briefings.events.EventFiles;

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
    private static final String ORDINAL = "ingest.ordinal";

    private final EventFiles events;
    private final Path snapshot;

    private List<String> files;
    private int fileIndex;
    private int recordIndex;
    private long ordinal;
    private EventFiles.Contents current;

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
                current = events.read(files.get(fileIndex));
            }
            int items = current.rejection().isPresent() ? 1 : current.records().size();
            if (recordIndex < items) {
                IngestItem item = current.rejection().isPresent()
                        ? IngestItem.rejected(ordinal, current.rejection().get())
                        : IngestItem.parsed(ordinal, current.records().get(recordIndex));
                recordIndex++;
                ordinal++;
                return item;
            }
            fileIndex++;
            recordIndex = 0;
            current = null;
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
        current = null;
    }
}
