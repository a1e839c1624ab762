package dev.briefings.edition.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/**
 * A stop that reaches the publish step as it begins: Spring Batch records the step STOPPED after
 * its tasklet has published the edition; the job is recorded as what it did.
 */
class PublicationFinishesTests {

    @ParameterizedTest(name = "{0}, last step {1} with {2} commit(s) -> {3}")
    @CsvSource(textBlock = """
            STOPPED,   publish, 1, COMPLETED
            STOPPING,  publish, 1, COMPLETED
            STOPPED,   publish, 0, STOPPED
            STOPPED,   render,  3, STOPPED
            FAILED,    publish, 1, FAILED
            COMPLETED, publish, 1, COMPLETED
            """)
    void aJobWhosePublishTaskletCommitted_isRecordedCompleted(BatchStatus status, String lastStep, long commits,
            BatchStatus recorded) {
        JobExecution execution = new JobExecution(1L, new JobInstance(1L, "briefing"), new JobParameters());
        StepExecution render = new StepExecution(1L, "render", execution);
        render.setStatus(BatchStatus.COMPLETED);
        render.setCommitCount(5);
        execution.addStepExecution(render);
        if (!lastStep.equals("render")) {
            StepExecution last = new StepExecution(2L, lastStep, execution);
            last.setStatus(BatchStatus.STOPPED);
            last.setCommitCount(commits);
            execution.addStepExecution(last);
        } else {
            render.setStatus(BatchStatus.STOPPED);
        }
        execution.setStatus(status);

        new PublicationFinishes().afterJob(execution);

        assertThat(execution.getStatus()).isEqualTo(recorded);
        if (recorded == BatchStatus.COMPLETED && status != BatchStatus.COMPLETED) {
            assertThat(execution.getExitStatus().getExitCode()).isEqualTo("COMPLETED");
        }
    }
}
