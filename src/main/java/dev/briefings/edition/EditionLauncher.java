package dev.briefings.edition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import dev.briefings.data.InvalidProjectFile;
import dev.briefings.edition.job.BriefWriter;
import dev.briefings.edition.job.BriefingJobConfiguration;
import dev.briefings.edition.job.CurrentExecution;
import dev.briefings.edition.job.Faults;
import dev.briefings.edition.job.ProjectResources;
import dev.briefings.edition.publish.EditionPaths;
import dev.briefings.edition.publish.Housekeeping;
import dev.briefings.edition.publish.Manifest;
import dev.briefings.edition.publish.ManifestSummary;
import dev.briefings.edition.runs.EditionLock;
import dev.briefings.edition.runs.JobKeys;
import dev.briefings.edition.runs.LockHolder;
import dev.briefings.edition.runs.Outcome;
import dev.briefings.edition.runs.RepositoryConfiguration;
import dev.briefings.edition.runs.RepositoryProblem;
import dev.briefings.edition.runs.RepositorySchema;
import dev.briefings.edition.runs.RepositorySettings;
import dev.briefings.edition.runs.StopRequests;
import dev.briefings.edition.runs.TimedDataSource;
import dev.briefings.events.EventFiles;
import dev.briefings.i18n.Translations;
import dev.briefings.render.OutputFormat;
import dev.briefings.render.TemplateSet;

/**
 * Runs the briefing job for one edition, the way a scheduler needs it: checks the project files
 * first (nothing is written when they are broken), takes the edition's lock (a second run exits
 * at once; a holder that has shown no sign of life for too long is reported as hung), skips an
 * edition whose inputs have not changed since it was published, resumes a run that failed or
 * whose process died, and reports the outcome as an exit code.
 */
