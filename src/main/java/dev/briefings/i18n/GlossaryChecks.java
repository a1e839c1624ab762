package dev.briefings.i18n;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.briefings.check.Check;
import dev.briefings.check.Finding;
import dev.briefings.data.MapNode;
import dev.briefings.data.Node;
import dev.briefings.data.Position;
import dev.briefings.data.ScalarNode;
import dev.briefings.events.Entities;
import dev.briefings.i18n.inflect.NamePart;

/** The checks of a locale's glossary: every entity named, every case form and gender, known fields, clean text. */
final class GlossaryChecks {

    private final Findings findings;
    /** The locale's inflector, per locale checked; it reads its dictionaries on first use. */
    private CaseGenerator generator;

    GlossaryChecks(Findings findings) {
        this.findings = findings;
    }

    int checkGlossary(LocaleFiles locale, Map<String, LocaleFiles> all, Optional<Entities> entities, Set<String> used) {
        Path file = locale.folder().resolve("glossary.yaml");
        generator = new CaseGenerator(locale.settings());
        Set<String> present = new TreeSet<>();
        int count = 0;
        if (locale.glossary().isPresent()) {
            for (MapNode.Field field : locale.glossary().get().fields()) {
                count++;
                present.add(field.key());
                checkEntry(locale, file, field, entities);
                if (!used.isEmpty() && !used.contains(field.key())) {
                    findings.add(Finding.of(Check.GLOSSARY_UNUSED, file, field.keyPosition(), field.key(),
                            "no record in the events folder names '" + field.key() + "'"));
                }
            }
        }
        // a glossary that could not be read at all is one error, not a warning for every entity it names
        boolean unreadable = locale.glossary().isEmpty() && Files.exists(file);
        if (entities.isPresent() && !unreadable) {
            for (String id : entities.get().ids()) {
                if (present.contains(id)) {
                    continue;
                }
                Optional<String> fallback = locale.settings().fallbacks().stream().map(LocaleSettings.FallbackSource::locale)
                        .filter(other -> all.containsKey(other) && all.get(other).glossary()
                                .map(g -> g.has(id)).orElse(false))
                        .findFirst();
                if (fallback.isEmpty()) {
                    findings.add(Finding.of(Check.GLOSSARY_MISSING_ENTITY, file, Position.START, id,
                            "'" + id + "' has no name here nor in a fallback locale; a run cannot name it")
                            .withFix("add it with its case forms and gender"));
                } else if (used.contains(id)) {
                    findings.add(Finding.of(Check.GLOSSARY_MISSING_ENTITY, file, Position.START, id,
                            "records name '" + id + "'; its name is taken from " + fallback.get() + " instead"));
                }
            }
        }
        return count;
    }

