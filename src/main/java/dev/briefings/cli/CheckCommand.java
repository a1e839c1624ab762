package dev.briefings.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import dev.briefings.edition.runs.Outcome;
import dev.briefings.i18n.TranslationCheck;
import dev.briefings.edition.ProbeBook;
import dev.briefings.edition.ProjectCheck;
import dev.briefings.i18n.Translations;
import dev.briefings.render.TemplateSet;

/** {@code briefings check}: the translators' check, without running the job. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Checks every locale's messages and glossary against the English reference, and every template, "
                    + "with the checks translation tools run (missing and obsolete keys, ICU syntax, arguments, plural"
                    + " and select branches, case forms and genders, whitespace, quotes, a render of every message) "
                    + "and reports each finding with file, line, key, check id and what to do. Writes nothing.",
            "%nExit codes: 0 clean, 1 warnings with --strict, 2 errors."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./briefings check",
            "  ./briefings check --locale ru --strict",
            "  ./briefings check --coverage --format json > coverage.json",
            "  ./briefings check --probes probes/    # then read probes/ru.md line by line"})
final class CheckCommand implements Callable<Integer> {

    /** The format findings are printed in. */
    enum Format { text, json }

    @ParentCommand
    BriefingsCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ProjectFolders folders = new ProjectFolders();

    @Option(names = "--locale", paramLabel = "LOCALE", split = ",",
            description = "Report on these locales only (default: every locale; the English reference is always read).")
    List<String> locales = List.of();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--strict", description = "Exit 1 when there are warnings (and no errors).")
    boolean strict;

    @Option(names = "--coverage", description = "Also report, per locale, how many messages, glossary entries and event "
            + "kinds are translated, and which are missing.")
    boolean coverage;

    @Option(names = "--reference-page", paramLabel = "FILE",
            description = "Write a Markdown page of every English message with its note and arguments, for translators.")
    Path referencePage;

    @Option(names = "--probes", paramLabel = "DIR",
            description = "Also tell every event kind from generated records (each optional part present and absent, every "
                    + "gender and number, counts 0, 1, 2, 5, 11, 21, 22, 101, 111, 1000, exact and approximate) in every "
                    + "locale and format, check each story (placeholders, numbers for absent values, a phrase twice in a "
                    + "sentence, spacing, final punctuation, Latin words in Cyrillic), and write one review page per "
                    + "locale, DIR/<locale>.md. Problems are errors.")
    Path probes;

    @Override
    public Integer call() throws Exception {
        Path project = parent.project();
        Path translationsFolder = folders.translations(project);
        Path templatesFolder = folders.templates(project);
        Path eventsFolder = folders.events(project);
        ProjectFolders.requireLocales(translationsFolder, locales);
        if (referencePage != null) {
            Files.writeString(referencePage, new TranslationCheck(translationsFolder, Optional.empty()).referencePage(),
                    StandardCharsets.UTF_8);
            spec.commandLine().getErr().println("Wrote the reference page for translators to " + referencePage);
        }
        Set<String> only = new HashSet<>(locales);
        ProjectCheck.Report report = ProjectCheck.run(translationsFolder, templatesFolder,
                Files.isDirectory(eventsFolder) ? Optional.of(eventsFolder) : Optional.empty(), only);
        FindingsReport findings = new FindingsReport(project);
        if (format == Format.json) {
            findings.json(spec.commandLine().getOut(), report, coverage);
        } else {
            findings.text(spec.commandLine().getOut(), report, coverage);
        }
        if (!report.errors().isEmpty()) {
            if (probes != null) {
                spec.commandLine().getErr().println("The probe book was not written: fix the errors first.");
            }
            return Outcome.EXIT_INVALID;
        }
        if (probes != null) {
            long started = System.nanoTime();
            ProbeBook.Result book = ProbeBook.run(Translations.load(translationsFolder), new TemplateSet(templatesFolder),
                    Optional.of(probes));
            var out = spec.commandLine().getOut();
            for (ProbeBook.Failure failure : book.failures()) {
                out.println("probe: error " + failure.describe());
            }
            out.printf("Probe book: %d records of %d kinds told in every locale, %d pages rendered, %d problem%s; "
                    + "review pages: %s (%.1f s).%n", book.probes(), book.kinds(), book.renders(), book.failures().size(),
                    book.failures().size() == 1 ? "" : "s",
                    String.join(", ", book.pages().stream().map(Path::toString).toList()),
                    (System.nanoTime() - started) / 1e9);
            if (!book.failures().isEmpty()) {
                return Outcome.EXIT_INVALID;
            }
        }
        return strict && !report.warnings().isEmpty() ? Outcome.EXIT_FAILED : Outcome.EXIT_OK;
    }
}