public final class EditionLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(EditionLauncher.class);

    /** How long a run waits for another process (a purge) to let go of its edition's embedded repository. */
    static final Duration REPOSITORY_WAIT = Duration.ofSeconds(60);

    /** The default limit after which a lock holder that shows no sign of life is called hung. */
    public static final Duration STUCK_AFTER = Duration.ofMinutes(30);

    /** What to run. An empty locale list means every locale with translations. */
    public record Request(
            LocalDate edition,
            Path events,
            Path output,
            Path translations,
            Path templates,
            List<Path> configuration,
            List<String> locales,
            List<OutputFormat> formats,
            ZoneId timezone,
            boolean force,
            RepositorySettings repository,
            Duration stuckAfter,
            int keepGenerations) {

        public Request {
            configuration = List.copyOf(configuration);
            locales = List.copyOf(locales);
            formats = List.copyOf(formats);
            if (keepGenerations < 1) {
                throw new InvalidRequest("--keep-generations " + keepGenerations + " would delete the published "
                        + "edition; keep at least 1 (the published one), or 2 to compare with the one before");
            }
        }

        /** A request that keeps the default number of generations. */
        public Request(LocalDate edition, Path events, Path output, Path translations, Path templates,
                List<Path> configuration, List<String> locales, List<OutputFormat> formats, ZoneId timezone,
                boolean force, RepositorySettings repository, Duration stuckAfter) {
            this(edition, events, output, translations, templates, configuration, locales, formats, timezone, force,
                    repository, stuckAfter, Housekeeping.KEPT_GENERATIONS);
        }

        /** A request with the default limit for a hung lock holder. */
        public Request(LocalDate edition, Path events, Path output, Path translations, Path templates,
                List<Path> configuration, List<String> locales, List<OutputFormat> formats, ZoneId timezone,
                boolean force, RepositorySettings repository) {
            this(edition, events, output, translations, templates, configuration, locales, formats, timezone, force,
                    repository, STUCK_AFTER);
        }
    }

    /** The result of a run, with the exit code the run contract gives it. */
    public record Result(Outcome outcome, Optional<ManifestSummary> manifest, Path published, Duration elapsed,
            String message, List<String> problems, Renders renders) {

        public Result {
            problems = List.copyOf(problems);
        }

        public Result(Outcome outcome, Optional<ManifestSummary> manifest, Path published, Duration elapsed,
                String message, List<String> problems) {
            this(outcome, manifest, published, elapsed, message, problems, Renders.NONE);
        }

        /** The exit code of the run contract, from {@link Outcome#exitCode}. */
        public int exitCode() {
            return outcome.exitCode(manifest.map(m -> m.rejected().size()).orElse(0));
        }
    }

    /**
     * Per locale, the stories the run rendered and those whose published pages it reused because
     * nothing they are made from had changed (counted over every attempt of the generation).
     */
    public record Renders(Map<String, Long> rendered, Map<String, Long> reused) {

        static final Renders NONE = new Renders(Map.of(), Map.of());

        public Renders {
            rendered = Collections.unmodifiableMap(new TreeMap<>(rendered));
            reused = Collections.unmodifiableMap(new TreeMap<>(reused));
        }

        /**
         * From the render step of {@code execution}, or, when this attempt only published (its render
         * step had completed in an earlier attempt), from that earlier attempt's render step.
         */
        static Renders of(JobExecution execution, List<String> locales, JobRepository repository) {
            Optional<StepExecution> render = execution.getStepExecutions().stream()
                    .filter(step -> step.getStepName().equals("render")).findFirst()
                    .or(() -> Optional.ofNullable(repository.getLastStepExecution(execution.getJobInstance(), "render")));
            Map<String, Long> rendered = new TreeMap<>();
            Map<String, Long> reused = new TreeMap<>();
            render.ifPresent(step -> {
                var context = step.getExecutionContext();
                for (String locale : locales) {
                    rendered.put(locale, context.getLong(BriefWriter.RENDERED + locale, 0L));
                    reused.put(locale, context.getLong(BriefWriter.REUSED + locale, 0L));
                }
            });
            return new Renders(rendered, reused);
        }
    }

    private final Optional<Path> checkedDigests;
    private final StopRequests stops;

    /** A launcher that remembers the project files that passed the check in the output folder only. */
    public EditionLauncher() {
        this(Optional.empty(), new StopRequests());
    }

    /**
     * A launcher that also remembers them in {@code checkedDigests} (the launcher script's
     * {@code target/.checked/}), shared by every output folder the program runs into, and that
     * stops when {@code stops} is requested (the command line requests it on SIGTERM).
     */
    public EditionLauncher(Optional<Path> checkedDigests, StopRequests stops) {
        this.checkedDigests = checkedDigests;
        this.stops = stops;
    }

    /**
     * Runs the request.
     *
     * @throws InvalidRequest when the invocation cannot be run as asked (exit 2)
     * @throws InvalidProjectFile when a translation, kind, template or configuration is broken (exit 2)
     */
    public Result run(Request request) throws IOException {
        long started = System.nanoTime();
        checkFolders(request);
        List<String> locales = locales(request, Translations.localeIdsIn(request.translations()));
        String program = new InputFingerprint().program().hex();
        String fingerprint = fingerprint(request, locales, program);
        Path published = EditionPaths.published(request.output(), request.edition());
        // Broken project files stop the run before anything under output/ is created or changed;
        // an edition that is up to date needs no check, so a no-op rerun stays fast.
        boolean upToDate = upToDate(request, readManifest(published), fingerprint);
        // what the check reads is hashed only when the files are to be checked: a no-op rerun needs none of it
        String checked = upToDate ? null : CheckStamp.digest(request.translations(), request.templates(), locales, program);
        if (!upToDate) {
            checkProjectFiles(request, locales, checked);
        }
        try {
            createOutput(request.output());
        } catch (OutputUnavailable e) {
            if (upToDate) {
                return upToDateWithoutLock(request, published, started, e);
            }
            throw e;
        }
        RepositorySettings settings = request.repository();
        DataSource dataSource = settings.dataSource(request.output(), request.edition());
        try {
            Optional<EditionLock> lock;
            try {
                lock = settings.tryLock(dataSource, request.output(), request.edition(),
                        EditionLock.HEARTBEAT);
            } catch (IOException e) {
                if (upToDate) {
                    return upToDateWithoutLock(request, published, started, e);
                }
                throw new OutputUnavailable(request.output(), e);
            }
            if (lock.isEmpty()) {
                return busy(request, settings.lockHolder(dataSource, request.output(), request.edition()), published,
                        started);
            }
            try (EditionLock held = lock.get()) {
                Optional<ManifestSummary> current = readManifest(published);
                if (upToDate(request, current, fingerprint)) {
                    if (Housekeeping.removeLeftovers(request.output(), request.edition(), request.keepGenerations())) {
                        recoverStaleRuns(request, dataSource);
                    }
                    return new Result(Outcome.UP_TO_DATE, current, published, elapsed(started),
                            "edition " + request.edition() + " is up to date: nothing changed since it was published",
                            List.of());
                }
                if (upToDate) {
                    // it was up to date before the lock, so the files were not checked then
                    checked = CheckStamp.digest(request.translations(), request.templates(), locales, program);
                    checkProjectFiles(request, locales, checked);
                }
                CheckStamp.record(request.output(), checkedDigests, checked);
                // the translations and templates load on another core while this thread prepares the job
                // repository and the job's Spring context (each about 0.1-0.2 s of a small edition's run)
                CompletableFuture<ProjectResources> resources = CompletableFuture.supplyAsync(() -> {
                    TemplateSet templates = new TemplateSet(request.templates());
                    templates.check(locales);
                    return new ProjectResources(Translations.load(request.translations()), templates);
                });
                String renderBase = new InputFingerprint().text("program " + program)
                        .text("edition " + request.edition()).text("timezone " + request.timezone().getId()).hex();
                return runJob(request, dataSource, resources, locales, fingerprint, renderBase, started);
            }
        } finally {
            RepositorySettings.close(dataSource);
        }
    }

    /** The edition is up to date, and the output folder cannot be written (a read-only mount): nothing needed doing. */
    private static Result upToDateWithoutLock(Request request, Path published, long started, Exception why) {
        LOG.warn("Cannot take the lock of edition {} ({}); it is up to date, so there was nothing to do",
                request.edition(), RepositoryProblem.rootMessage(why));
        return new Result(Outcome.UP_TO_DATE, readManifest(published), published, elapsed(started),
                "edition " + request.edition() + " is up to date: nothing changed since it was published", List.of());
    }

    /** Another run holds the edition: busy (exit 4), or hung when it has shown no sign of life for too long (exit 1). */
    private static Result busy(Request request, LockHolder holder, Path published, long started) {
        Instant now = Instant.now();
        if (holder.stuck(now, request.stuckAfter())) {
            String silence = holder.silentFor(now).map(LockHolder::describe).orElse("a long time");
            return new Result(Outcome.STUCK, Optional.empty(), published, elapsed(started),
                    "edition " + request.edition() + " is held by a run that looks hung: " + holder.description()
                            + " has shown no sign of life for " + silence + " (the limit is "
                            + LockHolder.describe(request.stuckAfter()) + "); look at that process and kill it if it is "
                            + "stuck: the next run resumes the edition",
                    List.of());
        }
        return new Result(Outcome.BUSY, Optional.empty(), published, elapsed(started),
                "edition " + request.edition() + " is being generated by another run (" + holder.description()
                        + "); this run did nothing",
                List.of());
    }

    /** Marks as failed the runs of this edition left STARTED by a process that is gone (we hold the lock). */
    private static void recoverStaleRuns(Request request, DataSource dataSource) {
        prepareRepository(request, dataSource);
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean("dataSource", DataSource.class, () -> dataSource);
            context.register(RepositoryConfiguration.class);
            context.refresh();
            JobRepository repository = context.getBean(JobRepository.class);
            JobOperator operator = context.getBean(JobOperator.class);
            for (JobExecution execution : repository.findRunningJobExecutions(JobKeys.JOB_NAME)) {
                if (request.edition().toString().equals(execution.getJobParameters().getString(JobKeys.EDITION))) {
                    LOG.warn("Edition {}: the run started {} was left {} by a process that is gone after it published; "
                            + "marking it failed", request.edition(), execution.getStartTime(), execution.getStatus());
                    operator.recover(execution);
                    try {
                        // its edition is published: never resume it
                        operator.abandon(execution);
                    } catch (JobExecutionAlreadyRunningException e) {
                        LOG.warn("Could not mark the run abandoned: {}", e.getMessage());
                    }
                }
            }
        } catch (RuntimeException e) {
            throw repositoryProblem(request, e);
        }
    }

    /**
     * Creates the repository's tables on first use. An embedded repository that another process
     * (a purge) has open is waited for, briefly: a reader never holds it for long.
     */
    private static void prepareRepository(Request request, DataSource dataSource) {
        RepositorySettings settings = request.repository();
        long deadline = System.nanoTime() + REPOSITORY_WAIT.toNanos();
        long pause = 50;
        while (true) {
            try {
                RepositorySchema.ensure(dataSource, settings.platform(),
                        EditionPaths.jobsFolder(request.output()).resolve("schema.lock"));
                return;
            } catch (Exception e) {
                RepositoryProblem problem = repositoryProblem(request, e);
                if (problem.kind() != RepositoryProblem.Kind.LOCKED || System.nanoTime() > deadline) {
                    throw problem;
                }
                LOG.debug("The job repository is open in another process; waiting {} ms", pause);
                sleep(pause);
                pause = Math.min(1000, pause * 2);
            }
        }
    }

    private static RepositoryProblem repositoryProblem(Request request, Throwable failure) {
        if (failure instanceof RepositoryProblem problem) {
            return problem;
        }
        // a full disk under the embedded repository is not a damaged file: moving it away would lose the history
        Optional<String> full = Failures.diskFull(failure, request.output());
        if (full.isPresent()) {
            return new RepositoryProblem(RepositoryProblem.Kind.OTHER, full.get(), failure);
        }
        String file = request.repository().describe(request.output(), request.edition());
        return RepositoryProblem.of(file, failure, request.repository().isEmbedded()
                ? "move it away (for example: mv " + file + " " + file + ".damaged) and run again; the published "
                        + "editions are not affected, and the run generates this edition again"
                : "restore the database from a backup");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the job repository", e);
        }
    }

    private static void createOutput(Path output) {
        try {
            Files.createDirectories(output);
            Files.createDirectories(EditionPaths.locksFolder(output));
        } catch (IOException e) {
            throw new OutputUnavailable(output, e);
        }
    }

    private static boolean upToDate(Request request, Optional<ManifestSummary> published, String fingerprint) {
        return !request.force() && published.isPresent() && fingerprint.equals(published.get().fingerprint());
    }

    /** Stops the run on an error in the project files, unless files with the same digest passed before. */
    private void checkProjectFiles(Request request, List<String> locales, String digest) {
        if (CheckStamp.passed(request.output(), checkedDigests, digest)) {
            LOG.debug("The translations and templates passed the check before, unchanged; not checking them again");
            return;
        }
        // errors only matter here: the warnings that read the dictionaries, and those that read every
        // record to see which entities the records name (a second parse of the events folder, seconds
        // at 100,000 records), are the check command's
        ProjectCheck.Report check = ProjectCheck.run(request.translations(), request.templates(),
                Optional.empty(), Set.copyOf(locales), false);
        if (!check.errors().isEmpty()) {
            throw new ProjectCheck.FilesInvalid(check.errors());
        }
    }

    private Result runJob(Request request, DataSource dataSource, CompletableFuture<ProjectResources> loading,
            List<String> locales, String fingerprint, String renderBase, long started) throws IOException {
        Path published = EditionPaths.published(request.output(), request.edition());
        prepareRepository(request, dataSource);
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            TimedDataSource timed = new TimedDataSource(dataSource);
            context.registerBean("dataSource", DataSource.class, timed::dataSource);
            context.registerBean(ProjectResources.class, () -> loaded(loading));
            context.register(BriefingJobConfiguration.class);
            context.refresh();
            JobOperator operator = context.getBean(JobOperator.class);
            JobRepository repository = context.getBean(JobRepository.class);
            Job job = context.getBean(Job.class);
            // a broken translation or template stops the run here, before the repository records a run
            loaded(loading);

            JobParameters parameters = new Generations(request, locales, fingerprint, renderBase, repository, operator)
                    .next();
            LOG.info("Generating edition {} ({} locale(s), {} format(s))", request.edition(), locales.size(),
                    request.formats().size());
            Faults.point("job-prepared");
            if (stops.requested()) {
                // a stop that came while the run checked its files and prepared: no job is begun
                return new Result(Outcome.FAILED, Optional.empty(), published, elapsed(started), "edition "
                        + request.edition() + " stopped before it was published; the next run generates it", List.of());
            }
            JobExecution execution = startStoppable(operator, job, parameters,
                    context.getBean(CurrentExecution.class), request);
            Faults.point("job-ended");
            LOG.info("Job repository: {} s in {} calls", String.format(java.util.Locale.ROOT, "%.2f",
                    timed.time().toMillis() / 1000.0), timed.calls());
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                Housekeeping.removeStaging(request.output(), request.edition());
                ManifestSummary manifest = readManifest(published).orElseThrow(() ->
                        new IOException("the job completed but " + published.resolve(Manifest.FILE_NAME) + " is missing"));
                return new Result(Outcome.PUBLISHED, Optional.of(manifest), published, elapsed(started),
                        "edition " + request.edition() + " published to " + display(published)
                                + resumedFrom(repository, execution).map(earlier -> " (" + earlier + ")").orElse(""),
                        List.of(), Renders.of(execution, locales, repository));
            }
            return failed(request, execution, started);
        } catch (JobExecutionAlreadyRunningException | JobRestartException | JobInstanceAlreadyCompleteException
                | InvalidJobParametersException e) {
            return new Result(Outcome.FAILED, Optional.empty(), published, elapsed(started),
                    "the job repository refused the run: " + e.getMessage(), List.of());
        } catch (RuntimeException e) {
            if (RepositoryProblem.kindOf(e) != RepositoryProblem.Kind.OTHER || e instanceof RepositoryProblem
                    || Failures.diskFull(e, request.output()).isPresent()) {
                throw repositoryProblem(request, e);
            }
            throw e;
        }
    }

    /**
     * When this run resumed an earlier attempt of its generation: which, and how it had ended (the
     * log says it as it starts; the summary, which a scheduler mails, said nothing).
     */
    static Optional<String> resumedFrom(JobRepository repository, JobExecution execution) {
        return repository.getJobExecutions(execution.getJobInstance()).stream()
                .filter(earlier -> earlier.getId() < execution.getId())
                .max(java.util.Comparator.comparingLong(JobExecution::getId))
                .map(earlier -> "resumed the run started " + (earlier.getStartTime() == null ? "earlier"
                        : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", java.util.Locale.ROOT)
                                .format(earlier.getStartTime()))
                        + ", which ended " + earlier.getStatus());
    }

    /** The translations and templates, once loaded; what their loading threw, as it threw it. */
    private static ProjectResources loaded(CompletableFuture<ProjectResources> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Runs the job so that a stop request (SIGTERM: a scheduler or systemd stopping it) stops it
     * cleanly: the current chunk finishes, the job is recorded as STOPPED, and the next run resumes
     * where it stopped. A request that comes during publication lets the edition be published first
     * (the job is then COMPLETED); one that comes as the job is being created stops it as it begins.
     * The caller reports how the run ended and exits with its code.
     */
    private JobExecution startStoppable(JobOperator operator, Job job, JobParameters parameters,
            CurrentExecution current, Request request)
            throws JobExecutionAlreadyRunningException, JobRestartException, JobInstanceAlreadyCompleteException,
            InvalidJobParametersException {
        stops.whileRunning(() -> {
            if (current.publishing()) {
                // publication is the run's commit, short and atomic: it finishes, and the job completes
                LOG.warn("Stop requested during publication: edition {} is published first, then the run ends",
                        request.edition());
            } else {
                LOG.warn("Stop requested: finishing the current chunk; the next run resumes edition {}",
                        request.edition());
                current.requestStop();
            }
            Faults.release();
        });
        try {
            return operator.start(job, parameters);
        } finally {
            stops.whileRunning(null);
        }
    }

    private static Result failed(Request request, JobExecution execution, long started) {
        List<String> problems = new ArrayList<>();
        boolean invalid = false;
        String repository = request.repository().describe(request.output(), request.edition());
        for (Throwable failure : execution.getAllFailureExceptions()) {
            if (failure instanceof JobInterruptedException) {
                continue;   // how Spring Batch records the stop that was asked for: the message says it
            }
            invalid |= Failures.invalid(failure);
            problems.add(Failures.explain(failure, request.output(), repository));
        }
        // a stopped or failed --force run regenerates an edition that is up to date: only another
        // --force goes on with it (a plain run finds the edition up to date and leaves it)
        String next = "the next run" + (request.force() ? " with --force" : "") + " resumes it";
        String message = execution.getStatus() == BatchStatus.STOPPED
                ? "edition " + request.edition() + " stopped before it was published; " + next
                : "edition " + request.edition() + " was not published (job " + execution.getStatus() + "); " + next;
        return new Result(invalid ? Outcome.INVALID : Outcome.FAILED, Optional.empty(),
                EditionPaths.published(request.output(), request.edition()), elapsed(started), message, problems);
    }

    private static void checkFolders(Request request) {
        if (!Files.isDirectory(request.events())) {
            throw new InvalidRequest("the events folder " + request.events() + (Files.exists(request.events())
                    ? " is a file, not a folder" : " does not exist") + "; pass --events DIR with a folder of YAML or "
                    + "JSON event records");
        }
        if (Files.exists(request.output(), LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(request.output())) {
            throw new InvalidRequest("the output path " + request.output() + " is a file, not a folder; pass --output DIR "
                    + "with a folder (it is created if missing)");
        }
        if (request.formats().isEmpty()) {
            throw new InvalidRequest("no output format chosen; use html, md and/or txt");
        }
        Path published = EditionPaths.published(request.output(), request.edition());
        if (Files.exists(published, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(published)) {
            String what = Files.isDirectory(published, LinkOption.NOFOLLOW_LINKS) ? "a folder" : "a file";
            throw new InvalidRequest(display(published) + " is " + what + " this program did not publish (it publishes "
                    + "each edition as a link into " + display(request.output().resolve(".editions")) + "); move it "
                    + "away, for example to " + display(published) + ".old, and run again");
        }
    }

    private static List<String> locales(Request request, List<String> available) {
        if (request.locales().isEmpty()) {
            return available;
        }
        for (String locale : request.locales()) {
            if (!available.contains(locale)) {
                throw new InvalidRequest("unknown locale '" + locale + "'; locales with translations: "
                        + String.join(", ", available));
            }
        }
        return request.locales().stream().distinct().toList();
    }

    /**
     * The fingerprint of everything the edition is made from. Of the events folder only the record
     * files count (a README or a schema beside them changes nothing); the other folders count whole.
     */
    private static String fingerprint(Request request, List<String> locales, String program) throws IOException {
        InputFingerprint fingerprint = new InputFingerprint();
        try {
            fingerprint.files("events", request.events(), new EventFiles(request.events()).list());
            fingerprint.folder("translations", request.translations())
                    .folder("templates", request.templates());
        } catch (FileSystemLoopException e) {
            throw new InvalidRequest(display(Path.of(e.getFile())) + " is a link to a folder that contains it, which "
                    + "would be read for ever; remove the link (or point it elsewhere) and run again");
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof FileSystemLoopException loop) {
                throw new InvalidRequest(display(Path.of(loop.getFile())) + " is a link to a folder that contains it, "
                        + "which would be read for ever; remove the link (or point it elsewhere) and run again");
            }
            throw e;
        }
        for (Path configuration : request.configuration()) {
            fingerprint.folder("configuration", configuration);
        }
        return fingerprint
                .text("edition " + request.edition())
                .text("locales " + String.join(",", locales))
                .text("formats " + String.join(",", request.formats().stream().map(OutputFormat::extension).toList()))
                .text("timezone " + request.timezone().getId())
                .text("program " + program)
                .hex();
    }

    /** The manifest of the published edition (without its list of files), if there is one and it can be read. */
    public static Optional<ManifestSummary> readManifest(Path published) {
        Path file = published.resolve(Manifest.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ManifestSummary.read(file));
        } catch (IOException e) {
            LOG.warn("Cannot read {}: {}; the edition will be generated again", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** A path as a user would type it: relative to the current folder when it lies inside it. */
    public static String display(Path path) {
        return EditionPaths.display(path);
    }

    private static Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** An invocation that cannot run as asked; the command exits 2 and says what would be valid. */
    public static final class InvalidRequest extends RuntimeException {
        public InvalidRequest(String message) {
            super(message);
        }
    }

    /** The output folder cannot be created or written. */
    public static final class OutputUnavailable extends RuntimeException {
        public OutputUnavailable(Path output, Throwable cause) {
            super("cannot write to the output folder " + display(output) + ": " + RepositoryProblem.rootMessage(cause)
                    + "; choose a folder the run may write with --output", cause);
        }
    }
}
