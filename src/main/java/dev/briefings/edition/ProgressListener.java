package dev.briefings.edition;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/** Logs a progress line every few seconds while a step writes, so a long run shows it is alive. */
final class ProgressListener implements ItemWriteListener<Object>, StepExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressListener.class);
    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final String what;
    private long done;
    private long started = System.nanoTime();
    private long lastReport = started;

    ProgressListener(String what) {
        this.what = what;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        done = 0;
        started = System.nanoTime();
        lastReport = started;
    }

    @Override
    public void afterWrite(Chunk<?> items) {
        done += items.size();
        long now = System.nanoTime();
        if (now - lastReport >= INTERVAL_NANOS) {
            lastReport = now;
            double seconds = (now - started) / 1e9;
            LOG.info("{} {} ({} per second)", done, what, Math.round(done / seconds));
        }
    }
}
