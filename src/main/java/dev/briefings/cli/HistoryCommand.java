package dev.briefings.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import dev.briefings.edition.runs.Outcome;
import dev.briefings.edition.EditionLauncher;
import dev.briefings.edition.runs.RunHistory;


/** {@code briefings history}: every run, and purging old job metadata. */
@Command(name = "history",
        mixinStandardHelpOptions = true,
        description = {"Lists every run in the job repository, or with --purge-older-than deletes the runs (job "
                + "instances with their executions and contexts) that all ended before that age. Running and "
                + "unfinished runs are never deleted. Published editions are not touched."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./briefings history",
            "  ./briefings history --purge-older-than 90d --dry-run",
            "  ./briefings history --purge-older-than 90d"})
final class HistoryCommand implements Callable<Integer> {

    @ParentCommand
    BriefingsCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    RepositoryOptions repository = new RepositoryOptions();

    @Option(names = "--purge-older-than", paramLabel = "AGE",
            description = "Delete runs that ended more than this long ago: a number and d (days), w (weeks) or h (hours), "
                    + "such as 90d.")
    String purgeOlderThan;

    @Option(names = "--dry-run", description = "With --purge-older-than: list what would be deleted, delete nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        Path project = parent.project();
        Optional<Duration> age = Optional.ofNullable(purgeOlderThan).map(HistoryCommand::parseAge);
        PrintWriter out = spec.commandLine().getOut();
        ProjectConfig configuration = repository.config(project);
        Optional<RunHistory> history = RunHistory.open(configuration.repository(), repository.output(project),
                configuration.stuckAfter());
        if (history.isEmpty()) {
            out.println("No runs yet: " + EditionLauncher.display(repository.output(project)) + " has no job repository.");
            out.flush();
            return Outcome.EXIT_OK;
        }
        try (RunHistory runs = history.get()) {
            if (age.isEmpty()) {
                RunHistory.Listing listing = runs.list(Optional.empty(), Integer.MAX_VALUE);
                StatusCommand.print(out, listing.runs());
                listing.notes().forEach(out::println);
                out.flush();
                return Outcome.EXIT_OK;
            }
            LocalDateTime cutoff = LocalDateTime.now().minus(age.get());
            RunHistory.Purge purge = runs.purge(cutoff, dryRun);
            List<RunHistory.Run> purged = purge.runs();
            if (!purged.isEmpty()) {
                // (the table says "No runs." when empty: here that would read as if the history were empty)
                StatusCommand.print(out, purged);
            }
            out.println((dryRun ? "Would delete " : "Deleted ") + purged.size() + " run" + (purged.size() == 1 ? "" : "s")
                    + " that ended before " + StatusCommand.TIME.format(cutoff) + ".");
            purge.busy().forEach(file -> out.println((dryRun ? "Would leave " : "Left ") + file
                    + " alone: a run is using it; purge again later."));
            out.flush();
        }
        return Outcome.EXIT_OK;
    }

    static Duration parseAge(String text) {
        return ProjectConfig.duration(text).orElseThrow(() -> new EditionLauncher.InvalidRequest("--purge-older-than '"
                + text + "' is not an age; write a number and d, w or h, such as 90d"));
    }
}
