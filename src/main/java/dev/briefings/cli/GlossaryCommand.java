package dev.briefings.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import dev.briefings.edition.runs.Outcome;
import dev.briefings.i18n.GlossaryFill;

/** {@code briefings glossary --fill ru}: writes generated case forms into a glossary for review. */
@Command(name = "glossary",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the case forms the locale's inflector generates for names given in the nominative only (and the "
                    + "gender it reads off a name's head noun) into translations/<locale>/glossary.yaml, in full form, "
                    + "so that a translator reviews them in the file and commits them. Only the filled fields change; "
                    + "comments, order and entries written by hand stay. A run uses exactly these forms, so filling "
                    + "changes nothing that is published.",
            "%nExit codes: 0 done (or nothing to fill), 2 invalid invocation or project files."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./briefings glossary --fill ru --dry-run    # list what would be written",
            "  ./briefings glossary --fill ru && git diff translations/ru/glossary.yaml"})
final class GlossaryCommand implements Callable<Integer> {

    @ParentCommand
    BriefingsCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ProjectFolders folders = new ProjectFolders();

    @Option(names = "--fill", paramLabel = "LOCALE", required = true,
            description = "The locale whose glossary to fill (one with inflection: in its locale.yaml, such as ru).")
    String locale;

    @Option(names = "--dry-run", description = "List what would be written; change no file.")
    boolean dryRun;

    @Override
    public Integer call() {
        Path translations = folders.translations(parent.project());
        ProjectFolders.requireLocales(translations, List.of(locale));
        GlossaryFill.Result result = GlossaryFill.fill(translations, locale, !dryRun);
        PrintWriter out = spec.commandLine().getOut();
        Path shown = parent.project().toAbsolutePath().relativize(result.file().toAbsolutePath());
        for (GlossaryFill.Change change : result.changes()) {
            out.println(shown + ":" + change.line() + ": " + change.key() + ": " + change.description());
        }
        for (GlossaryFill.Change skipped : result.skipped()) {
            out.println(shown + ":" + skipped.line() + ": " + skipped.key() + ": not filled: " + skipped.description());
        }
        int count = result.changes().size();
        if (count == 0) {
            out.println("Nothing to fill in " + shown + ": every name is written in full.");
        } else {
            out.printf("%s %d field%s in %s%s.%n", dryRun ? "Would fill" : "Filled", count, count == 1 ? "" : "s", shown,
                    dryRun ? "" : "; review the forms (git diff) and commit them");
        }
        return Outcome.EXIT_OK;
    }
}
