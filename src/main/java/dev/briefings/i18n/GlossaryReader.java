package dev.briefings.i18n;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.briefings.check.Check;
import dev.briefings.check.Finding;
import dev.briefings.check.Severity;
import dev.briefings.data.MapNode;
import dev.briefings.data.Node;
import dev.briefings.data.ScalarNode;
import dev.briefings.events.Entities;
import dev.briefings.i18n.inflect.NamePart;
import dev.briefings.i18n.inflect.RussianInflector;

/**
 * The one reader of a locale's {@code glossary.yaml}: every entry's fields, case forms (written,
 * or generated from the nominative by the locale's inflector) and gender (written, or read off the
 * head noun), with each problem reported as a finding with its line. The translators' check
 * reports them all, the strict load stops at the first error, and {@code glossary --fill} writes
 * the generated forms back: all three read the file the same way.
 */
final class GlossaryReader {

    /** The fields that hold names, for a person and for any other entity. */
    static final List<String> PERSON_NAME_FIELDS = List.of("given", "surname", "title");
    static final List<String> NAMED_NAME_FIELDS = List.of("name", "short", "headline");

    /** One name field as read: its forms, and the inflection that generated them if it was given in the nominative only. */
    record NameField(String name, MapNode.Field field, Forms forms, Optional<RussianInflector.Inflection> generated) {
    }

    /**
     * An entry without errors: its fields, its gender ({@code inferred} when read off the name),
     * its "in" phrase, and what was generated, described for the run summary.
     */
    record Entry(String id, MapNode.Field field, MapNode fields, boolean person, Optional<String> gender,
            boolean inferred, Optional<String> in, List<NameField> names, List<CaseGenerator.Generated> generated) {

        Optional<NameField> name(String key) {
            return names.stream().filter(n -> n.name().equals(key)).findFirst();
        }
    }

    private final Path file;
    private final LocaleSettings settings;
    private final Optional<Entities> entities;
    private final Findings findings;
    private final CaseGenerator generator;
    /** Whether warnings that need the dictionaries for names written in full are wanted (the check), or only what a run uses. */
    private final boolean thorough;
    private int errors;

    /**
     * @param thorough true for the translators' check; false for a run's load, which skips the
     *     warnings that would read the dictionaries for a glossary written in full
     */
    GlossaryReader(Path file, LocaleSettings settings, Optional<Entities> entities, Findings findings, boolean thorough) {
        this.file = file;
        this.settings = settings;
        this.entities = entities;
        this.findings = findings;
        this.generator = new CaseGenerator(settings);
        this.thorough = thorough;
    }

    /** The entries that can be used; each problem is a finding, and an entry with an error is left out. */
    List<Entry> read(MapNode root) {
        List<Entry> entries = new ArrayList<>();
        for (MapNode.Field field : root.fields()) {
            int before = errors;
            Optional<Entry> entry = entry(field);
            if (entry.isPresent() && errors == before) {
                entries.add(entry.get());
            }
        }
        return entries;
    }

    private void add(Finding finding) {
        if (finding.severity() == Severity.ERROR) {
            errors++;
        }
        findings.add(finding);
    }

