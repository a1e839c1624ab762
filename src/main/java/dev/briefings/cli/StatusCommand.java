package dev.briefings.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import dev.briefings.edition.runs.Outcome;
import dev.briefings.edition.EditionLauncher;
import dev.briefings.edition.runs.RunHistory;


/** {@code briefings status}: the recent runs, from the job repository. */
@Command(name = "status",
        mixinStandardHelpOptions = true,
        description = {"Lists the most recent runs from the job repository, newest first: edition, generation, status, "
                + "start and end, records, stories and rejected records, and the exit code the run gave."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./briefings status",
            "  ./briefings status --date 2020-11-20",
            "  BRIEFINGS_REPOSITORY_URL=jdbc:postgresql://db/briefings \\",
            "      ./briefings status --limit 50"})
final class StatusCommand implements Callable<Integer> {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    @ParentCommand
    BriefingsCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    RepositoryOptions repository = new RepositoryOptions();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Only the runs of this edition.")
    String date;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "How many runs (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        Path project = parent.project();
        Path output = repository.output(project);
        Optional<LocalDate> edition = Optional.ofNullable(date).map(RunCommand::parseDate);
        if (limit < 1) {
            throw new EditionLauncher.InvalidRequest("--limit " + limit + " shows no run; give 1 or more");
        }
        PrintWriter out = spec.commandLine().getOut();
        ProjectConfig configuration = repository.config(project);
        Optional<RunHistory> history = RunHistory.open(configuration.repository(), output, configuration.stuckAfter());
        if (history.isEmpty()) {
            out.println("No runs yet: " + EditionLauncher.display(output) + " has no job repository.");
            out.flush();
            return Outcome.EXIT_OK;
        }
        try (RunHistory runs = history.get()) {
            RunHistory.Listing listing = runs.list(edition, limit);
            print(out, listing.runs());
            listing.notes().forEach(out::println);
            out.flush();
        }
        return Outcome.EXIT_OK;
    }

    static void print(PrintWriter out, List<RunHistory.Run> runs) {
        if (runs.isEmpty()) {
            out.println("No runs.");
            out.flush();
            return;
        }
        out.println(String.format(Locale.ROOT, "%-10s %-4s %-9s %-19s  %-19s %9s %7s %7s %8s %4s", "edition", "gen",
                "status", "started", "ended", "took", "records", "stories", "rejected", "exit"));
        for (RunHistory.Run run : runs) {
            out.println(String.format(Locale.ROOT, "%-10s %-4d %-9s %-19s  %-19s %9s %7d %7d %8d %4s", run.edition(),
                    run.generation(), run.status(), TIME.format(run.started()), run.ended().map(TIME::format).orElse("—"),
                    String.format(Locale.ROOT, "%.1f s", run.duration().toMillis() / 1000.0), run.records(), run.stories(),
                    run.rejected(), run.exitCode().map(String::valueOf).orElse("—")));
        }
        for (RunHistory.Run run : runs) {
            run.note().ifPresent(note -> out.println(run.edition() + " generation " + run.generation() + ": " + note));
        }
        out.flush();
    }
}
