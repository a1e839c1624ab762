package dev.briefings.edition.job;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

import dev.briefings.edition.runs.EditionLock;
import dev.briefings.edition.runs.JobKeys;

/**
 * Remembers the job execution in progress, so that a SIGTERM can ask it to stop; and records in
 * the execution which process runs it, so that {@code briefings status} names the right one.
 */
public class CurrentExecution implements JobExecutionListener {

    private final AtomicReference<JobExecution> current = new AtomicReference<>();

    @Override
    public void beforeJob(JobExecution jobExecution) {
        current.set(jobExecution);
        jobExecution.getExecutionContext().putString(JobKeys.OWNER, EditionLock.describeSelf());
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        current.compareAndSet(jobExecution, null);
    }

    public Optional<JobExecution> get() {
        return Optional.ofNullable(current.get());
    }

    /** Whether the execution in progress is publishing the edition (a stop then waits for the publication). */
    public boolean publishing() {
        JobExecution execution = current.get();
        return execution != null && PublicationFinishes.publishing(execution);
    }
}
