package dev.briefings.edition.job;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * A stop requested (SIGTERM) once publication has begun lets it finish: publication is the run's
 * commit, short beside rendering, and its switch to the new version is atomic. The launcher does
 * not pass on a stop that comes while the publish step runs ({@link CurrentExecution#publishing()});
 * and when one comes as the step begins, Spring Batch marks the step STOPPED after its tasklet has
 * published the edition. Without this listener the job was then recorded STOPPED for ever, while
 * readers already read the new version and every later run found the edition up to date.
 */
final class PublicationFinishes implements JobExecutionListener {

    static final String STEP = "publish";

    @Override
    public void afterJob(JobExecution jobExecution) {
        BatchStatus status = jobExecution.getStatus();
        if ((status == BatchStatus.STOPPING || status == BatchStatus.STOPPED) && published(jobExecution)) {
            jobExecution.setStatus(BatchStatus.COMPLETED);
            jobExecution.setExitStatus(ExitStatus.COMPLETED);
        }
    }

    /** Whether this execution's publish tasklet ran to its commit: it publishes in one chunk. */
    static boolean published(JobExecution jobExecution) {
        return jobExecution.getStepExecutions().stream()
                .anyMatch(step -> STEP.equals(step.getStepName()) && step.getCommitCount() > 0);
    }

    /** Whether this execution is publishing now. */
    static boolean publishing(JobExecution jobExecution) {
        return jobExecution.getStepExecutions().stream()
                .anyMatch(step -> STEP.equals(step.getStepName()) && step.getStatus() == BatchStatus.STARTED);
    }
}
