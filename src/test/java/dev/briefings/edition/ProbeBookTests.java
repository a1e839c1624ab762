package dev.briefings.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefings.TestProject;
import dev.briefings.events.Count;
import dev.briefings.events.EventKind;
import dev.briefings.i18n.ProbeRecords;
import dev.briefings.i18n.Translations;

/** The probe book over every shipped kind and locale: what it tries, and that nothing it tries reads wrong. */
class ProbeBookTests {

    private static final Translations TRANSLATIONS = TestProject.translations();

    @Test
    void everyShippedKind_inEveryLocaleAndFormat_passesTheProbes(@TempDir Path pages) throws Exception {
        ProbeBook.Result result = ProbeBook.run(TRANSLATIONS, TestProject.templates(), Optional.of(pages));

        assertThat(result.failures()).extracting(ProbeBook.Failure::describe).isEmpty();
        assertThat(result.kinds()).isEqualTo(TRANSLATIONS.kinds().all().size());
        assertThat(result.renders()).isEqualTo(result.probes() * TRANSLATIONS.localeIds().size() * 3);
        for (String locale : TRANSLATIONS.localeIds()) {
            String page = Files.readString(pages.resolve(locale + ".md"));
            TRANSLATIONS.kinds().ids().forEach(kind -> assertThat(page).contains("\n## " + kind + "\n"));
        }
    }

    @Test
    void probes_coverEveryOptionalPart_everyCountSample_andEveryQualifier() {
        List<ProbeRecords.Probe> probes = ProbeRecords.of(TRANSLATIONS, ProbeBook.EDITION);

        for (EventKind kind : TRANSLATIONS.kinds().all()) {
            List<ProbeRecords.Probe> mine = probes.stream().filter(p -> p.kind().equals(kind.id())).toList();
            for (EventKind.Role role : kind.roles().values()) {
                if (role.min() == 0) {
                    assertThat(mine).as(kind.id() + " without " + role.name()).anyMatch(p -> p.record().role(role.name()).isEmpty());
                }
                assertThat(mine).as(kind.id() + " with " + role.name()).anyMatch(p -> !p.record().role(role.name()).isEmpty());
            }
            for (EventKind.CountSpec count : kind.counts().values()) {
                for (BigDecimal sample : ProbeRecords.SAMPLES) {
                    if (sample.signum() == 0 && !count.zero() || count.max().filter(max -> sample.compareTo(max) > 0).isPresent()) {
                        continue;
                    }
                    assertThat(mine).as(kind.id() + " " + count.name() + " = " + sample).anyMatch(p -> p.record().counts()
                            .containsKey(count.name()) && p.record().counts().get(count.name()).value().compareTo(sample) == 0);
                }
                if (!count.exact()) {
                    for (Count.Approximation approximation : Count.Approximation.values()) {
                        assertThat(mine).as(kind.id() + " " + count.name() + " " + approximation).anyMatch(p -> p.record()
                                .counts().containsKey(count.name())
                                && p.record().counts().get(count.name()).approximation() == approximation);
                    }
                }
                if (!count.required()) {
                    assertThat(mine).as(kind.id() + " without " + count.name())
                            .anyMatch(p -> !p.record().counts().containsKey(count.name()));
                }
            }
            for (EventKind.AttributeSpec attribute : kind.attributes().values()) {
                for (String value : attribute.values()) {
                    assertThat(mine).as(kind.id() + " " + attribute.name() + " = " + value)
                            .anyMatch(p -> value.equals(p.record().attributes().get(attribute.name())));
                }
            }
        }
    }
}
