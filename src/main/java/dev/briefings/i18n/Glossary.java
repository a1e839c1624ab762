package dev.briefings.i18n;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.briefings.data.FieldProblem;
import dev.briefings.data.InvalidProjectFile;
import dev.briefings.data.MapNode;
import dev.briefings.data.MapReader;
import dev.briefings.data.Node;
import dev.briefings.data.Position;
import dev.briefings.data.ProjectFiles;
import dev.briefings.events.Entities;
import dev.briefings.i18n.inflect.NamePart;
import dev.briefings.i18n.inflect.RussianInflector;

/**
 * A locale's entity glossary ({@code translations/<locale>/glossary.yaml}): what each entity is
 * called, in every case the locale declares, with gender for agreement.
 */
public final class Glossary {

    /** The fields of a person's entry and of any other entry; the translators' check reads them from here too. */
    static final Set<String> PERSON_FIELDS = Set.of("given", "surname", "title", "invariable", "note");
    static final Set<String> NAMED_FIELDS = Set.of("name", "short", "headline", "in", "gender", "invariable", "note");

    private final Map<String, GlossaryEntry> entries;
    private final Map<String, Position> positions;

    private Glossary(Map<String, GlossaryEntry> entries, Map<String, Position> positions) {
        this.entries = Map.copyOf(entries);
        this.positions = Map.copyOf(positions);
    }

    static Glossary load(Path file, LocaleSettings settings, Entities entities) {
        Optional<MapReader> root = new ProjectFiles().optionalMap(file);
        Map<String, GlossaryEntry> entries = new LinkedHashMap<>();
        Map<String, Position> positions = new LinkedHashMap<>();
        if (root.isEmpty()) {
            return new Glossary(entries, positions);
        }
        CaseGenerator generator = new CaseGenerator(settings);
        try {
            for (MapNode.Field field : root.get().node().fields()) {
                String id = field.key();
                Entities.Entity entity = entities.find(id).orElseThrow(() -> new FieldProblem(field.keyPosition(), id,
                        "no entity '" + id + "' in translations/entities.yaml; add it there first"));
                GlossaryEntry entry = entity.isPerson()
                        ? person(MapReader.of(field.value(), id), entity, settings, generator)
                        : named(MapReader.of(field.value(), id), settings, generator, CaseGenerator.people(Optional.of(entity)));
                entries.put(id, entry);
                positions.put(id, field.keyPosition());
            }
        } catch (FieldProblem e) {
            throw new InvalidProjectFile(file, e);
        }
        return new Glossary(entries, positions);
    }

    private static GlossaryEntry person(MapReader entry, Entities.Entity entity, LocaleSettings settings,
            CaseGenerator generator) throws FieldProblem {
        entry.allowOnly(PERSON_FIELDS);
        boolean invariable = invariable(entry);
        List<CaseGenerator.Generated> generated = new ArrayList<>();
        String gender = entity.gender().orElseThrow();
        Forms given = nameForms(entry, "given", settings, invariable, generator, NamePart.GIVEN, gender, generated);
        Forms surname = nameForms(entry, "surname", settings, invariable, generator, NamePart.SURNAME, gender, generated);
        Optional<Forms> title = entry.optional("title").isPresent()
                ? Optional.of(forms(entry, "title", settings, false, generator, Optional.empty(), false, generated))
                : Optional.empty();
        return new GlossaryEntry.Person(entity.id(), given, surname, title, generated);
    }

    /**
     * A given name or surname: all case forms, or the nominative alone, which the locale's
     * inflector declines (reported for review) or, without one, is used in every case.
     */
    private static Forms nameForms(MapReader entry, String key, LocaleSettings settings, boolean invariable,
            CaseGenerator generator, NamePart part, String gender, List<CaseGenerator.Generated> generated)
            throws FieldProblem {
        Node node = entry.required(key);
        if (settings.cases().isEmpty() || invariable || node instanceof MapNode) {
            return forms(entry, key, settings, true, generator, Optional.empty(), false, generated);
        }
        String nominative = MapReader.text(node, entry.pathOf(key));
        if (!generator.available()) {
            generated.add(new CaseGenerator.Generated(key, key + " «" + nominative
                    + "» given in the nominative only and used unchanged in every case"));
            return Forms.invariable(nominative);
        }
        var inflection = generator.person(nominative, part, gender);
        generated.add(CaseGenerator.describe(key, inflection));
        return generator.forms(inflection);
    }