    private Optional<Entry> entry(MapNode.Field field) {
        String id = field.key();
        Optional<Entities.Entity> entity = entities.flatMap(e -> e.find(id));
        if (entities.isPresent() && entity.isEmpty()) {
            add(Finding.of(Check.GLOSSARY_UNKNOWN_ENTITY, file, field.keyPosition(), id,
                    "translations/entities.yaml has no entity '" + id + "'").withFix("add it there first, or fix the id"));
            return Optional.empty();
        }
        if (!(field.value() instanceof MapNode entry)) {
            add(Finding.of(Check.GLOSSARY_INVALID, file, field.value().position(), id,
                    "an entry is a mapping of fields, found " + field.value().describe()));
            return Optional.empty();
        }
        boolean person = entity.map(Entities.Entity::isPerson).orElse(entry.has("surname"));
        Set<String> allowed = person ? Glossary.PERSON_FIELDS : Glossary.NAMED_FIELDS;
        for (MapNode.Field f : entry.fields()) {
            if (!allowed.contains(f.key())) {
                add(Finding.of(Check.GLOSSARY_INVALID, file, f.keyPosition(), id + "." + f.key(),
                        "unknown field; " + (person ? "a person has " : "an entry has ") + String.join(", ",
                                new TreeSet<>(allowed))));
            }
        }
        boolean invariable = entry.get("invariable").filter(ScalarNode.class::isInstance)
                .map(n -> ((ScalarNode) n).text().equals("true")).orElse(false);
        boolean people = CaseGenerator.people(entity);
        List<CaseGenerator.Generated> generated = new ArrayList<>();
        Optional<String> gender;
        boolean inferred = false;
        if (person) {
            gender = entity.flatMap(Entities.Entity::gender);
        } else {
            gender = gender(id, entry);
            if (gender.isEmpty() && !settings.genders().isEmpty() && !entry.has("gender")) {
                Optional<String> nominative = entry.get("name").flatMap(CaseGenerator::nominative);
                Optional<String> fromName = generator.available() && !invariable && nominative.isPresent()
                        ? generator.inferGender(nominative.get(), people) : Optional.empty();
                if (fromName.isPresent()) {
                    add(Finding.of(Check.GLOSSARY_INFERRED_GENDER, file, field.keyPosition(), id + ".gender",
                            "no gender given; " + fromName.get() + " inferred from " + CaseGenerator.quoted(nominative.get()))
                            .withFix("write gender: " + fromName.get() + " if that is right (./briefings glossary --fill "
                                    + settings.id() + " does)"));
                    gender = fromName;
                    inferred = true;
                    generated.add(CaseGenerator.inferred(fromName.get(), nominative.get()));
                } else {
                    add(Finding.of(Check.GLOSSARY_MISSING_GENDER, file, field.keyPosition(), id + ".gender",
                            "the entry has no grammatical gender; " + settings.id() + " needs one of "
                                    + String.join(", ", settings.genders()) + " (verbs agree with it)"));
                }
            }
        }
        List<String> nameFields = person ? PERSON_NAME_FIELDS : NAMED_NAME_FIELDS;
        List<NameField> names = new ArrayList<>();
        for (String name : nameFields) {
            Optional<MapNode.Field> nameField = entry.fields().stream().filter(f -> f.key().equals(name)).findFirst();
            if (nameField.isEmpty()) {
                if (name.equals(nameFields.get(0)) || person && name.equals("surname")) {
                    add(Finding.of(Check.GLOSSARY_INVALID, file, field.keyPosition(), id + "." + name,
                            "the entry needs " + name));
                }
                continue;
            }
            Optional<NamePart> part = !person || name.equals("title") ? Optional.empty()
                    : Optional.of(name.equals("given") ? NamePart.GIVEN : NamePart.SURNAME);
            // a person's invariable name does not make the title invariable («председателю КНР»)
            boolean fixed = invariable && !(person && name.equals("title"));
            forms(id + "." + name, nameField.get(), fixed, part, gender, people, flowStyle(field, entry))
                    .ifPresent(names::add);
        }
        if (thorough && !person && gender.isPresent() && generator.available() && !invariable) {
            for (NameField name : names) {
                genderMismatch(id, name, gender.get(), people);
            }
        }
        for (NameField name : names) {
            name.generated().ifPresent(inflection -> generated.add(CaseGenerator.describe(name.name(), inflection)));
        }
        Optional<String> in = Optional.empty();
        if (entry.get("in").isPresent() && text(id + ".in", entry.get("in").get())) {
            in = Optional.of(((ScalarNode) entry.get("in").get()).text());
        }
        return Optional.of(new Entry(id, field, entry, person, gender, inferred, in, names, generated));
    }

