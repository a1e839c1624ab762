package dev.briefings.i18n;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.briefings.data.MapNode;
import dev.briefings.data.Node;
import dev.briefings.data.ScalarNode;
import dev.briefings.events.Entities;
import dev.briefings.i18n.inflect.NamePart;
import dev.briefings.i18n.inflect.RussianInflector;

/**
 * The case forms a locale's inflector ({@code inflection:} in {@code locale.yaml}) generates for a
 * glossary name written in the nominative only, and the gender it reads off a name's head noun.
 * The strict glossary load, the translators' check and {@code glossary --fill} share it, so all
 * three see the same forms. The dictionaries are read on first use only.
 */
final class CaseGenerator {

    /** What was generated for one field of an entry, described for the run summary and the check. */
    record Generated(String field, String description) {
    }

    private final LocaleSettings settings;
    private RussianInflector inflector;

    CaseGenerator(LocaleSettings settings) {
        this.settings = settings;
    }

    /** Whether the locale has cases and an inflector to fill them. */
    boolean available() {
        return settings.inflection().isPresent() && !settings.cases().isEmpty();
    }

    private RussianInflector inflector() {
        if (inflector == null) {
            inflector = new RussianInflector();
        }
        return inflector;
    }

    /** A person's given name or surname, by the person's gender. */
    RussianInflector.Inflection person(String nominative, NamePart part, String gender) {
        return inflector().personName(nominative, part, gender);
    }

    /**
     * Any other name (an organisation's, a place's, a title, a topic), with the entry's gender if
     * it gives one; {@code people} for an entity of type group («хуситы» declines as animate).
     */
    RussianInflector.Inflection phrase(String nominative, Optional<String> gender, boolean people) {
        return inflector().phrase(nominative, gender, people);
    }

    /** The gender the name's head noun shows, if it is one of the locale's genders. */
    Optional<String> inferGender(String nominative, boolean people) {
        return inflector().phrase(nominative, Optional.empty(), people).gender().filter(settings.genders()::contains);
    }

    /** The gender a name's head noun shows, given the entry's own (which settles a noun of two genders). */
    Optional<String> headGender(String nominative, String gender, boolean people) {
        return inflector().gender(nominative, Optional.of(gender), people).filter(settings.genders()::contains);
    }

    /** Whether an entity names people: its type is group. */
    static boolean people(Optional<Entities.Entity> entity) {
        return entity.map(e -> e.type().equals("group")).orElse(false);
    }

    Forms forms(RussianInflector.Inflection inflection) {
        return Forms.of(settings.cases(), new LinkedHashMap<>(inflection.forms()));
    }

    /** "name Минздрав → Минздрава, Минздраву, Минздрав, Минздравом, Минздраве (notes)". */
    static Generated describe(String field, RussianInflector.Inflection inflection) {
        Map<String, String> forms = inflection.forms();
        List<String> others = new ArrayList<>();
        forms.forEach((grammaticalCase, form) -> {
            if (!grammaticalCase.equals(RussianInflector.CASES.get(0))) {
                others.add(form);
            }
        });
        String text = field + " " + forms.get(RussianInflector.CASES.get(0)) + " → " + String.join(", ", others);
        if (!inflection.notes().isEmpty()) {
            text += " (" + String.join("; ", inflection.notes()) + ")";
        }
        return new Generated(field, text);
    }

    /** The nominative of a name field as the lenient reader gives it: its one text, or its {@code nom} form. */
    static Optional<String> nominative(Node node) {
        if (node instanceof ScalarNode scalar && scalar.isString()) {
            return Optional.of(scalar.text());
        }
        if (node instanceof MapNode map) {
            return map.get(RussianInflector.CASES.get(0)).filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).text());
        }
        return Optional.empty();
    }

    static Generated inferred(String gender, String nominative) {
        return new Generated("gender", "gender " + gender + " inferred from " + quoted(nominative));
    }

    /**
     * A name between «» for a finding or a fill line. A name that already opens or closes with its
     * own guillemets («Газпром», ПАО «Газпром») is shown as written: wrapping it again printed
     * ««Газпром»».
     */
    static String quoted(String name) {
        return name.startsWith("«") || name.endsWith("»") ? name : "«" + name + "»";
    }
}
