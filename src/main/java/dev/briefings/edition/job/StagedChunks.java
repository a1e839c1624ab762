package dev.briefings.edition.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.briefings.data.Json;

/**
 * The ingest step's staging files decoded in reading order, the next few on threads of their
 * own while the caller works on the one before: decoding was most of the plan step, on one core
 * of several (#15). At most one file per core is decoded ahead, so memory stays a few chunks.
 */
final class StagedChunks implements AutoCloseable {

    private final List<Path> files;
    private final ExecutorService threads;
    private final Deque<CompletableFuture<IngestItem.Staged[]>> ahead = new ArrayDeque<>();
    private int scheduled;

    StagedChunks(List<Path> files) {
        this.files = List.copyOf(files);
        int count = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        this.threads = Executors.newFixedThreadPool(count, work -> {
            Thread thread = new Thread(work, "staging-decoder");
            thread.setDaemon(true);
            return thread;
        });
        while (scheduled < files.size() && ahead.size() < count) {
            schedule();
        }
    }

    /** What the caller does with each staged item. */
    interface ItemAction {
        void accept(IngestItem.Staged item) throws IOException;
    }

    /** Every item of the files, in reading order. */
    static void forEachItem(List<Path> files, ItemAction action) throws IOException {
        try (StagedChunks chunks = new StagedChunks(files)) {
            while (chunks.hasNext()) {
                for (IngestItem.Staged item : chunks.next()) {
                    action.accept(item);
                }
            }
        }
    }

    boolean hasNext() {
        return !ahead.isEmpty();
    }

    /** The next file's items; what decoding it threw, as thrown. */
    IngestItem.Staged[] next() throws IOException {
        CompletableFuture<IngestItem.Staged[]> first = ahead.removeFirst();
        if (scheduled < files.size()) {
            schedule();
        }
        try {
            return first.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private void schedule() {
        Path file = files.get(scheduled++);
        ahead.addLast(CompletableFuture.supplyAsync(() -> {
            try {
                return Json.read(file, IngestItem.Staged[].class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, threads));
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