    /** The gender an entry writes, if it writes a valid one. */
    private Optional<String> gender(String id, MapNode entry) {
        Optional<Node> node = entry.get("gender");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!(node.get() instanceof ScalarNode scalar) || !scalar.isString()
                || !settings.genders().isEmpty() && !settings.genders().contains(scalar.text())) {
            String written = node.get() instanceof ScalarNode scalar ? "'" + scalar.text() + "' is not a gender of "
                    + settings.id() + "; " : "";
            Optional<String> close = node.get() instanceof ScalarNode scalar ? closest(scalar.text(), settings.genders())
                    : Optional.empty();
            add(Finding.of(Check.GLOSSARY_INVALID, file, node.get().position(), id + ".gender",
                    written + "gender must be one of " + (settings.genders().isEmpty() ? "(none: " + settings.id()
                            + " declares no genders)" : String.join(", ", settings.genders())) + ", in lower case")
                    .withFix(close.map(c -> "did you mean " + c + "?").orElse("write one of them in lower case")));
            return Optional.empty();
        }
        return Optional.of(scalar.text());
    }

    /**
     * A name field's forms: a mapping of every case the locale declares; or one text, used in every
     * case when the locale has no cases or the entry is invariable, and otherwise generated by the
     * locale's inflector (a warning listing the forms) or, without one, an error.
     */
    private Optional<NameField> forms(String key, MapNode.Field field, boolean invariable, Optional<NamePart> part,
            Optional<String> gender, boolean people, boolean flow) {
        List<String> cases = settings.cases();
        Node node = field.value();
        if (node instanceof MapNode map) {
            if (cases.isEmpty()) {
                add(Finding.of(Check.GLOSSARY_INVALID, file, node.position(), key,
                        settings.id() + " declares no cases; write one text"));
                return Optional.empty();
            }
            int before = errors;
            Map<String, String> forms = new LinkedHashMap<>();
            for (MapNode.Field form : map.fields()) {
                if (!cases.contains(form.key())) {
                    add(Finding.of(Check.GLOSSARY_INVALID, file, form.keyPosition(), key + "." + form.key(),
                            "'" + form.key() + "' is not a case of " + settings.id() + " (" + String.join(", ", cases) + ")"));
                } else if (text(key + "." + form.key(), form.value())) {
                    forms.put(form.key(), ((ScalarNode) form.value()).text());
                }
            }
            for (String grammaticalCase : cases) {
                if (!map.has(grammaticalCase)) {
                    add(Finding.of(Check.GLOSSARY_MISSING_CASE, file, node.position(), key + "." + grammaticalCase,
                            "the " + grammaticalCase + " form is missing; every case is needed: " + String.join(", ", cases)
                                    + (generator.available() ? " (or write the nominative alone, " + field.key()
                                    + ": <nominative>, and the other cases are generated)" : "")));
                }
            }
            return errors == before ? Optional.of(new NameField(field.key(), field, Forms.of(cases, forms), Optional.empty()))
                    : Optional.empty();
        }
        if (!text(key, node)) {
            return Optional.empty();
        }
        String text = ((ScalarNode) node).text();
        if (cases.isEmpty() || invariable) {
            return Optional.of(new NameField(field.key(), field, Forms.invariable(text), Optional.empty()));
        }
        if (!generator.available()) {
            add(Finding.of(Check.GLOSSARY_MISSING_CASE, file, node.position(), key, "one text for a locale with cases ("
                    + String.join(", ", cases) + ") and no inflection in its locale.yaml")
                    .withFix("give every case, or mark the entry 'invariable: true' if the name never changes"));
            return Optional.empty();
        }
        RussianInflector.Inflection inflection = part.isPresent()
                ? generator.person(text, part.get(), gender.orElse("masculine"))
                : generator.phrase(text, gender, people);
        String what = inflection.unchanged()
                ? "only the nominative is given, and nothing in it declines: " + CaseGenerator.quoted(text)
                        + " in every case"
                : "only the nominative is given; generated " + CaseGenerator.describe("", inflection).description().strip();
        if (inflection.unchanged() && !inflection.notes().isEmpty()) {
            what += " (" + String.join("; ", inflection.notes()) + ")";
        }
        String fill = flow ? "write the entry in block style (one field per line); ./briefings glossary --fill "
                + settings.id() + " then writes the forms into this file"
                : "./briefings glossary --fill " + settings.id() + " writes the forms into this file";
        String fix;
        if (!inflection.unchanged()) {
            fix = "review the forms; " + fill;
        } else if (part.isPresent()) {
            fix = "right for a name that never changes (Нетаньяху, Меркель); otherwise write every case; " + fill;
        } else {
            fix = "write every case, or invariable: true if the name never changes";
        }
        add(Finding.of(Check.GLOSSARY_GENERATED_CASE, file, node.position(), key, what).withFix(fix));
        return Optional.of(new NameField(field.key(), field, generator.forms(inflection), Optional.of(inflection)));
    }

    /** Whether a value is usable text; a finding for text that is not, or that holds what no reader should see. */
    private boolean text(String key, Node node) {
        if (!(node instanceof ScalarNode scalar) || !scalar.isString()) {
            add(Finding.of(Check.YAML_NON_STRING, file, node.position(), key, "expected text, found " + node.describe()));
            return false;
        }
        boolean usable = true;
        if (findings.source().isYaml11Special(file, node.position(), scalar.text())) {
            add(Finding.of(Check.YAML_11_COERCION, file, node.position(), key, "'" + scalar.text()
                    + "' written without quotes is read as true/false, null or a number by YAML 1.1 tools"));
            usable = false;
        }
        if (scalar.text().indexOf('\uFFFD') >= 0) {
            add(Finding.of(Check.REPLACEMENT_CHARACTER, file, node.position(), key, "the name holds U+FFFD (�)"));
            usable = false;
        }
        if (!scalar.text().equals(scalar.text().strip()) || scalar.text().contains("  ")) {
            add(Finding.of(Check.WHITESPACE, file, node.position(), key, "«" + scalar.text() + "»"));
        }
        return usable;
    }

    /**
     * A warning where a form's head noun shows another gender than the entry's: «Минздрав
     * Вьетнама» (masculine) as the headline of a neuter «Министерство здравоохранения Вьетнама»
     * would print «Минздрав Вьетнама выдало».
     */
    private void genderMismatch(String id, NameField name, String gender, boolean people) {
        String nominative = name.forms().in(settings.baseCase());
        Optional<String> shown = generator.headGender(nominative, gender, people);
        if (shown.isPresent() && !shown.get().equals(gender)) {
            add(Finding.of(Check.GLOSSARY_GENDER_MISMATCH, file, name.field().keyPosition(), id + "." + name.name(),
                    CaseGenerator.quoted(nominative) + " reads as " + shown.get() + ", the entry's gender is " + gender
                            + ": a verb that agrees with the entry will not fit this form"));
        }
    }

    /** An entry written as {@code key: {name: …}} on its key's line. */
    static boolean flowStyle(MapNode.Field field, MapNode entry) {
        return !entry.fields().isEmpty() && entry.fields().get(0).keyPosition().line() == field.keyPosition().line();
    }

    /** The allowed value a mistyped one was meant to be: the same in lower case, or at most two letters off. */
    private static Optional<String> closest(String written, List<String> allowed) {
        String lower = written.strip().toLowerCase(java.util.Locale.ROOT);
        String best = null;
        int bestDistance = 3;
        for (String candidate : allowed) {
            int distance = distance(lower, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
