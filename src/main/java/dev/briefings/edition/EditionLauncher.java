package dev.briefings.edition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import dev.briefings.data.InvalidProjectFile;
import dev.briefings.data.Json;
import dev.briefings.i18n.Translations;
import dev.briefings.render.OutputFormat;
import dev.briefings.render.TemplateSet;
import dev.briefings.edition.publish.AtomicFiles;
import dev.briefings.edition.job.BriefingJobConfiguration;
import dev.briefings.edition.job.JobSettings;
import dev.briefings.edition.job.CurrentExecution;
import dev.briefings.edition.runs.EditionLock;
import dev.briefings.edition.publish.EditionPaths;
import dev.briefings.edition.runs.JobKeys;
import dev.briefings.edition.job.Faults;
import dev.briefings.edition.publish.Manifest;
import dev.briefings.edition.publish.ManifestSummary;
import dev.briefings.edition.job.ProjectResources;
import dev.briefings.edition.runs.RepositoryConfiguration;
import dev.briefings.edition.runs.RepositorySchema;
import dev.briefings.edition.runs.RepositorySettings;
import dev.briefings.edition.runs.TimedDataSource;

/**
 * Runs the briefing job for one edition, the way a scheduler needs it: checks the project files
 * first (nothing is written when they are broken), takes the edition's lock (a second run exits
 * at once), skips an edition whose inputs have not changed since it was published, resumes a run
 * that failed or whose process died, and reports the outcome as an exit code.
 */
