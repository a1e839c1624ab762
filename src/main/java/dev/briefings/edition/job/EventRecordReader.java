package dev.briefings.edition.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import dev.briefings.edition.runs.JobKeys;
import dev.briefings.data.Json;
import dev.briefings.events.EventFiles;
import dev.briefings.edition.publish.AtomicFiles;

/**
 * Reads the records of the events folder, file by file, and remembers where it is so that a
 * restart resumes at the next unread record.
 * <p>
 * The list of files is taken once, when a generation first starts, and kept in its staging area:
 * a file added before a restart cannot shift the positions already committed.
 * <p>
 * The files are parsed a little ahead, on a thread of their own, while the step checks and
 * stages the records already read: parsing was two thirds of the step's time, on one core of
 * several (#15). What a restart resumes from is still the position of the last record handed
 * to the step, never of one parsed ahead.
 */
public class EventRecordReader implements ItemStreamReader<IngestItem> {

    private static final String FILE_INDEX = "ingest.file";
    private static final String RECORD_INDEX = "ingest.record";
    /** The records the committed chunks hold, kept in the step's execution context. */
    public static final String ORDINAL = JobKeys.INGEST_ORDINAL;
    /** How many records may wait parsed: a few chunks' worth. */
    static final int READ_AHEAD = 256;

    private final EventFiles events;
    private final Path snapshot;

    private List<String> files;
    private int fileIndex;
    private int recordIndex;
    private long ordinal;
    private BlockingQueue<Parsed> parsed;
    private Thread parser;
    private volatile boolean closing;
    private boolean ended;

    /** A record parsed ahead (at {@code recordIndex} of {@code fileIndex}), the end of the files, or what parsing threw. */
    private record Parsed(EventFiles.Item item, int fileIndex, int recordIndex, RuntimeException failure) {

        static final Parsed END = new Parsed(null, -1, -1, null);
    }

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
        ended = false;
        closing = false;
        parsed = new ArrayBlockingQueue<>(READ_AHEAD);
        int startFile = fileIndex;
        int skip = recordIndex;
        parser = new Thread(() -> parse(startFile, skip), "ingest-parser");
        parser.setDaemon(true);
        parser.start();
    }

    /** The parser thread: every record from a position on, in order, then the end (or what went wrong). */
    private void parse(int startFile, int skip) {
        try {
            for (int file = startFile; file < files.size() && !closing; file++) {
                try (EventFiles.Cursor cursor = events.open(files.get(file))) {
                    int index = 0;
                    // after a restart, pass over what the committed chunks already hold
                    for (; file == startFile && index < skip && cursor.next().isPresent(); index++) {
                        // skipping
                    }
                    Optional<EventFiles.Item> next;
                    while (!closing && (next = cursor.next()).isPresent()) {
                        parsed.put(new Parsed(next.get(), file, index++, null));
                    }
                }
            }
            parsed.put(Parsed.END);
        } catch (InterruptedException e) {
            // closed while waiting for room
        } catch (RuntimeException e) {
            offer(new Parsed(null, -1, -1, e));
        } catch (Error e) {
            offer(new Parsed(null, -1, -1, new IllegalStateException("parsing the events failed: " + e, e)));
            throw e;
        }
    }

    private void offer(Parsed failure) {
        try {
            parsed.put(failure);
        } catch (InterruptedException e) {
            // closed meanwhile: nobody is reading
        }
    }

    @Override
    public IngestItem read() {
        if (ended) {
            return null;
        }
        Parsed next;
        try {
            next = parsed.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ItemStreamException("interrupted while reading the events", e);
        }
        if (next.failure() != null) {
            throw next.failure();
        }
        if (next == Parsed.END) {
            ended = true;
            fileIndex = files.size();
            recordIndex = 0;
            return null;
        }
        EventFiles.Item item = next.item();
        IngestItem ingested = item.rejection().isPresent()
                ? IngestItem.rejected(ordinal, item.rejection().get())
                : IngestItem.parsed(ordinal, item.record().orElseThrow());
        fileIndex = next.fileIndex();
        recordIndex = next.recordIndex() + 1;
        ordinal++;
        return ingested;
    }

    @Override
    public void update(ExecutionContext context) throws ItemStreamException {
        context.putInt(FILE_INDEX, fileIndex);
        context.putInt(RECORD_INDEX, recordIndex);
        context.putLong(ORDINAL, ordinal);
    }

    @Override
    public void close() throws ItemStreamException {
        closing = true;
        if (parser != null) {
            parser.interrupt();
            try {
                parser.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            parser = null;
        }
    }
}
