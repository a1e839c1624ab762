package dev.briefings.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import dev.briefings.edition.EditionLauncher;
import dev.briefings.edition.review.EditionChanges;
import dev.briefings.edition.review.ReviewPage;
import dev.briefings.edition.review.TerminalDiff;
import dev.briefings.edition.runs.Outcome;
import dev.briefings.render.OutputFormat;

/** {@code briefings diff}: what changed in a published edition since the generation published before it. */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "Shows the duty editor what changed in a published edition since the generation published before it, as "
                    + "its manifest's changes list them: for each locale, each story added, changed or removed, with a "
                    + "word diff of its page (deleted words [-like this-], inserted ones {+like this+}, or in red and "
                    + "green on a terminal) and a line of context around each change; then one line of counts per locale."
                    + " Reads the published files only; writes nothing but the --html page.",
            "%nExit codes: 0 differences shown (or none, or no previous generation to compare with), 1 a page could "
                    + "not be read (or a newer run removed a generation while it was read: run diff again), 2 invalid "
                    + "invocation (no such edition, locale or format; no output folder)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./briefings diff",
            "  ./briefings diff --date 2020-11-20 --locale ru",
            "  ./briefings diff --date 2020-11-20 --format md --color never | less",
            "  ./briefings diff --html review.html    # then open review.html, on a phone too"})
final class DiffCommand implements Callable<Integer> {

    /** Whether deleted and inserted words are coloured; {@code auto} asks the terminal and NO_COLOR. */
    enum Color { auto, always, never }

    @ParentCommand
    BriefingsCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--output", paramLabel = "DIR", description = "Where editions are published (default: output/).")
    Path output;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The edition (default: the most recent one published in the output folder).")
    String date;

    @Option(names = "--locale", split = ",", paramLabel = "LOCALE",
            description = "Show this locale; repeat the option or separate with commas (default: every locale of the edition).")
    List<String> locales = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "txt",
            description = "Which pages to compare: txt, md or html, one the edition was published in (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Write the word diff as a self-contained HTML page (UTF-8, readable on a phone) to FILE instead of "
                    + "showing it here; the terminal then shows the heading, the file written and the counts.")
    Path html;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour deleted words red and inserted ones green: auto (on a terminal, unless NO_COLOR is set or "
                    + "TERM=dumb), always or never; without colour they are marked [-old-] and {+new+} (default: ${DEFAULT-VALUE}).")
    Color color;

    @Override
    public Integer call() throws Exception {
        Path folder = output != null ? output : parent.project().resolve("output");
        EditionChanges changes = EditionChanges.open(folder, Optional.ofNullable(date).map(RunCommand::parseDate));
        List<String> shown = changes.locales(locales);
        OutputFormat pages = changes.format(format);
        if (html != null && Files.isDirectory(html)) {
            throw new EditionLauncher.InvalidRequest("--html " + html + " is a folder; name a file, such as review.html");
        }
        PrintWriter out = spec.commandLine().getOut();
        TerminalDiff terminal = new TerminalDiff(out, style(color, System.getenv(), System.console() != null));
        terminal.heading(changes, pages);
        if (html != null) {
            ReviewPage.write(html, changes, shown, pages, EditionLauncher.display(folder));
            out.println("Wrote the review page " + EditionLauncher.display(html));
        } else {
            terminal.stories(changes, shown, pages);
        }
        terminal.summaries(changes, shown);
        return Outcome.EXIT_OK;
    }

    /**
     * Colour or plain markers: {@code auto} colours when standard output is a terminal (the launcher
     * tells, as Java cannot; without it, a console), unless NO_COLOR is set (no-color.org) or TERM is dumb.
     */
    static TerminalDiff.Style style(Color color, Map<String, String> environment, boolean console) {
        boolean colour = switch (color) {
            case always -> true;
            case never -> false;
            case auto -> {
                String tty = environment.get("BRIEFINGS_STDOUT_TTY");
                boolean terminal = tty != null ? tty.equals("1") : console;
                yield terminal && environment.getOrDefault("NO_COLOR", "").isEmpty()
                        && !"dumb".equals(environment.get("TERM"));
            }
        };
        return colour ? TerminalDiff.Style.COLOUR : TerminalDiff.Style.PLAIN;
    }
}
