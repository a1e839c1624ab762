package dev.briefings.edition.job;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** Remembers the job execution in progress, so that a SIGTERM can ask it to stop. */
public class CurrentExecution implements JobExecutionListener {

    private final AtomicReference<JobExecution> current = new AtomicReference<>();

    @Override
    public void beforeJob(JobExecution jobExecution) {
        current.set(jobExecution);
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        current.compareAndSet(jobExecution, null);
    }

    public Optional<JobExecution> get() {
        return Optional.ofNullable(current.get());
    }
}
