package dev.briefings.edition.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.support.JdbcTransactionManager;

import dev.briefings.edition.publish.EditionPaths;

/**
 * The runs the job repository remembers, for {@code briefings status} and {@code briefings
 * history}: each run's edition, status, times, counts and exit code, and for a run that has not
 * ended whether its process is alive; and purging runs older than a given age.
 * <p>
 * Reading never gets in a run's way. The embedded repository (one H2 file per edition) is read
 * from a copy of each file taken for the moment: H2 files are written so that a crash at any
 * point leaves the last commit readable, so a copy taken while a run writes opens at a recent
 * commit, and the run's own file is never opened or locked by a reader. PostgreSQL is read live.
 */
public final class RunHistory implements AutoCloseable {

    /** One run (a job execution) as an operator reads it. */
    public record Run(long execution, String edition, long generation, String status, LocalDateTime started,
            Optional<LocalDateTime> ended, int records, int stories, int rejected, Optional<Integer> exitCode,
            Optional<String> note) {

        /** How long it took, or has been running. */
        public Duration duration() {
            return Duration.between(started, ended.orElse(LocalDateTime.now()));
        }

        /** Whether the repository records it as not ended. */
        public boolean unfinished() {
            return exitCode.isEmpty();
        }
    }

    /** What a purge did: the runs deleted (or that would be), and the editions left alone because a run was using them. */
    public record Purge(List<Run> runs, List<String> busy) {
        public Purge {
            runs = List.copyOf(runs);
            busy = List.copyOf(busy);
        }
    }

    /** The name of the embedded repository file of the versions that kept every edition in one file. */
    static final String SHARED_FILE = "repository.mv.db";

    private static final Pattern PID = Pattern.compile("pid (\\d+)");

    private final RepositorySettings settings;
    private final Path output;
    private final Duration stuckAfter;

    private RunHistory(RepositorySettings settings, Path output, Duration stuckAfter) {
        this.settings = settings;
        this.output = output;
        this.stuckAfter = stuckAfter;
    }

    /**
     * The history of an output folder's runs; empty when its embedded repository was never created (no run yet).
     *
     * @param stuckAfter how long a run's process may show no sign of life before it is called hung
     */
    public static Optional<RunHistory> open(RepositorySettings settings, Path output, Duration stuckAfter) {
        if (settings.isEmbedded() && !Files.isDirectory(EditionPaths.jobsFolder(output))) {
            return Optional.empty();
        }
        return Optional.of(new RunHistory(settings, output, stuckAfter));
    }

    public static Optional<RunHistory> open(RepositorySettings settings, Path output) {
        return open(settings, output, Duration.ofMinutes(30));
    }

    /** Runs as {@code status} shows them, and what it says under them: runs about to start, files it could not read. */
    public record Listing(List<Run> runs, List<String> notes) {
        public Listing {
            runs = List.copyOf(runs);
            notes = List.copyOf(notes);
        }
    }

    /** The most recent runs first, of one edition when a date is given. */
    public List<Run> runs(Optional<LocalDate> edition, int limit) {
        return list(edition, limit).runs();
    }

