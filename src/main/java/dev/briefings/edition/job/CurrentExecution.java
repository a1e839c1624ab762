package dev.briefings.edition.job;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import dev.briefings.edition.runs.EditionLock;
import dev.briefings.edition.runs.JobKeys;

/**
 * Remembers the job execution in progress, so that a SIGTERM can ask it to stop; and records in
 * the execution which process runs it, so that {@code briefings status} names the right one.
 */
public class CurrentExecution implements JobExecutionListener {

    private final AtomicReference<JobExecution> current = new AtomicReference<>();

    private boolean stopWhenItBegins;

    @Override
    public void beforeJob(JobExecution jobExecution) {
        synchronized (this) {
            current.set(jobExecution);
            if (stopWhenItBegins) {
                // asked to stop before the job existed: it stops before its first step (recorded STOPPED)
                jobExecution.setStatus(BatchStatus.STOPPING);
            }
        }
        jobExecution.getExecutionContext().putString(JobKeys.OWNER, EditionLock.describeSelf());
        Faults.point("job-begins");
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        current.compareAndSet(jobExecution, null);
    }

    public Optional<JobExecution> get() {
        return Optional.ofNullable(current.get());
    }

    /**
     * Asks the execution in progress to stop at its next chunk boundary, as
     * {@code JobOperator.stop} does (the job STOPPING, the running step told to terminate), but
     * without what that method does next on the calling thread: registering the running step's
     * execution there and releasing it, which closes the step's scope and with it the step-scoped
     * reader under the running step (the story reader then saved its position as 0, and the resumed
     * run rendered every story again and counted them twice). Nor is the repository written from
     * this thread: an update racing the job's own would fail the job on its optimistic lock. The
     * job's thread records STOPPED when the step has stopped.
     * <p>
     * A request that comes before the job has begun stops it as it begins.
     *
     * @return whether there was an execution to stop
     */
    public synchronized boolean requestStop() {
        JobExecution execution = current.get();
        if (execution == null) {
            stopWhenItBegins = true;
            return false;
        }
        if (!execution.isRunning()) {
            return false;
        }
        execution.setStatus(BatchStatus.STOPPING);
        execution.setExitStatus(ExitStatus.STOPPED);
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setTerminateOnly();
            }
        }
        return true;
    }

    /** Whether the execution in progress is publishing the edition (a stop then waits for the publication). */
    public boolean publishing() {
        JobExecution execution = current.get();
        return execution != null && PublicationFinishes.publishing(execution);
    }
}
