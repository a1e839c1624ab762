package dev.briefings.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import dev.briefings.edition.runs.Outcome;
import dev.briefings.i18n.Translations;
import dev.briefings.render.OutputFormat;
import dev.briefings.render.TemplateSet;
import dev.briefings.edition.EditionLauncher;
import dev.briefings.edition.Preview;

/** {@code briefings preview}: prints one rendered brief, for translators and editors. */
@Command(name = "preview",
        mixinStandardHelpOptions = true,
        description = {
            "Prints one story's brief in one locale and format, without running the job or writing anything."
                    + " Dates are told as of the story's own edition (the day its source reported it) unless --date is"
                    + " given."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./briefings preview 2020-11-19-rosgvardia-belarus-agreement --locale ru",
            "  ./briefings preview 2020-11-20-russia-coronavirus-cases --locale en \\",
            "      --format md",
            "  ./briefings preview 2020-08-27-putin-police-reserve --locale ru \\",
            "      --date 2020-11-20"})
final class PreviewCommand implements Callable<Integer> {

    @ParentCommand
    BriefingsCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ProjectFolders folders = new ProjectFolders();

    @Parameters(index = "0", paramLabel = "RECORD-ID", description = "The id of the record to show.")
    String id;

    @Option(names = "--locale", required = true, paramLabel = "LOCALE", description = "The locale, such as en or ru.")
    String locale;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "txt",
            description = "html, md or txt (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The edition date that relative dates are told from (default: the story's own edition).")
    String date;

    @Override
    public Integer call() throws Exception {
        Path project = parent.project();
        OutputFormat outputFormat = OutputFormat.fromExtension(format).orElseThrow(() ->
                new EditionLauncher.InvalidRequest("unknown format '" + format + "'; use html, md or txt"));
        Translations loaded = Translations.load(folders.translations(project));
        TemplateSet templateSet = new TemplateSet(folders.templates(project));
        String brief = new Preview(loaded, templateSet).render(folders.events(project), id,
                locale, outputFormat, Optional.ofNullable(date).map(RunCommand::parseDate));
        spec.commandLine().getOut().print(brief);
        spec.commandLine().getOut().flush();
        return Outcome.EXIT_OK;
    }
}
