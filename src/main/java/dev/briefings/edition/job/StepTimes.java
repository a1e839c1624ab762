package dev.briefings.edition.job;

import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Logs how long each step of a run took, in one line at the end of the run: where the time of a
 * slow night went, for whoever looks at the log the next morning.
 */
final class StepTimes implements JobExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(StepTimes.class);

    @Override
    public void afterJob(JobExecution jobExecution) {
        if (jobExecution.getStepExecutions().isEmpty()) {
            return;
        }
        LOG.info("Step times: {}", jobExecution.getStepExecutions().stream()
                .map(StepTimes::describe)
                .collect(Collectors.joining(", ")));
    }

    static String describe(StepExecution step) {
        if (step.getStartTime() == null || step.getEndTime() == null) {
            return step.getStepName() + " " + step.getStatus();
        }
        Duration took = Duration.between(step.getStartTime(), step.getEndTime());
        return String.format(Locale.ROOT, "%s %.2f s", step.getStepName(), took.toMillis() / 1000.0);
    }
}
