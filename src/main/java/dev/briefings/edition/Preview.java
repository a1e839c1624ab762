package dev.briefings.edition;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.briefings.data.FieldProblem;
import dev.briefings.events.EventFiles;
import dev.briefings.events.EventRecord;
import dev.briefings.events.RecordSet;
import dev.briefings.events.RecordValidator;
import dev.briefings.events.Rejection;
import dev.briefings.i18n.Translations;
import dev.briefings.render.OutputFormat;
import dev.briefings.render.TemplateSet;
import dev.briefings.edition.job.StoryItem;
import dev.briefings.edition.job.StoryRenderer;

/**
 * One story rendered on demand, without the job or its repository: what a translator checks
 * after changing a message. The story is told as of its own edition unless a date is given.
 */
public final class Preview {

    private final Translations translations;
    private final TemplateSet templates;

    public Preview(Translations translations, TemplateSet templates) {
        this.translations = translations;
        this.templates = templates;
    }

    public String render(Path events, String id, String locale, OutputFormat format, Optional<LocalDate> date)
            throws IOException {
        if (!translations.hasLocale(locale)) {
            throw new EditionLauncher.InvalidRequest("unknown locale '" + locale + "'; locales with translations: "
                    + String.join(", ", translations.localeIds()));
        }
        templates.check(List.of(locale));
        RecordSet summaries = load(events, id);
        EventRecord summary = summaries.find(id).orElseThrow();
        LocalDate edition = date.orElse(summary.editionDate());
        Set<String> wanted = new HashSet<>();
        wanted.add(id);
        summaries.backgroundOf(summary).forEach(b -> wanted.add(b.id()));
        Map<String, EventRecord> full = fullRecords(events, wanted);
        EventRecord record = full.get(id);
        List<EventRecord> background = summaries.backgroundOf(summary).stream().map(b -> full.get(b.id())).toList();
        StoryRenderer renderer = new StoryRenderer(translations, templates, background, List.of(locale), List.of(format),
                edition);
        return renderer.render(new StoryItem(0, record)).briefs().get(0).page();
    }

    /**
     * The checks across records, made on summaries read record by record (as the run's plan step
     * does), so that a large events folder needs little memory.
     */
    private RecordSet load(Path events, String id) throws IOException {
        EventFiles files = new EventFiles(events);
        RecordValidator validator = new RecordValidator(translations.kinds(), translations.entities());
        List<EventRecord> valid = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        Set<String> rejectedIds = new HashSet<>();
        files.forEachItem(item -> {
            item.rejection().ifPresent(rejected::add);
            item.record().ifPresent(raw -> {
                try {
                    EventRecord record = validator.validate(raw.node(), raw.origin());
                    Optional<String> untellable = translations.needs().problem(record);
                    if (untellable.isPresent()) {
                        rejectedIds.add(record.id());
                        rejected.add(new Rejection(raw.origin().file(), raw.origin().position(), Optional.of(record.id()),
                                untellable.get()));
                        return;
                    }
                    valid.add(record.summary());
                } catch (FieldProblem problem) {
                    Optional<String> rejectedId = RecordValidator.idOf(raw.node());
                    rejectedId.ifPresent(rejectedIds::add);
                    rejected.add(new Rejection(raw.origin().file(), problem.position(), rejectedId, problem.describe()));
                }
            });
        });
        RecordSet records = RecordSet.resolve(valid, rejectedIds);
        rejected.addAll(records.rejections());
        for (Rejection rejection : rejected) {
            if (rejection.id().filter(id::equals).isPresent()) {
                throw new EditionLauncher.InvalidRequest("record '" + id + "' is rejected: " + rejection.describe());
            }
        }
        if (records.find(id).isEmpty()) {
            throw new EditionLauncher.InvalidRequest("no record with id '" + id + "' in " + events);
        }
        return records;
    }

    /** The full records of the given ids, read again record by record. */
    private Map<String, EventRecord> fullRecords(Path events, Set<String> ids) throws IOException {
        RecordValidator validator = new RecordValidator(translations.kinds(), translations.entities());
        Map<String, EventRecord> found = new HashMap<>();
        new EventFiles(events).forEachItem(item -> item.record()
                .filter(raw -> RecordValidator.idOf(raw.node()).filter(ids::contains).isPresent())
                .ifPresent(raw -> {
                    try {
                        EventRecord record = validator.validate(raw.node(), raw.origin());
                        found.put(record.id(), record);
                    } catch (FieldProblem problem) {
                        // rejected in the first pass, and then never asked for
                    }
                }));
        return found;
    }
}