    /**
     * The most recent runs first, of one edition when a date is given, with notes: editions whose
     * run holds the lock but has not begun its job, and repository files that cannot be read (one
     * damaged file does not hide the others).
     */
    public Listing list(Optional<LocalDate> edition, int limit) {
        List<Run> runs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!settings.isEmbedded()) {
            read(settings.url().orElseThrow(), false, repository -> runs.addAll(runsIn(repository, edition)));
        } else {
            for (Path file : embeddedFiles(edition)) {
                if (runs.size() >= limit && olderThanAll(file, runs, limit)) {
                    break; // every run in this file and the older ones started before the ones kept
                }
                try {
                    List<Run> read = new ArrayList<>();
                    readSnapshot(file, repository -> read.addAll(runsIn(repository, edition)));
                    if (read.stream().anyMatch(RunHistory::gone)) {
                        // the copy was taken while a run was still writing: a run that ended between the
                        // copy and the look at its process is not gone, it finished; a second copy tells
                        read.clear();
                        readSnapshot(file, repository -> read.addAll(runsIn(repository, edition)));
                    }
                    runs.addAll(read);
                } catch (RepositoryProblem e) {
                    notes.add(e.getMessage());
                }
                runs.sort(NEWEST_FIRST);
            }
        }
        runs.sort(NEWEST_FIRST);
        List<Run> shown = runs.size() > limit ? runs.subList(0, limit) : runs;
        notes.addAll(0, startingRuns(edition, shown));
        return new Listing(shown, notes);
    }

    private static final Comparator<Run> NEWEST_FIRST = Comparator.comparing(Run::started).reversed()
            .thenComparing(Run::execution, Comparator.reverseOrder());

    /** Whether a repository file was last written before the oldest of the newest {@code limit} runs started. */
    private static boolean olderThanAll(Path file, List<Run> runs, int limit) {
        try {
            Instant written = Files.getLastModifiedTime(file).toInstant();
            Instant oldestKept = runs.get(limit - 1).started().atZone(ZoneId.systemDefault()).toInstant();
            return written.isBefore(oldestKept);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Deletes every edition generation (job instance) whose runs all ended before the cutoff, with
     * their executions and contexts. Running and unfinished ones are kept, and an embedded
     * repository that a run has open is left alone (listed as busy) rather than waited for.
     */
    public Purge purge(LocalDateTime cutoff, boolean dryRun) {
        List<Run> purged = new ArrayList<>();
        List<String> busy = new ArrayList<>();
        Consumer<JobRepository> purge = repository -> purged.addAll(purgeIn(repository, cutoff, dryRun));
        if (!settings.isEmbedded()) {
            read(settings.url().orElseThrow(), false, purge);
        } else {
            for (Path file : embeddedFiles(Optional.empty())) {
                String name = file.getFileName().toString();
                Optional<LocalDate> date = date(name.substring(0, name.length() - ".mv.db".length()));
                if (date.isPresent() && running(date.get())) {
                    busy.add(EditionPaths.display(file)); // a dry run says what the purge itself would leave alone
                    continue;
                }
                if (dryRun) {
                    readSnapshot(file, purge);
                    continue;
                }
                try {
                    read(RepositorySettings.h2Url(withoutExtension(file)), true, purge);
                } catch (RepositoryProblem e) {
                    if (e.kind() != RepositoryProblem.Kind.LOCKED) {
                        throw e;
                    }
                    busy.add(EditionPaths.display(file));
                }
            }
        }
        purged.sort(NEWEST_FIRST);
        return new Purge(purged, busy);
    }

    private static List<Run> purgeIn(JobRepository repository, LocalDateTime cutoff, boolean dryRun) {
        List<Run> purged = new ArrayList<>();
        for (JobInstance instance : repository.findJobInstances(JobKeys.JOB_NAME)) {
            List<JobExecution> executions = repository.getJobExecutions(instance);
            boolean old = !executions.isEmpty() && executions.stream().allMatch(e -> !e.isRunning()
                    && e.getEndTime() != null && e.getEndTime().isBefore(cutoff));
            if (!old) {
                continue;
            }
            StepExecution plan = repository.getLastStepExecution(instance, "plan");
            executions.forEach(e -> purged.add(describe(e, plan, Optional.empty())));
            if (!dryRun) {
                repository.deleteJobInstance(instance);
            }
        }
        return purged;
    }

    private List<Run> runsIn(JobRepository repository, Optional<LocalDate> edition) {
        List<Run> runs = new ArrayList<>();
        for (JobInstance instance : repository.findJobInstances(JobKeys.JOB_NAME)) {
            // a resumed run did not plan again: its counts are those of the plan step of an earlier
            // attempt; an attempt that stopped before planning shows none, even once a later one planned
            List<JobExecution> attempts = new ArrayList<>(repository.getJobExecutions(instance));
            attempts.sort(Comparator.comparingLong(JobExecution::getId));
            StepExecution plan = null;
            for (JobExecution execution : attempts) {
                plan = execution.getStepExecutions().stream().filter(step -> step.getStepName().equals("plan"))
                        .findFirst().orElse(plan);
                String date = String.valueOf(execution.getJobParameters().getString(JobKeys.EDITION));
                if (edition.isEmpty() || date.equals(edition.get().toString())) {
                    runs.add(describe(execution, plan, execution.isRunning()
                            ? liveness(date, execution, progress(repository, instance, execution, plan))
                            : Optional.empty()));
                }
            }
        }
        return runs;
    }

    /**
     * What is known of the process of a run the repository records as not ended: alive, hung (no
     * heartbeat for longer than the limit), or gone (the next run that generates the edition
     * marks it failed, and resumes it when it can).
     */
    /**
     * How far a run the repository records as not ended had come, at its last commit: the step it
     * is in, and for ingest and render the records or stories behind it (over every attempt).
     */
    static Optional<String> progress(JobRepository repository, JobInstance instance, JobExecution execution,
            StepExecution plan) {
        for (int i = JobKeys.STEPS.size() - 1; i >= 0; i--) {
            String name = JobKeys.STEPS.get(i);
            StepExecution step = repository.getLastStepExecution(instance, name);
            if (step == null || step.getJobExecution().getId() != execution.getId() || !step.getStatus().isRunning()) {
                continue;
            }
            ExecutionContext context = step.getExecutionContext();
            return Optional.of(switch (name) {
                case "ingest" -> String.format(Locale.ROOT, "checking records: %,d read", context.getLong(
                        JobKeys.INGEST_ORDINAL, 0L));
                case "render" -> String.format(Locale.ROOT, "rendering: %,d of %,d stories",
                        (long) context.getInt(JobKeys.RENDER_COUNT, 0),
                        plan == null ? 0 : plan.getExecutionContext().getInt(JobKeys.PLAN_STORIES, 0));
                case "plan" -> "planning the edition";
                default -> "publishing the edition";
            });
        }
        return Optional.empty();
    }

    private Optional<String> liveness(String edition, JobExecution execution, Optional<String> progress) {
        Optional<LocalDate> date = date(edition);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        LockHolder holder = holder(date.get());
        String owner = execution.getExecutionContext().containsKey(JobKeys.OWNER)
                ? execution.getExecutionContext().getString(JobKeys.OWNER) : holder.description();
        String gone = GONE + owner + ") is gone; the next run that generates " + edition
                + " marks it failed, and resumes it when it can";
        if (holder.heartbeat().isEmpty() || !pid(holder.description()).equals(pid(owner))) {
            return Optional.of(gone);
        }
        if (!settings.isPostgres() && !alive(holder)) {
            return Optional.of(gone);
        }
        Instant now = Instant.now();
        String silent = holder.silentFor(now).map(LockHolder::describe).orElse("an unknown time");
        if (holder.stuck(now, stuckAfter)) {
            return Optional.of("HUNG? its process (" + holder.description() + ") has shown no sign of life for " + silent
                    + progress.map(at -> " (last commit: " + at + ")").orElse("")
                    + "; look at it, and kill it if it is stuck (the next run resumes the edition)");
        }
        return Optional.of("running (" + holder.description() + "; last heartbeat " + silent + " ago)"
                + progress.map(at -> ", " + at).orElse(""));
    }

    private static final String GONE = "its process (";

    /** Whether a run is listed as not ended while its process is gone. */
    private static boolean gone(Run run) {
        return run.note().filter(note -> note.startsWith(GONE)).isPresent();
    }

    /** The pid a lock or a run's context names, as both write it ("pid 1234"). */
    private static Optional<String> pid(String description) {
        Matcher pid = PID.matcher(description);
        return pid.find() ? Optional.of(pid.group(1)) : Optional.empty();
    }

    /**
     * Editions whose lock a live process holds while no run of them is listed as running: a run
     * checking its files before its job begins (or an up-to-date run, for a moment).
     */
    public List<String> startingRuns(Optional<LocalDate> edition, List<Run> listed) {
        List<String> notes = new ArrayList<>();
        Instant now = Instant.now();
        for (LocalDate date : lockedEditions(edition)) {
            boolean shown = listed.stream().anyMatch(run -> run.unfinished() && run.edition().equals(date.toString()));
            LockHolder holder = holder(date);
            if (shown || holder.heartbeat().isEmpty() || holder.stuck(now, stuckAfter)
                    || (!settings.isPostgres() && !alive(holder))) {
                continue;
            }
            notes.add(date + ": a run holds the edition (" + holder.description() + "; last heartbeat "
                    + holder.silentFor(now).map(LockHolder::describe).orElse("an unknown time")
                    + " ago) and has not started its job yet: it is checking the project files");
        }
        return notes;
    }

    private List<LocalDate> lockedEditions(Optional<LocalDate> edition) {
        if (edition.isPresent()) {
            return List.of(edition.get());
        }
        if (settings.isPostgres()) {
            DataSource dataSource = settings.dataSource(settings.url().orElseThrow());
            try {
                return PostgresEditionLock.lockedEditions(dataSource);
            } finally {
                RepositorySettings.close(dataSource);
            }
        }
        Path locks = EditionPaths.locksFolder(output);
        if (!Files.isDirectory(locks)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(locks)) {
            return listing.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".lock"))
                    .map(name -> date(name.substring(0, name.length() - ".lock".length())))
                    .flatMap(Optional::stream).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Whether a live process holds the edition's lock now. */
    private boolean running(LocalDate date) {
        LockHolder holder = holder(date);
        return holder.heartbeat().isPresent() && !holder.stuck(Instant.now(), stuckAfter)
                && (settings.isPostgres() || alive(holder));
    }

    private LockHolder holder(LocalDate date) {
        if (!settings.isPostgres()) {
            return FileEditionLock.holder(output, date);
        }
        DataSource dataSource = settings.dataSource(output, date);
        try {
            return PostgresEditionLock.holder(dataSource, date);
        } finally {
            RepositorySettings.close(dataSource);
        }
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether the process a file lock names is alive; on another host it cannot be told, and counts as alive. */
    private static boolean alive(LockHolder holder) {
        if (!holder.description().startsWith("host " + EditionLock.hostName() + ",")) {
            return true;
        }
        Matcher pid = PID.matcher(holder.description());
        return pid.find() && ProcessHandle.of(Long.parseLong(pid.group(1))).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The embedded repository files, most recently written first (one edition's, with a date). */
    private List<Path> embeddedFiles(Optional<LocalDate> edition) {
        Path jobs = EditionPaths.jobsFolder(output);
        try (Stream<Path> listing = Files.list(jobs)) {
            return listing.filter(f -> f.getFileName().toString().endsWith(".mv.db"))
                    .filter(f -> edition.isEmpty() || f.getFileName().toString().equals(edition.get() + ".mv.db")
                            || f.getFileName().toString().equals(SHARED_FILE))
                    .sorted(Comparator.comparing(RunHistory::modified).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the job repository folder " + EditionPaths.display(jobs), e);
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static Path withoutExtension(Path file) {
        String name = file.getFileName().toString();
        return file.toAbsolutePath().resolveSibling(name.substring(0, name.length() - ".mv.db".length()));
    }

    /**
     * Reads a copy of an embedded repository file. A copy that catches a write half-way is taken
     * again once; a file that is still unreadable is reported as damaged.
     */
    private void readSnapshot(Path file, Consumer<JobRepository> reader) {
        RepositoryProblem last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            Path copy = null;
            try {
                copy = Files.createTempDirectory("briefings-history");
                Files.copy(file, copy.resolve("repository.mv.db"));
                // the copy is this reader's own: opened for writing, so that H2 may finish what the copy caught half-way
                read(RepositorySettings.h2Url(copy.resolve("repository")), false, reader);
                return;
            } catch (java.nio.file.NoSuchFileException e) {
                return; // purged or moved away meanwhile
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + EditionPaths.display(file) + " to read it: " + e.getMessage(), e);
            } catch (RepositoryProblem e) {
                last = e;
                if (e.kind() != RepositoryProblem.Kind.DAMAGED) {
                    throw e;
                }
            } finally {
                deleteQuietly(copy);
            }
        }
        throw RepositoryProblem.of(EditionPaths.display(file), last.getCause(), "move it away (for example to "
                + EditionPaths.display(file) + ".damaged); the published editions are not affected");
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temporary copy; the system cleans its temporary folder
        }
    }

    /** Opens a repository, hands it to the reader, and closes it; every failure says which repository and why. */
    private void read(String jdbcUrl, boolean live, Consumer<JobRepository> reader) {
        DataSource dataSource = settings.dataSource(jdbcUrl);
        String name = live || !jdbcUrl.startsWith("jdbc:h2:") ? describe(jdbcUrl) : "a copy of a job repository file";
        try {
            if (!RepositorySchema.exists(dataSource)) {
                return;
            }
            JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
            factory.setDataSource(dataSource);
            factory.setTransactionManager(new JdbcTransactionManager(dataSource));
            factory.afterPropertiesSet();
            reader.accept(factory.getObject());
        } catch (RepositoryProblem e) {
            throw e;
        } catch (Exception e) {
            throw RepositoryProblem.of(name, e, "move it away; the published editions are not affected");
        } finally {
            RepositorySettings.close(dataSource);
        }
    }

    private String describe(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:file:")) {
            String path = jdbcUrl.substring("jdbc:h2:file:".length());
            int options = path.indexOf(';');
            return EditionPaths.display(Path.of((options < 0 ? path : path.substring(0, options)) + ".mv.db"));
        }
        return jdbcUrl.replaceAll("password=[^&;]*", "password=…");
    }

    private static Run describe(JobExecution execution, StepExecution plan, Optional<String> note) {
        var parameters = execution.getJobParameters();
        String edition = String.valueOf(parameters.getString(JobKeys.EDITION));
        Long generation = parameters.getLong(JobKeys.GENERATION);
        int records = 0;
        int stories = 0;
        int rejected = 0;
        if (plan != null) {
            ExecutionContext context = plan.getExecutionContext();
            records = context.getInt(JobKeys.PLAN_RECORDS, 0);
            stories = context.getInt(JobKeys.PLAN_STORIES, 0);
            rejected = context.getInt(JobKeys.PLAN_REJECTED, 0);
        }
        BatchStatus status = execution.getStatus();
        int rejectedRecords = rejected;
        Optional<Integer> exit = Outcome.of(status).map(outcome -> outcome.exitCode(rejectedRecords));
        LocalDateTime started = execution.getStartTime() != null ? execution.getStartTime() : execution.getCreateTime();
        return new Run(execution.getId(), edition, generation == null ? 0 : generation, status.name(), started,
                Optional.ofNullable(execution.getEndTime()), records, stories, rejected, exit, note);
    }

    @Override
    public void close() {
        // every read opens and closes its own repository
    }
}
