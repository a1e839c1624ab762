package dev.briefings.edition.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import dev.briefings.edition.publish.EditionPaths;

/**
 * The runs the job repository remembers, for {@code briefings status} and {@code briefings
 * history}: each run's edition, status, times, counts and exit code; and purging runs older
 * than a given age.
 */
public final class RunHistory implements AutoCloseable {

    /** One run (a job execution) as an operator reads it. */
    public record Run(long execution, String edition, long generation, String status, LocalDateTime started,
            Optional<LocalDateTime> ended, int records, int stories, int rejected, Optional<Integer> exitCode) {

        /** How long it took, or has been running. */
        public Duration duration() {
            return Duration.between(started, ended.orElse(LocalDateTime.now()));
        }
    }

    private final DataSource dataSource;
    private final AnnotationConfigApplicationContext context;
    private final JobRepository repository;

    private RunHistory(DataSource dataSource, AnnotationConfigApplicationContext context) {
        this.dataSource = dataSource;
        this.context = context;
        this.repository = context.getBean(JobRepository.class);
    }

    /**
     * Opens the repository of an output folder; empty when it has never been created (no run yet).
     */
    public static Optional<RunHistory> open(RepositorySettings settings, Path output) {
        if (!settings.isPostgres(output) && !Files.isDirectory(EditionPaths.jobsFolder(output))) {
            return Optional.empty();
        }
        DataSource dataSource = settings.dataSource(output);
        try {
            RepositorySchema.ensure(dataSource, settings.platform(output),
                    EditionPaths.jobsFolder(output).resolve("schema.lock"));
        } catch (IOException | SQLException | RuntimeException e) {
            RepositorySettings.close(dataSource);
            throw RepositoryProblem.of(settings.describe(output), e, "");
        }
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean("dataSource", DataSource.class, () -> dataSource);
        context.register(RepositoryConfiguration.class);
        context.refresh();
        return Optional.of(new RunHistory(dataSource, context));
    }

    /** The most recent runs first, of one edition when a date is given. */
    public List<Run> runs(Optional<LocalDate> edition, int limit) {
        List<Run> runs = new ArrayList<>();
        for (JobInstance instance : repository.findJobInstances(JobKeys.JOB_NAME)) {
            for (JobExecution execution : repository.getJobExecutions(instance)) {
                Run run = describe(execution);
                if (edition.isEmpty() || run.edition().equals(edition.get().toString())) {
                    runs.add(run);
                }
            }
        }
        runs.sort(Comparator.comparing(Run::started).reversed().thenComparing(Run::execution, Comparator.reverseOrder()));
        return runs.size() > limit ? runs.subList(0, limit) : runs;
    }

    /**
     * Deletes every edition generation (job instance) whose runs all ended before the cutoff,
     * with their executions and contexts. Running and unfinished ones are kept.
     *
     * @return the runs deleted (or, with {@code dryRun}, that would be)
     */
    public List<Run> purge(LocalDateTime cutoff, boolean dryRun) {
        List<Run> purged = new ArrayList<>();
        for (JobInstance instance : repository.findJobInstances(JobKeys.JOB_NAME)) {
            List<JobExecution> executions = repository.getJobExecutions(instance);
            boolean old = !executions.isEmpty() && executions.stream().allMatch(e -> !e.isRunning()
                    && e.getEndTime() != null && e.getEndTime().isBefore(cutoff));
            if (!old) {
                continue;
            }
            executions.forEach(e -> purged.add(describe(e)));
            if (!dryRun) {
                repository.deleteJobInstance(instance);
            }
        }
        return purged;
    }

    private static Run describe(JobExecution execution) {
        var parameters = execution.getJobParameters();
        String edition = String.valueOf(parameters.getString(JobKeys.EDITION));
        Long generation = parameters.getLong(JobKeys.GENERATION);
        int records = 0;
        int stories = 0;
        int rejected = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStepName().equals("plan")) {
                ExecutionContext context = step.getExecutionContext();
                records = context.getInt(JobKeys.PLAN_RECORDS, 0);
                stories = context.getInt(JobKeys.PLAN_STORIES, 0);
                rejected = context.getInt(JobKeys.PLAN_REJECTED, 0);
            }
        }
        BatchStatus status = execution.getStatus();
        int rejectedRecords = rejected;
        Optional<Integer> exit = Outcome.of(status).map(outcome -> outcome.exitCode(rejectedRecords));
        LocalDateTime started = execution.getStartTime() != null ? execution.getStartTime() : execution.getCreateTime();
        return new Run(execution.getId(), edition, generation == null ? 0 : generation, status.name(), started,
                Optional.ofNullable(execution.getEndTime()), records, stories, rejected, exit);
    }

    @Override
    public void close() {
        context.close();
        RepositorySettings.close(dataSource);
    }
}
