package dev.briefings.edition.runs;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A daemon thread that shows, at a fixed interval, that the process holding an edition's lock is
 * alive. A process that is stopped (SIGSTOP) or otherwise frozen stops beating, and a run that
 * finds the edition busy can then say that the holder looks hung instead of waiting for ever.
 */
final class Heartbeat implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);

    /** Something that records one beat. */
    @FunctionalInterface
    interface Beat {
        void beat() throws Exception;
    }

    private final ScheduledExecutorService timer;

    Heartbeat(Duration interval, Beat beat) {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "briefings-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(100, interval.toMillis());
        timer.scheduleWithFixedDelay(() -> {
            try {
                beat.beat();
            } catch (Exception e) {
                LOG.warn("Could not record the heartbeat of the edition lock: {}", e.getMessage());
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
