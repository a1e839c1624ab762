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
    private int errors;

    GlossaryReader(Path file, LocaleSettings settings, Optional<Entities> entities, Findings findings) {
        this.file = file;
        this.settings = settings;
        this.entities = entities;
        this.findings = findings;
        this.generator = new CaseGenerator(settings);
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
            gender = gender(id, field, entry);
            if (gender.isEmpty() && !settings.genders().isEmpty() && !entry.has("gender")) {
                Optional<String> nominative = entry.get("name").flatMap(CaseGenerator::nominative);
                Optional<String> fromName = generator.available() && !invariable && nominative.isPresent()
                        ? generator.inferGender(nominative.get(), people) : Optional.empty();
                if (fromName.isPresent()) {
                    add(Finding.of(Check.GLOSSARY_INFERRED_GENDER, file, field.keyPosition(), id + ".gender",
                            "no gender given; " + fromName.get() + " inferred from «" + nominative.get() + "»")
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
            forms(id + "." + name, nameField.get(), invariable, part, gender, people).ifPresent(names::add);
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
    private Optional<String> gender(String id, MapNode.Field field, MapNode entry) {
        Optional<Node> node = entry.get("gender");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!(node.get() instanceof ScalarNode scalar) || !scalar.isString()
                || !settings.genders().isEmpty() && !settings.genders().contains(scalar.text())) {
            add(Finding.of(Check.GLOSSARY_INVALID, file, node.get().position(), id + ".gender",
                    "gender must be one of " + (settings.genders().isEmpty() ? "(none: " + settings.id()
                            + " declares no genders)" : String.join(", ", settings.genders()))));
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
            Optional<String> gender, boolean people) {
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
                            "the " + grammaticalCase + " form is missing; every case is needed: " + String.join(", ", cases)));
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
                ? "only the nominative is given, and nothing in it declines: «" + text + "» in every case"
                : "only the nominative is given; generated " + CaseGenerator.describe("", inflection).description().strip();
        if (inflection.unchanged() && !inflection.notes().isEmpty()) {
            what += " (" + String.join("; ", inflection.notes()) + ")";
        }
        add(Finding.of(Check.GLOSSARY_GENERATED_CASE, file, node.position(), key, what)
                .withFix(inflection.unchanged()
                        ? "write every case, or invariable: true if the name never changes"
                        : "review the forms; ./briefings glossary --fill " + settings.id() + " writes them into this file"));
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
}
