package dev.briefings.i18n;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.briefings.check.Finding;
import dev.briefings.check.Severity;
import dev.briefings.data.FieldProblem;
import dev.briefings.data.InvalidProjectFile;
import dev.briefings.data.MapReader;
import dev.briefings.data.Position;
import dev.briefings.data.ProjectFiles;
import dev.briefings.events.Entities;

/**
 * A locale's entity glossary ({@code translations/<locale>/glossary.yaml}): what each entity is
 * called, in every case the locale declares, with gender for agreement.
 */
public final class Glossary {

    /** The fields of a person's entry and of any other entry. */
    static final Set<String> PERSON_FIELDS = Set.of("given", "surname", "title", "invariable", "note");
    static final Set<String> NAMED_FIELDS = Set.of("name", "short", "headline", "in", "gender", "invariable", "note");

    private final Map<String, GlossaryEntry> entries;
    private final Map<String, Position> positions;

    private Glossary(Map<String, GlossaryEntry> entries, Map<String, Position> positions) {
        this.entries = Map.copyOf(entries);
        this.positions = Map.copyOf(positions);
    }

    /**
     * The glossary as {@link GlossaryReader} reads it; the first error (in file order) is thrown,
     * warnings (generated forms, an inferred gender) are the run's to report as fallbacks.
     */
    static Glossary load(Path file, LocaleSettings settings, Entities entities) {
        Optional<MapReader> root = new ProjectFiles().optionalMap(file);
        Map<String, GlossaryEntry> entries = new LinkedHashMap<>();
        Map<String, Position> positions = new LinkedHashMap<>();
        if (root.isEmpty()) {
            return new Glossary(entries, positions);
        }
        Findings findings = new Findings();
        List<GlossaryReader.Entry> read = new GlossaryReader(file, settings, Optional.of(entities), findings, false)
                .read(root.get().node());
        Optional<Finding> error = findings.sorted().stream().filter(f -> f.severity() == Severity.ERROR).findFirst();
        if (error.isPresent()) {
            throw new InvalidProjectFile(file, new FieldProblem(error.get().position(), error.get().key(),
                    error.get().message()));
        }
        for (GlossaryReader.Entry entry : read) {
            entries.put(entry.id(), entry.person() ? person(entry) : named(entry));
            positions.put(entry.id(), entry.field().keyPosition());
        }
        return new Glossary(entries, positions);
    }

    private static GlossaryEntry person(GlossaryReader.Entry entry) {
        return new GlossaryEntry.Person(entry.id(), entry.name("given").orElseThrow().forms(),
                entry.name("surname").orElseThrow().forms(), entry.name("title").map(GlossaryReader.NameField::forms),
                entry.generated());
    }

    private static GlossaryEntry named(GlossaryReader.Entry entry) {
        return new GlossaryEntry.Named(entry.id(), entry.name("name").orElseThrow().forms(),
                entry.name("short").map(GlossaryReader.NameField::forms),
                entry.name("headline").map(GlossaryReader.NameField::forms), entry.in(), entry.gender(), entry.generated());
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