    private static GlossaryEntry named(MapReader entry, LocaleSettings settings, CaseGenerator generator, boolean people)
            throws FieldProblem {
        entry.allowOnly(NAMED_FIELDS);
        boolean invariable = invariable(entry);
        List<CaseGenerator.Generated> generated = new ArrayList<>();
        Optional<String> gender = entry.optionalString("gender");
        if (gender.isPresent() && !settings.genders().isEmpty() && !settings.genders().contains(gender.get())) {
            throw new FieldProblem(entry.positionOf("gender"), entry.pathOf("gender"), "'" + gender.get()
                    + "' is not one of " + String.join(", ", settings.genders()));
        }
        if (gender.isEmpty() && !settings.genders().isEmpty()) {
            Optional<String> inferred = generator.available() && !invariable
                    ? generator.inferGender(nominative(entry.required("name"), entry.pathOf("name")), people)
                    : Optional.empty();
            if (inferred.isEmpty()) {
                throw new FieldProblem(entry.position(), entry.pathOf("gender"), "needs a grammatical gender, one of "
                        + String.join(", ", settings.genders()) + " (verbs agree with it)");
            }
            gender = inferred;
            generated.add(CaseGenerator.inferred(inferred.get(), nominative(entry.required("name"), entry.pathOf("name"))));
        }
        Forms name = forms(entry, "name", settings, invariable, generator, gender, people, generated);
        Optional<Forms> shortName = entry.optional("short").isPresent()
                ? Optional.of(forms(entry, "short", settings, invariable, generator, gender, people, generated)) : Optional.empty();
        Optional<Forms> headline = entry.optional("headline").isPresent()
                ? Optional.of(forms(entry, "headline", settings, invariable, generator, gender, people, generated)) : Optional.empty();
        Optional<String> in = entry.optionalString("in");
        return new GlossaryEntry.Named(entry.path(), name, shortName, headline, in, gender, generated);
    }

    private static boolean invariable(MapReader entry) throws FieldProblem {
        return entry.optionalString("invariable").map(Boolean::parseBoolean).orElse(false);
    }

    /** The nominative of a field: its one text, or its {@code nom} form. */
    private static String nominative(Node node, String path) throws FieldProblem {
        if (node instanceof MapNode map) {
            return MapReader.of(map, path).string(RussianInflector.CASES.get(0));
        }
        return MapReader.text(node, path);
    }

    /**
     * The forms under a key: a mapping of every case the locale declares; or one text, used in
     * every case when the locale has no cases or the entry is marked {@code invariable: true},
     * and otherwise declined by the locale's inflector (reported for review).
     */
    private static Forms forms(MapReader entry, String key, LocaleSettings settings, boolean invariable,
            CaseGenerator generator, Optional<String> gender, boolean people, List<CaseGenerator.Generated> generated)
            throws FieldProblem {
        Node node = entry.required(key);
        String path = entry.pathOf(key);
        if (settings.cases().isEmpty()) {
            return Forms.invariable(MapReader.strictString(node, path));
        }
        if (!(node instanceof MapNode)) {
            String text = MapReader.strictString(node, path);
            if (invariable) {
                return Forms.invariable(text);
            }
            if (generator.available()) {
                var inflection = generator.phrase(text, gender, people);
                generated.add(CaseGenerator.describe(key, inflection));
                return generator.forms(inflection);
            }
            throw new FieldProblem(node.position(), path, "give every case (" + String.join(", ", settings.cases())
                    + "), or mark the entry 'invariable: true' if the name never changes");
        }
        MapReader cases = MapReader.of(node, path).allowOnly(Set.copyOf(settings.cases()));
        Map<String, String> forms = new LinkedHashMap<>();
        for (String grammaticalCase : settings.cases()) {
            Optional<Node> form = cases.optional(grammaticalCase);
            if (form.isEmpty()) {
                throw new FieldProblem(node.position(), path + "." + grammaticalCase, "the " + grammaticalCase
                        + " form is missing; every case is needed: " + String.join(", ", settings.cases()));
            }
            forms.put(grammaticalCase, MapReader.strictString(form.get(), path + "." + grammaticalCase));
        }
        return Forms.of(settings.cases(), forms);
    }

    public Optional<GlossaryEntry> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public Set<String> ids() {
        return entries.keySet();
    }

    public Optional<Position> positionOf(String id) {
        return Optional.ofNullable(positions.get(id));
    }
}
