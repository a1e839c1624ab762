package dev.briefings.edition;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import dev.briefings.edition.job.EventRecordReader;
import dev.briefings.edition.job.StagingCheck;
import dev.briefings.edition.job.StoryChanges;
import dev.briefings.edition.job.StoryReader;
import dev.briefings.edition.publish.EditionPaths;
import dev.briefings.edition.publish.Housekeeping;
import dev.briefings.edition.publish.PreviousGeneration;
import dev.briefings.edition.runs.JobKeys;
import dev.briefings.render.OutputFormat;

/**
 * Chooses the generation a run works on: the last generation of these inputs when it can be
 * resumed (failed, stopped, or left running by a process that is gone: we hold the lock), and its
 * staging files are whole; else a new one, numbered above every generation the repository or the
 * disk knows of, so that its folders never collide with one that exists.
 */
final class Generations {

    private static final Logger LOG = LoggerFactory.getLogger(Generations.class);

    private final EditionLauncher.Request request;
    private final List<String> locales;
    private final String fingerprint;
    private final String renderBase;
    private final JobRepository repository;
    private final JobOperator operator;

    Generations(EditionLauncher.Request request, List<String> locales, String fingerprint, String renderBase,
            JobRepository repository, JobOperator operator) {
        this.request = request;
        this.locales = List.copyOf(locales);
        this.fingerprint = fingerprint;
        this.renderBase = renderBase;
        this.repository = repository;
        this.operator = operator;
    }

    JobParameters next() throws IOException {
        String prefix = fingerprint.substring(0, 12) + "-";
        long onDisk = Housekeeping.highestGeneration(request.output(), request.edition(), prefix);
        long known = 0;
        JobInstance last = null;
        for (long generation = 1; generation <= onDisk + 1 || instance(generation).isPresent(); generation++) {
            Optional<JobInstance> instance = instance(generation);
            if (instance.isPresent()) {
                last = instance.get();
                known = generation;
            }
        }
        if (last != null && resumable(last, known)) {
            return parameters(known);
        }
        return parameters(Math.max(known, onDisk) + 1);
    }

    private Optional<JobInstance> instance(long generation) {
        return Optional.ofNullable(repository.getJobInstance(JobKeys.JOB_NAME, parameters(generation)));
    }

    /** Whether the last generation can be resumed; a run left running by a dead process is marked failed first. */
    private boolean resumable(JobInstance instance, long generation) throws IOException {
        JobExecution execution = repository.getLastJobExecution(instance);
        if (execution == null) {
            return false;
        }
        EditionPaths paths = new EditionPaths(request.output(), request.edition(),
                EditionPaths.generationName(fingerprint, generation));
        boolean staged = Files.isDirectory(paths.work());
        BatchStatus status = execution.getStatus();
        if (status.isRunning()) {
            LOG.warn("Edition {}: the run started {} was left {} by a process that is gone; {}", request.edition(),
                    execution.getStartTime(), status, staged ? "resuming it" : "starting again");
            operator.recover(execution);
        } else if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
            return false;
        } else if (!staged) {
            LOG.warn("Edition {}: the run that ended {} left no staging area to resume from; starting again",
                    request.edition(), status);
            return false;
        } else {
            LOG.info("Edition {}: resuming the run that ended {}", request.edition(), status);
        }
        if (!staged) {
            return false;
        }
        Optional<String> compared = StoryChanges.comparedWith(paths);
        Optional<PreviousGeneration> previous = PreviousGeneration.find(request.output(), request.edition());
        previous.ifPresent(PreviousGeneration::close);
        String published = StoryChanges.base(previous);
        if (compared.isPresent() && !compared.get().equals(published)) {
            LOG.warn("Edition {}: another generation was published since the run to resume compared its stories with "
                    + "the published one; starting the edition again", request.edition());
            abandon(repository.getLastJobExecution(instance));
            Housekeeping.delete(request.output(), request.edition(), paths.work());
            return false;
        }
        Optional<String> damage = StagingCheck.problem(paths, locales,
                request.formats().stream().map(OutputFormat::extension).toList(),
                committed(instance, "ingest", EventRecordReader.ORDINAL), committed(instance, "render", StoryReader.COUNT));
        if (damage.isPresent()) {
            LOG.warn("Edition {}: the staging files of the run to resume are damaged ({}), as a power loss leaves them; "
                    + "starting the edition again", request.edition(), damage.get());
            abandon(repository.getLastJobExecution(instance));
            Housekeeping.delete(request.output(), request.edition(), paths.work());
            return false;
        }
        return true;
    }

    private void abandon(JobExecution execution) {
        try {
            operator.abandon(execution);
        } catch (JobExecutionAlreadyRunningException e) {
            LOG.warn("Could not mark the damaged run abandoned: {}", e.getMessage());
        }
    }

    /** What a step's committed chunks hold, as its reader saved it. */
    private long committed(JobInstance instance, String step, String key) {
        StepExecution execution = repository.getLastStepExecution(instance, step);
        if (execution == null) {
            return 0;
        }
        ExecutionContext context = execution.getExecutionContext();
        long count = context.containsKey(key) && context.get(key) instanceof Number number ? number.longValue() : 0;
        // a counting reader that reached the end also counted the read that found nothing more
        boolean countsTheEnd = key.equals(StoryReader.COUNT) && execution.getStatus() == BatchStatus.COMPLETED;
        return countsTheEnd ? Math.max(0, count - 1) : count;
    }

    JobParameters parameters(long generation) {
        return parameters(request, locales, fingerprint, renderBase, generation);
    }

    /** The identifying and other parameters of one generation of an edition. */
    static JobParameters parameters(EditionLauncher.Request request, List<String> locales, String fingerprint,
            String renderBase, long generation) {
        return new JobParametersBuilder()
                .addString(JobKeys.EDITION, request.edition().toString())
                .addString(JobKeys.FINGERPRINT, fingerprint)
                .addLong(JobKeys.GENERATION, generation)
                .addString(JobKeys.EVENTS, request.events().toAbsolutePath().toString(), false)
                // the output folder identifies the edition too: one repository may serve several outputs
                .addString(JobKeys.OUTPUT, request.output().toAbsolutePath().normalize().toString())
                .addString(JobKeys.LOCALES, String.join(",", locales), false)
                .addString(JobKeys.FORMATS,
                        String.join(",", request.formats().stream().map(OutputFormat::extension).toList()), false)
                .addString(JobKeys.TIMEZONE, request.timezone().getId(), false)
                .addString(JobKeys.RENDER_BASE, renderBase, false)
                .addString(JobKeys.FORCE, Boolean.toString(request.force()), false)
                .addLong(JobKeys.KEEP, (long) request.keepGenerations(), false)
                .toJobParameters();
    }
}
