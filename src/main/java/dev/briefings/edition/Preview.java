package dev.briefings.edition;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.briefings.data.FieldProblem;
import dev.briefings.events.EventFiles;
import dev.briefings.events.EventRecord;
import dev.briefings.events.RawRecord;
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
        RecordSet records = load(events, id);
        EventRecord record = records.find(id).orElseThrow();
        LocalDate edition = date.orElse(record.editionDate());
        StoryRenderer renderer = new StoryRenderer(translations, templates, records.backgroundOf(record),
                List.of(locale), List.of(format), edition);
        return renderer.render(new StoryItem(0, record)).briefs().get(0).page();
    }

    private RecordSet load(Path events, String id) throws IOException {
        EventFiles files = new EventFiles(events);
        RecordValidator validator = new RecordValidator(translations.kinds(), translations.entities());
        List<EventRecord> valid = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        Set<String> rejectedIds = new HashSet<>();
        for (String file : files.list()) {
            EventFiles.Contents contents = files.read(file);
            contents.rejection().ifPresent(rejected::add);
            for (RawRecord raw : contents.records()) {
                try {
                    valid.add(validator.validate(raw.node(), raw.origin()));
                } catch (FieldProblem problem) {
                    Optional<String> rejectedId = RecordValidator.idOf(raw.node());
                    rejectedId.ifPresent(rejectedIds::add);
                    rejected.add(new Rejection(raw.origin().file(), problem.position(), rejectedId, problem.describe()));
                }
            }
        }
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
}