    private void checkEntry(LocaleFiles locale, Path file, MapNode.Field field, Optional<Entities> entities) {
        String id = field.key();
        Optional<Entities.Entity> entity = entities.flatMap(e -> e.find(id));
        if (entities.isPresent() && entity.isEmpty()) {
            findings.add(Finding.of(Check.GLOSSARY_UNKNOWN_ENTITY, file, field.keyPosition(), id,
                    "translations/entities.yaml has no entity '" + id + "'"));
            return;
        }
        if (!(field.value() instanceof MapNode entry)) {
            findings.add(Finding.of(Check.GLOSSARY_INVALID, file, field.value().position(), id,
                    "an entry is a mapping of fields, found " + field.value().describe()));
            return;
        }
        boolean person = entity.map(Entities.Entity::isPerson).orElse(entry.has("surname"));
        Set<String> allowed = person ? Glossary.PERSON_FIELDS : Glossary.NAMED_FIELDS;
        for (MapNode.Field f : entry.fields()) {
            if (!allowed.contains(f.key())) {
                findings.add(Finding.of(Check.GLOSSARY_INVALID, file, f.keyPosition(), id + "." + f.key(),
                        "unknown field; " + (person ? "a person has " : "an entry has ") + String.join(", ",
                                new TreeSet<>(allowed))));
            }
        }
        boolean invariable = entry.get("invariable").filter(ScalarNode.class::isInstance)
                .map(n -> ((ScalarNode) n).text().equals("true")).orElse(false);
        List<String> formFields = person ? List.of("given", "surname", "title") : List.of("name", "short", "headline");
        for (String name : formFields) {
            Optional<Node> forms = entry.get(name);
            if (forms.isEmpty()) {
                if (name.equals(formFields.get(0)) || person && name.equals("surname")) {
                    findings.add(Finding.of(Check.GLOSSARY_INVALID, file, field.keyPosition(), id + "." + name,
                            "the entry needs " + name));
                }
                continue;
            }
            Optional<NamePart> part = !person || name.equals("title") ? Optional.empty()
                    : Optional.of(name.equals("given") ? NamePart.GIVEN : NamePart.SURNAME);
            Optional<String> gender = person ? entity.flatMap(Entities.Entity::gender) : entry.get("gender")
                    .filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).text());
            checkForms(locale, file, id + "." + name, forms.get(), invariable, part, gender, CaseGenerator.people(entity));
        }
        Optional<Node> gender = entry.get("gender");
        if (!person && !locale.settings().genders().isEmpty()) {
            Optional<String> nominative = entry.get("name").flatMap(CaseGenerator::nominative);
            Optional<String> inferred = gender.isEmpty() && generator.available() && !invariable && nominative.isPresent()
                    ? generator.inferGender(nominative.get(), CaseGenerator.people(entity)) : Optional.empty();
            if (inferred.isPresent()) {
                findings.add(Finding.of(Check.GLOSSARY_INFERRED_GENDER, file, field.keyPosition(), id + ".gender",
                        "no gender given; " + inferred.get() + " inferred from «" + nominative.get() + "»")
                        .withFix("write gender: " + inferred.get() + " if that is right (./briefings glossary --fill "
                                + locale.id() + " does)"));
            } else if (gender.isEmpty()) {
                findings.add(Finding.of(Check.GLOSSARY_MISSING_GENDER, file, field.keyPosition(), id + ".gender",
                        "the entry has no gender; " + locale.id() + " needs one of "
                                + String.join(", ", locale.settings().genders())));
            } else if (!(gender.get() instanceof ScalarNode scalar) || !locale.settings().genders().contains(scalar.text())) {
                findings.add(Finding.of(Check.GLOSSARY_INVALID, file, gender.get().position(), id + ".gender",
                        "gender must be one of " + String.join(", ", locale.settings().genders())));
            }
        }
        entry.get("in").ifPresent(in -> checkText(file, id + ".in", in));
    }

    private void checkForms(LocaleFiles locale, Path file, String key, Node forms, boolean invariable,
            Optional<NamePart> personName, Optional<String> gender, boolean people) {
        List<String> cases = locale.settings().cases();
        if (forms instanceof MapNode map) {
            if (cases.isEmpty()) {
                findings.add(Finding.of(Check.GLOSSARY_INVALID, file, forms.position(), key,
                        locale.id() + " declares no cases; write one text"));
                return;
            }
            for (MapNode.Field field : map.fields()) {
                if (!cases.contains(field.key())) {
                    findings.add(Finding.of(Check.GLOSSARY_INVALID, file, field.keyPosition(), key + "." + field.key(),
                            "'" + field.key() + "' is not a case of " + locale.id() + " (" + String.join(", ", cases) + ")"));
                } else {
                    checkText(file, key + "." + field.key(), field.value());
                }
            }
            for (String grammaticalCase : cases) {
                if (!map.has(grammaticalCase)) {
                    findings.add(Finding.of(Check.GLOSSARY_MISSING_CASE, file, forms.position(), key + "." + grammaticalCase,
                            "the " + grammaticalCase + " form is missing"));
                }
            }
            return;
        }
        checkText(file, key, forms);
        if (cases.isEmpty() || invariable || !(forms instanceof ScalarNode scalar)) {
            return;
        }
        if (generator.available()) {
            var inflection = personName.isPresent()
                    ? generator.person(scalar.text(), personName.get(), gender.orElse("masculine"))
                    : generator.phrase(scalar.text(), gender, people);
            String what = inflection.unchanged()
                    ? "only the nominative is given, and nothing in it declines: «" + scalar.text() + "» in every case"
                    : "only the nominative is given; generated " + CaseGenerator.describe("", inflection).description().strip();
            if (inflection.unchanged() && !inflection.notes().isEmpty()) {
                what += " (" + String.join("; ", inflection.notes()) + ")";
            }
            findings.add(Finding.of(Check.GLOSSARY_GENERATED_CASE, file, forms.position(), key, what)
                    .withFix(inflection.unchanged()
                            ? "write every case, or invariable: true if the name never changes"
                            : "review the forms; ./briefings glossary --fill " + locale.id() + " writes them into this file"));
        } else {
            findings.add(Finding.of(Check.GLOSSARY_MISSING_CASE, file, forms.position(), key,
                    "one text for a locale with cases (" + String.join(", ", cases) + ")"));
        }
    }

    private void checkText(Path file, String key, Node node) {
        if (!(node instanceof ScalarNode scalar) || !scalar.isString()) {
            findings.add(Finding.of(Check.YAML_NON_STRING, file, node.position(), key, "expected text, found " + node.describe()));
            return;
        }
        if (findings.source().isYaml11Special(file, node.position(), scalar.text())) {
            findings.add(Finding.of(Check.YAML_11_COERCION, file, node.position(), key, "'" + scalar.text()
                    + "' written without quotes is read as true/false, null or a number by YAML 1.1 tools"));
        }
        if (scalar.text().indexOf('\uFFFD') >= 0) {
            findings.add(Finding.of(Check.REPLACEMENT_CHARACTER, file, node.position(), key, "the name holds U+FFFD (�)"));
        }
        if (!scalar.text().equals(scalar.text().strip()) || scalar.text().contains("  ")) {
            findings.add(Finding.of(Check.WHITESPACE, file, node.position(), key, "«" + scalar.text() + "»"));
        }
    }
}