public final class EditionLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(EditionLauncher.class);

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
            RepositorySettings repository) {

        public Request {
            configuration = List.copyOf(configuration);
            locales = List.copyOf(locales);
            formats = List.copyOf(formats);
        }
    }

    /** How a run ended. */
    public enum Outcome { PUBLISHED, UP_TO_DATE, FAILED, BUSY }

    /** The result of a run, with the exit code the run contract gives it. */
    public record Result(Outcome outcome, int exitCode, Optional<ManifestSummary> manifest, Path published, Duration elapsed,
            String message, List<String> problems) {

        public Result {
            problems = List.copyOf(problems);
        }
    }

    /** Exit codes of the run contract. */
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_INVALID = 2;
    public static final int EXIT_REJECTED = 3;
    public static final int EXIT_BUSY = 4;

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
        String fingerprint = fingerprint(request, locales);
        Path published = EditionPaths.published(request.output(), request.edition());
        // Broken project files stop the run before anything under output/ is created or changed;
        // an edition that is up to date needs no check, so a no-op rerun stays fast.
        boolean checked = false;
        if (!upToDate(request, readManifest(published), fingerprint)) {
            checkProjectFiles(request, locales);
            checked = true;
        }
        createOutput(request.output());
        DataSource dataSource = request.repository().dataSource(request.output());
        try {
            Optional<EditionLock> lock = request.repository().tryLock(dataSource, request.output(), request.edition());
            if (lock.isEmpty()) {
                String owner = request.repository().lockOwner(dataSource, request.output(), request.edition());
                return new Result(Outcome.BUSY, EXIT_BUSY, Optional.empty(), published, elapsed(started),
                        "edition " + request.edition() + " is being generated by another run (" + owner
                                + "); this run did nothing", List.of());
            }
            try (EditionLock held = lock.get()) {
                Optional<ManifestSummary> current = readManifest(published);
                if (upToDate(request, current, fingerprint)) {
                    if (removeLeftovers(request, published)) {
                        recoverStaleRuns(request, dataSource);
                    }
                    return new Result(Outcome.UP_TO_DATE, exitCode(current.get()), current, published, elapsed(started),
                            "edition " + request.edition() + " is up to date: nothing changed since it was published",
                            List.of());
                }
                if (!checked) {
                    checkProjectFiles(request, locales);
                }
                Translations translations = Translations.load(request.translations());
                TemplateSet templates = new TemplateSet(request.templates());
                templates.check(locales);
                return runJob(request, dataSource, new ProjectResources(translations, templates), locales, fingerprint,
                        current, started);
            }
        } finally {
            RepositorySettings.close(dataSource);
        }
    }

    /**
     * Removes what a run killed after publishing its edition left behind: its staging area, an
     * older version, a half-made link. Safe only under the edition's lock.
     *
     * @return whether anything was left, the sign of a run that did not end
     */
    static boolean removeLeftovers(Request request, Path published) throws IOException {
        boolean found = false;
        String prefix = request.edition() + "-";
        Path current = Files.isSymbolicLink(published) ? published.toRealPath() : null;
        for (Path folder : List.of(request.output().resolve(".work"), request.output().resolve(".editions"))) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> listing = Files.list(folder)) {
                for (Path entry : listing.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                    if (current == null || !entry.toRealPath().equals(current)) {
                        AtomicFiles.deleteTree(entry);
                        found = true;
                    }
                }
            }
        }
        Path link = published.resolveSibling("." + published.getFileName() + ".link");
        if (Files.deleteIfExists(link)) {
            found = true;
        }
        return found;
    }

    /** Marks as failed the runs of this edition left STARTED by a process that is gone (we hold the lock). */
    private static void recoverStaleRuns(Request request, DataSource dataSource) {
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
                    } catch (org.springframework.batch.core.launch.JobExecutionAlreadyRunningException e) {
                        LOG.warn("Could not mark the run abandoned: {}", e.getMessage());
                    }
                }
            }
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

    private static void checkProjectFiles(Request request, List<String> locales) {
        ProjectCheck.Report check = ProjectCheck.run(request.translations(), request.templates(),
                Optional.of(request.events()), Set.copyOf(locales));
        if (!check.errors().isEmpty()) {
            throw new ProjectCheck.FilesInvalid(check.errors());
        }
    }

    private Result runJob(Request request, DataSource dataSource, ProjectResources resources, List<String> locales,
            String fingerprint, Optional<ManifestSummary> current, long started) throws IOException {
        Path published = EditionPaths.published(request.output(), request.edition());
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            RepositorySchema.ensure(dataSource, request.repository().platform(request.output()),
                    EditionPaths.jobsFolder(request.output()).resolve("schema.lock"));
            TimedDataSource timed = new TimedDataSource(dataSource);
            context.registerBean("dataSource", DataSource.class, timed::dataSource);
            context.registerBean(ProjectResources.class, () -> resources);
            context.register(BriefingJobConfiguration.class);
            context.refresh();
            JobOperator operator = context.getBean(JobOperator.class);
            JobRepository repository = context.getBean(JobRepository.class);
            Job job = context.getBean(Job.class);

            JobParameters parameters = nextParameters(request, locales, fingerprint, current, repository, operator);
            LOG.info("Generating edition {} ({} locale(s), {} format(s))", request.edition(), locales.size(),
                    request.formats().size());
            JobExecution execution = startStoppable(operator, job, parameters, context.getBean(CurrentExecution.class),
                    request);
            LOG.info("Job repository: {} s in {} calls", String.format(java.util.Locale.ROOT, "%.2f",
                    timed.time().toMillis() / 1000.0), timed.calls());
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                removeOtherGenerations(request, parameters);
                ManifestSummary manifest = readManifest(published).orElseThrow(() ->
                        new IOException("the job completed but " + published.resolve(Manifest.FILE_NAME) + " is missing"));
                return new Result(Outcome.PUBLISHED, exitCode(manifest), Optional.of(manifest), published,
                        elapsed(started), "edition " + request.edition() + " published to " + display(published), List.of());
            }
            return failed(request, execution, started);
        } catch (SQLException e) {
            throw new RepositoryUnavailable(request.repository().describe(request.output()), e);
        } catch (org.springframework.dao.DataAccessException e) {
            throw new RepositoryUnavailable(request.repository().describe(request.output()), e);
        } catch (org.springframework.batch.core.launch.JobExecutionAlreadyRunningException
                | org.springframework.batch.core.launch.JobRestartException
                | org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException
                | org.springframework.batch.core.job.parameters.InvalidJobParametersException e) {
            return new Result(Outcome.FAILED, EXIT_FAILED, Optional.empty(), published, elapsed(started),
                    "the job repository refused the run: " + e.getMessage(), List.of());
        }
    }

    /**
     * Runs the job so that SIGTERM (a scheduler or systemd stopping it) stops it cleanly: the
     * current chunk finishes, the job is recorded as STOPPED, the process exits 1, and the next
     * run resumes where it stopped.
     */
    private static JobExecution startStoppable(JobOperator operator, Job job, JobParameters parameters,
            CurrentExecution current, Request request) throws org.springframework.batch.core.launch.JobExecutionAlreadyRunningException,
            org.springframework.batch.core.launch.JobRestartException,
            org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException,
            org.springframework.batch.core.job.parameters.InvalidJobParametersException {
        CountDownLatch finished = new CountDownLatch(1);
        Thread onTerm = new Thread(() -> {
            Optional<JobExecution> running = current.get();
            if (running.isEmpty() || finished.getCount() == 0) {
                return;
            }
            LOG.warn("Stop requested: finishing the current chunk; the next run resumes edition {}", request.edition());
            try {
                operator.stop(running.get());
                Faults.release();
                finished.await(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (org.springframework.batch.core.launch.JobExecutionNotRunningException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.err.println("Edition " + request.edition() + " stopped before it was published; the next run resumes it.");
            System.err.flush();
            Runtime.getRuntime().halt(EXIT_FAILED);
        }, "briefings-stop");
        Runtime.getRuntime().addShutdownHook(onTerm);
        try {
            return operator.start(job, parameters);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onTerm);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it exits once it sees the job has finished
            }
        }
    }

    /** How long a stopping run may take to finish its chunk before the process exits anyway. */
    static final long STOP_TIMEOUT_SECONDS = 60;

    /**
     * The parameters of the run: the last generation of these inputs when it can be resumed
     * (failed, stopped, or left running by a process that died: we hold the lock, so its owner is
     * gone), else the next generation.
     */
    private JobParameters nextParameters(Request request, List<String> locales, String fingerprint,
            Optional<ManifestSummary> current, JobRepository repository, JobOperator operator) {
        long generation = 1;
        JobInstance last = null;
        while (true) {
            JobInstance instance = repository.getJobInstance(JobKeys.JOB_NAME,
                    parameters(request, locales, fingerprint, generation));
            if (instance == null) {
                break;
            }
            last = instance;
            generation++;
        }
        if (last != null) {
            long lastGeneration = generation - 1;
            JobExecution execution = repository.getLastJobExecution(last);
            boolean staged = Files.isDirectory(new EditionPaths(request.output(), request.edition(),
                    JobSettings.generationName(fingerprint, lastGeneration)).work());
            if (execution != null && execution.getStatus().isRunning()) {
                LOG.warn("Edition {}: the run started {} was left {} by a process that is gone; {}", request.edition(),
                        execution.getStartTime(), execution.getStatus(), staged ? "resuming it" : "starting again");
                operator.recover(execution);
                if (staged) {
                    return parameters(request, locales, fingerprint, lastGeneration);
                }
            } else if (execution != null && (execution.getStatus() == BatchStatus.FAILED
                    || execution.getStatus() == BatchStatus.STOPPED)) {
                if (staged) {
                    LOG.info("Edition {}: resuming the run that ended {}", request.edition(), execution.getStatus());
                    return parameters(request, locales, fingerprint, lastGeneration);
                }
                LOG.warn("Edition {}: the run that ended {} left no staging area to resume from; starting again",
                        request.edition(), execution.getStatus());
            }
        }
        return parameters(request, locales, fingerprint, generation);
    }

    static JobParameters parameters(Request request, List<String> locales, String fingerprint, long generation) {
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
                .toJobParameters();
    }

    private Result failed(Request request, JobExecution execution, long started) {
        List<Throwable> failures = new ArrayList<>(execution.getAllFailureExceptions());
        List<String> problems = new ArrayList<>();
        boolean invalidProject = false;
        for (Throwable failure : failures) {
            Throwable cause = failure;
            while (cause != null && !(cause instanceof InvalidProjectFile) && cause.getCause() != null
                    && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            if (cause instanceof InvalidProjectFile invalid) {
                invalidProject = true;
                problems.add(invalid.describe());
            } else {
                problems.add(explain(failure, request.output()));
            }
        }
        String message = "edition " + request.edition() + " was not published (job " + execution.getStatus()
                + "); the next run resumes it";
        return new Result(Outcome.FAILED, invalidProject ? EXIT_INVALID : EXIT_FAILED, Optional.empty(),
                EditionPaths.published(request.output(), request.edition()), elapsed(started), message, problems);
    }

    /** What went wrong, as the person who must fix it needs to read it. */
    static String explain(Throwable failure, Path output) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
            return "the disk holding " + display(output) + " is full (" + message + "); free space and run again. "
                    + "The published edition is intact.";
        }
        if (root instanceof java.nio.file.AccessDeniedException || message.contains("Permission denied")
                || message.contains("Read-only file system")) {
            return "cannot write " + message + " (" + root.getClass().getSimpleName() + "); give the run write access to "
                    + display(output) + ". The published edition is intact.";
        }
        return rootMessage(failure);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static void checkFolders(Request request) {
        if (!Files.isDirectory(request.events())) {
            throw new InvalidRequest("the events folder " + request.events() + " does not exist; pass --events DIR "
                    + "with a folder of YAML or JSON event records");
        }
        if (Files.exists(request.output(), LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(request.output())) {
            throw new InvalidRequest("the output path " + request.output() + " is a file, not a folder; pass --output DIR "
                    + "with a folder (it is created if missing)");
        }
        if (request.formats().isEmpty()) {
            throw new InvalidRequest("no output format chosen; use html, md and/or txt");
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

    private static String fingerprint(Request request, List<String> locales) throws IOException {
        InputFingerprint fingerprint = new InputFingerprint()
                .folder("events", request.events())
                .folder("translations", request.translations())
                .folder("templates", request.templates());
        for (Path configuration : request.configuration()) {
            fingerprint.folder("configuration", configuration);
        }
        return fingerprint
                .text("edition " + request.edition())
                .text("locales " + String.join(",", locales))
                .text("formats " + String.join(",", request.formats().stream().map(OutputFormat::extension).toList()))
                .text("timezone " + request.timezone().getId())
                .program()
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

    private static int exitCode(ManifestSummary manifest) {
        return manifest.rejected().isEmpty() ? EXIT_OK : EXIT_REJECTED;
    }

    /** Staging areas of this edition's other generations are dead once a generation is published. */
    private static void removeOtherGenerations(Request request, JobParameters parameters) throws IOException {
        Path work = request.output().resolve(".work");
        if (!Files.isDirectory(work)) {
            return;
        }
        String prefix = request.edition() + "-";
        try (Stream<Path> listing = Files.list(work)) {
            for (Path folder : listing.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                AtomicFiles.deleteTree(folder);
            }
        }
    }

    /** A path as a user would type it: relative to the current folder when it lies inside it. */
    public static String display(Path path) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute).toString() : absolute.toString();
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

    /** The job repository cannot be opened (locked by another process, unreachable, refused). */
    public static final class RepositoryUnavailable extends RuntimeException {
        public RepositoryUnavailable(String repository, Throwable cause) {
            super(explainRepository(repository, cause), cause);
        }

        private static String explainRepository(String repository, Throwable cause) {
            String root = rootMessage(cause);
            if (root.contains("already in use") || root.contains("The file is locked")) {
                return "the job repository " + repository + " is locked by another process (another edition being "
                        + "generated from the same output folder?); run again when it has finished. Details: " + root;
            }
            if (root.contains("Connection refused") || root.contains("UnknownHost") || root.contains("timed out")) {
                return "the job repository " + repository + " cannot be reached: " + root
                        + "; check that the database is running and the URL is right";
            }
            return "the job repository " + repository + " cannot be used: " + root;
        }
    }

    /** The output folder cannot be created or written. */
    public static final class OutputUnavailable extends RuntimeException {
        public OutputUnavailable(Path output, Throwable cause) {
            super("cannot write to the output folder " + display(output) + ": " + rootMessage(cause)
                    + "; choose a folder the run may write with --output", cause);
        }
    }
}
