package dev.briefings.i18n;

import java.time.LocalDate;
import java.util.List;

import dev.briefings.TestProject;
import dev.briefings.data.Position;
import dev.briefings.data.TreeReader;
import dev.briefings.events.EventRecord;
import dev.briefings.events.Origin;
import dev.briefings.events.RecordValidator;

/** Builds records from YAML and tells them with a set of translations, for the localization tests. */
final class Stories {

    static final LocalDate EDITION = TestProject.SAMPLE_EDITION; // a Friday

    private final Translations translations;

    Stories(Translations translations) {
        this.translations = translations;
    }

    /** A cases.reported record of Russia's coronavirus figures with the given counts, such as {@code {cases: 5}}. */
    static String cases(String counts) {
        return """
                id: cases
                kind: cases.reported
                date: 2020-11-20
                place: moscow
                participants: {reporter: russia-coronavirus-center, country: russia, disease: coronavirus}
                counts: %s
                """.formatted(counts);
    }

    static Stories shipped() {
        return new Stories(TestProject.translations());
    }

    EventRecord record(String yaml) {
        try {
            return new RecordValidator(translations.kinds(), translations.entities())
                    .validate(new TreeReader().readYaml(yaml).orElseThrow(), new Origin("test.yaml", Position.START, 1));
        } catch (Exception e) {
            throw new AssertionError("test record is invalid: " + e.getMessage(), e);
        }
    }

    LocalizedStory tell(String locale, String yaml, String... background) {
        List<EventRecord> earlier = java.util.Arrays.stream(background).map(this::record).toList();
        return new StoryLocalizer(translations, locale).localize(record(yaml), earlier, EDITION);
    }

    /** The first body paragraph: the kind's sentences. */
    String lede(String locale, String yaml) {
        return tell(locale, yaml).body().get(0);
    }
}
