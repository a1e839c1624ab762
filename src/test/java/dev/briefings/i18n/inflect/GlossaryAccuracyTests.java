package dev.briefings.i18n.inflect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.briefings.data.MapNode;
import dev.briefings.data.Node;
import dev.briefings.data.ProjectFiles;
import dev.briefings.data.ScalarNode;
import dev.briefings.events.Entities;

/**
 * The shipped Russian glossary stripped to nominatives: every case form generated from the
 * nominative is compared with the one a translator wrote. The figure is printed; the README's
 * "Russian case forms" section lists the misses and why.
 */
class GlossaryAccuracyTests {

    private static final Path TRANSLATIONS = Path.of("translations");

    /** A generated form that differs from the written one. */
    record Miss(String key, String grammaticalCase, String written, String generated) {
    }

    @Test
    void generatedForms_matchTheHandWrittenGlossary_atLeast98PercentOfForms() {
        // given: every entry of the Russian glossary written with all six cases
        Entities entities = Entities.load(TRANSLATIONS.resolve("entities.yaml"));
        MapNode glossary = new ProjectFiles().optionalMap(TRANSLATIONS.resolve("ru/glossary.yaml")).orElseThrow().node();
        RussianInflector inflector = new RussianInflector();
        int compared = 0;
        List<Miss> misses = new ArrayList<>();

        // when: each is generated from its nominative alone
        for (MapNode.Field entry : glossary.fields()) {
            Entities.Entity entity = entities.get(entry.key());
            MapNode fields = (MapNode) entry.value();
            Optional<String> gender = fields.get("gender").map(n -> ((ScalarNode) n).text());
            for (MapNode.Field field : fields.fields()) {
                if (!(field.value() instanceof MapNode written)) {
                    continue;
                }
                Map<String, Node> forms = written.asMap();
                String nominative = ((ScalarNode) forms.get("nom")).text();
                RussianInflector.Inflection generated = switch (field.key()) {
                    case "given" -> inflector.personName(nominative, NamePart.GIVEN, entity.gender().orElseThrow());
                    case "surname" -> inflector.personName(nominative, NamePart.SURNAME, entity.gender().orElseThrow());
                    default -> inflector.phrase(nominative, gender, entity.type().equals("group"));
                };
                for (String grammaticalCase : RussianInflector.CASES.subList(1, RussianInflector.CASES.size())) {
                    String expected = ((ScalarNode) forms.get(grammaticalCase)).text();
                    compared++;
                    if (!expected.equals(generated.forms().get(grammaticalCase))) {
                        misses.add(new Miss(entry.key() + "." + field.key(), grammaticalCase, expected,
                                generated.forms().get(grammaticalCase)));
                    }
                }
            }
        }

        // then
        double accuracy = 100.0 * (compared - misses.size()) / compared;
        System.out.printf("Russian case forms generated from the nominative: %d of %d identical to the glossary (%.1f%%)%n",
                compared - misses.size(), compared, accuracy);
        misses.forEach(m -> System.out.printf("  miss %-45s %s  written «%s»  generated «%s»%n", m.key(), m.grammaticalCase(),
                m.written(), m.generated()));
        assertThat(compared).as("forms compared").isGreaterThan(500);
        assertThat(accuracy).as("share of identical forms, misses: " + misses).isGreaterThanOrEqualTo(98.0);
    }

    @Test
    void generatedForms_matchAHeldOutAnswerKey_writtenWithoutSeeingTheGenerator() {
        // given: names of other nights (organisations, places, titles, groups, topics) with every
        // case written by an editor who did not see the generator's output
        MapNode key = new ProjectFiles().optionalMap(Path.of("src/test/resources/inflection/heldout-ru.yaml"))
                .orElseThrow().node();
        RussianInflector inflector = new RussianInflector();
        int compared = 0;
        int genders = 0;
        List<Miss> misses = new ArrayList<>();
        List<String> genderMisses = new ArrayList<>();

        // when: each is generated from its nominative, once with its gender and once inferring it
        for (MapNode.Field entry : key.fields()) {
            MapNode fields = (MapNode) entry.value();
            String gender = ((ScalarNode) fields.get("gender").orElseThrow()).text();
            Map<String, Node> forms = ((MapNode) fields.get("forms").orElseThrow()).asMap();
            String nominative = ((ScalarNode) forms.get("nom")).text();
            boolean people = ((ScalarNode) fields.get("kind").orElseThrow()).text().equals("group");
            RussianInflector.Inflection generated = inflector.phrase(nominative, Optional.of(gender), people);
            for (String grammaticalCase : RussianInflector.CASES.subList(1, RussianInflector.CASES.size())) {
                String expected = ((ScalarNode) forms.get(grammaticalCase)).text();
                compared++;
                if (!expected.equals(generated.forms().get(grammaticalCase))) {
                    misses.add(new Miss(entry.key(), grammaticalCase, expected, generated.forms().get(grammaticalCase)));
                }
            }
            genders++;
            Optional<String> inferred = inflector.phrase(nominative, Optional.empty(), people).gender();
            if (!inferred.equals(Optional.of(gender))) {
                genderMisses.add(entry.key() + " «" + nominative + "»: " + gender + ", inferred " + inferred.orElse("none"));
            }
        }

        // then
        double accuracy = 100.0 * (compared - misses.size()) / compared;
        System.out.printf("Held-out Russian names: %d of %d forms identical to the answer key (%.1f%%); gender read off "
                + "the head noun for %d of %d%n", compared - misses.size(), compared, accuracy,
                genders - genderMisses.size(), genders);
        misses.forEach(m -> System.out.printf("  miss %-45s %s  written «%s»  generated «%s»%n", m.key(), m.grammaticalCase(),
                m.written(), m.generated()));
        genderMisses.forEach(m -> System.out.println("  gender " + m));
        assertThat(compared).as("forms compared").isGreaterThan(400);
        assertThat(accuracy).as("share of identical forms, misses: " + misses).isGreaterThanOrEqualTo(95.0);
    }
}
