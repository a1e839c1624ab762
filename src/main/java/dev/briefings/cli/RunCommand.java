package dev.briefings.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import dev.briefings.render.OutputFormat;
import dev.briefings.edition.EditionLauncher;
import dev.briefings.edition.job.ProgressDisplay;
import dev.briefings.edition.runs.Outcome;
import dev.briefings.edition.runs.StopRequests;

/** {@code briefings run}: generates and publishes one edition. */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Generates the edition of a date from the event records, in every locale and format, and "
                    + "publishes it to <output>/<date>/ with a manifest.json. A run whose inputs have not changed "
                    + "since the edition was published does nothing; a run that failed or was killed is resumed by the"
                    + " next run."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./briefings run --date 2020-11-20",
            "  ./briefings run --date 2020-11-20 --locales ru --formats html",
            "  ./briefings run --events /data/wire --output /srv/editions --progress lines",
            "",
            "Exit codes: 0 complete, 1 failed (resumed next run), 2 invalid invocation or",
            "project files, 3 complete with rejected records, 4 another run of this edition",
            "is in progress."})
final class RunCommand implements Callable<Integer>, ClassArchive.Sample {

    @ParentCommand
    BriefingsCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ProjectFolders folders = new ProjectFolders();

    @CommandLine.Mixin
    RepositoryOptions repository = new RepositoryOptions();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The edition date (default: today in the newsroom's time zone from briefings.yaml).")
    String date;

    @Option(names = "--locales", split = ",", paramLabel = "LOCALE",
            description = "Locales to generate, comma-separated (default: every locale in translations/).")
    List<String> locales = new ArrayList<>();

    @Option(names = "--formats", split = ",", paramLabel = "FORMAT",
            description = "Formats to generate: html, md, txt (default: all three).")
    List<String> formats = new ArrayList<>();

    @Option(names = "--force", description = "Generate the edition again even if nothing changed.")
    boolean force;

    @Option(names = "--keep-generations", paramLabel = "N", defaultValue = "2",
            description = "How many generations of the edition to keep in <output>/.editions/, the published one "
                    + "included (default: ${DEFAULT-VALUE}: the one before is what `briefings diff` compares with). "
                    + "Older ones are deleted when the edition is published, or by a run that finds it up to date: "
                    + "--keep-generations 1 purges the one before.")
    int keepGenerations;

    /** How to show progress; {@code auto} picks from the environment. */
    enum Progress { auto, bar, lines, none }

    @Option(names = "--progress", paramLabel = "MODE",
            description = "How long runs show progress on standard error: bar (redrawn in place), lines (a plain line "
                    + "every 3 seconds), none, or auto (default: bar on a terminal, lines in CI, when redirected or with "
                    + "--log-format json).")
    Progress progress = Progress.auto;

    private boolean published;

    @Override
    public Integer call() throws Exception {
        StopRequests stops = new StopRequests();
        try (StopOnSignal signals = new StopOnSignal(stops)) {
            return run(stops);
        }
    }

    private int run(StopRequests stops) throws Exception {
        Path project = parent.project();
        ProjectConfig configuration = repository.config(project);
        LocalDate edition = date == null ? LocalDate.now(configuration.timezone()) : parseDate(date);
        EditionLauncher.Request request = new EditionLauncher.Request(edition,
                folders.events(project),
                repository.output(project),
                folders.translations(project),
                folders.templates(project),
                configuration.file().map(List::of).orElse(List.of()),
                locales,
                parseFormats(formats),
                configuration.timezone(),
                force,
                configuration.repository(),
                configuration.stuckAfter(),
                keepGenerations);
        ProgressDisplay.use(progressMode(progress, parent.logFormat == BriefingsCommand.LogFormat.json, System.getenv()),
                spec.commandLine().getErr());
        EditionLauncher.Result result;
        try {
            result = new EditionLauncher(checkedDigests(System.getenv()), stops).run(request);
        } finally {
            ProgressDisplay.reset();
        }
        new RunSummary(spec.commandLine().getOut(), parent.errorLines(spec.commandLine().getErr())).print(result);
        published = result.outcome() == Outcome.PUBLISHED;
        return result.exitCode();
    }

    /** Only a run that generated an edition loads the job's classes: an up-to-date one stops before. */
    @Override
    public boolean representative(int exitCode) {
        return published;
    }

    /** The progress display for an option value; JSON logs are read by machines, so auto gives them lines. */
    static ProgressDisplay.Mode progressMode(Progress progress, boolean jsonLogs, java.util.Map<String, String> environment) {
        return switch (progress) {
            case auto -> jsonLogs ? ProgressDisplay.Mode.LINES : ProgressDisplay.auto(environment);
            case bar -> ProgressDisplay.Mode.BAR;
            case lines -> ProgressDisplay.Mode.LINES;
            case none -> ProgressDisplay.Mode.NONE;
        };
    }

    static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new EditionLauncher.InvalidRequest("--date '" + text + "' is not a real date; write it as YYYY-MM-DD, "
                    + "such as 2020-11-20");
        }
    }

    static List<OutputFormat> parseFormats(List<String> names) {
        if (names.isEmpty()) {
            return List.of(OutputFormat.values());
        }
        List<OutputFormat> formats = new ArrayList<>();
        for (String name : names) {
            OutputFormat format = OutputFormat.fromExtension(name.strip()).orElseThrow(() ->
                    new EditionLauncher.InvalidRequest("unknown format '" + name + "'; use html, md or txt"));
            if (!formats.contains(format)) {
                formats.add(format);
            }
        }
        return formats;
    }

    /**
     * Where the launcher script keeps the digests of project files that passed the check, beside
     * the program it built ({@code target/.checked/}): a run into a new output folder need not check
     * the same files again. None when the program was not started by the launcher.
     */
    static Optional<Path> checkedDigests(Map<String, String> environment) {
        String home = environment.get("BRIEFINGS_HOME");
        if (home == null || home.isBlank() || !Files.isDirectory(Path.of(home, "target"))) {
            return Optional.empty();
        }
        return Optional.of(Path.of(home, "target", ".checked"));
    }
}
