package dev.briefings.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.briefings.data.FieldProblem;
import dev.briefings.events.EventFiles;
import dev.briefings.events.EventRecord;
import dev.briefings.events.RecordSet;
import dev.briefings.events.RecordValidator;
import dev.briefings.i18n.Translations;
import dev.briefings.render.OutputFormat;
import dev.briefings.render.PageView;
import dev.briefings.render.TemplateSet;
import dev.briefings.edition.job.RenderedStory;
import dev.briefings.edition.job.StoryItem;
import dev.briefings.edition.job.StoryRenderer;

/**
 * The limit the job is measured against: the same parse, checks, formatting, rendering and
 * writing of every brief page and whole-edition document, in a plain loop with no batch
 * framework, no job repository, no staging and no restart. Stories are rendered and written on
 * every core, like the job's render step. It holds everything in memory, which the job may not.
 * <p>
 * {@code BareLoop <project> <events> <output> <date>}: prints the records read and the seconds taken.
 */
public final class BareLoop {

    private BareLoop() {
    }

    public static void main(String[] args) throws IOException {
        long started = System.nanoTime();
        Path project = Path.of(args[0]);
        Path events = Path.of(args[1]);
        Path output = Path.of(args[2]);
        LocalDate edition = LocalDate.parse(args[3]);
        Translations translations = Translations.load(project.resolve("translations"));
        TemplateSet templates = new TemplateSet(project.resolve("templates"));
        List<String> locales = translations.localeIds();
        List<OutputFormat> formats = List.of(OutputFormat.values());

        RecordValidator validator = new RecordValidator(translations.kinds(), translations.entities());
        EventFiles files = new EventFiles(events);
        List<EventRecord> valid = new ArrayList<>();
        int read = 0;
        for (String file : files.list()) {
            try (EventFiles.Cursor cursor = files.open(file)) {
                for (Optional<EventFiles.Item> item = cursor.next(); item.isPresent(); item = cursor.next()) {
                    if (item.get().record().isEmpty()) {
                        continue;
                    }
                    read++;
                    try {
                        valid.add(validator.validate(item.get().record().get().node(), item.get().record().get().origin()));
                    } catch (FieldProblem problem) {
                        // counted as read, left out, as the job would
                    }
                }
            }
        }
        RecordSet records = RecordSet.resolve(valid, new HashSet<>());
        List<EventRecord> stories = records.storiesOf(edition, ZoneId.of("Europe/Moscow"));
        List<EventRecord> background = new ArrayList<>();
        stories.forEach(s -> background.addAll(records.backgroundOf(s)));

        StoryRenderer renderer = new StoryRenderer(translations, templates, background, locales, formats, edition);
        for (String locale : locales) {
            Files.createDirectories(output.resolve(RenderedStory.briefPath(locale, "x", "txt")).getParent());
        }
        ThreadLocal<StoryRenderer> renderers = ThreadLocal.withInitial(renderer::forAnotherThread);
        List<RenderedStory> rendered = java.util.stream.IntStream.range(0, stories.size()).parallel().mapToObj(i -> {
            RenderedStory story = renderers.get().render(new StoryItem(i, stories.get(i)));
            try {
                for (RenderedStory.Brief brief : story.briefs()) {
                    Files.write(output.resolve(brief.path()), brief.page().getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return story;
        }).toList();

        for (String locale : locales) {
            for (OutputFormat format : formats) {
                List<PageView.Entry> entries = new ArrayList<>();
                for (RenderedStory story : rendered) {
                    for (RenderedStory.Brief brief : story.briefs()) {
                        if (brief.locale().equals(locale) && brief.format().equals(format.extension())) {
                            entries.add(new PageView.Entry(brief.fragment().anchor(), brief.fragment().headline(),
                                    brief.fragment().body()));
                        }
                    }
                }
                PageView page = new PageView(renderer.languageTag(locale), renderer.direction(locale),
                        renderer.editionTitle(locale), renderer.editionTitle(locale), entries, entries.isEmpty(), renderer.labels(locale));
                try (Writer out = Files.newBufferedWriter(output.resolve(RenderedStory.editionPath(locale, format.extension())))) {
                    templates.render(locale, format, "edition", page, out);
                }
            }
        }
        System.out.printf(Locale.ROOT, "bare loop: %d records, %d stories, %.2f s%n", read, stories.size(),
                (System.nanoTime() - started) / 1e9);
    }
}
