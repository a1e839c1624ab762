package dev.briefings.events;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import dev.briefings.data.FieldProblem;
import dev.briefings.data.InvalidProjectFile;
import dev.briefings.data.MapReader;
import dev.briefings.data.Node;
import dev.briefings.data.ProjectFiles;

/**
 * Every person, organisation, place and topic records may name, from
 * {@code translations/entities.yaml}: its type and, for people, their gender. What an entity is
 * called in each language lives in that locale's glossary.
 */
public final class Entities {

    /** Entity ids: lower-case words joined by hyphens, such as {@code belarus-interior-ministry}. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** The entity type whose names are built from given name, surname and title. */
    public static final String PERSON = "person";

    /** Genders a person may have; grammatical gender of other entities is set per locale. */
    public static final Set<String> PERSON_GENDERS = Set.of("masculine", "feminine");

    /** One entity's language-independent facts. */
    public record Entity(String id, String type, Optional<String> gender) {
        public boolean isPerson() {
            return PERSON.equals(type);
        }
    }

    private final Map<String, Entity> entities;

    private Entities(Map<String, Entity> entities) {
        this.entities = Map.copyOf(entities);
    }

    public static Entities load(Path file) {
        MapReader root = new ProjectFiles().requireMap(file);
        Map<String, Entity> entities = new TreeMap<>();
        try {
            for (Map.Entry<String, Node> entry : root.node().asMap().entrySet()) {
                String id = entry.getKey();
                if (!ID.matcher(id).matches()) {
                    throw new FieldProblem(entry.getValue().position(), id,
                            "entity ids are lower-case words joined by hyphens, such as belarus-interior-ministry");
                }
                MapReader entity = MapReader.of(entry.getValue(), id).allowOnly(Set.of("type", "gender", "note"));
                String type = entity.string("type");
                Optional<String> gender = entity.optionalString("gender");
                if (PERSON.equals(type)) {
                    if (gender.isEmpty() || !PERSON_GENDERS.contains(gender.get())) {
                        throw new FieldProblem(entity.positionOf("gender"), entity.pathOf("gender"),
                                "a person needs gender: masculine or feminine (verbs and names agree with it)");
                    }
                } else if (gender.isPresent()) {
                    throw new FieldProblem(entity.positionOf("gender"), entity.pathOf("gender"),
                            "only people have a gender here; set grammatical gender in each locale's glossary");
                }
                entities.put(id, new Entity(id, type, gender));
            }
        } catch (FieldProblem e) {
            throw new InvalidProjectFile(file, e);
        }
        return new Entities(entities);
    }

    public Optional<Entity> find(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    public Entity get(String id) {
        Entity entity = entities.get(id);
        if (entity == null) {
            throw new IllegalArgumentException("unknown entity: " + id);
        }
        return entity;
    }

    public Set<String> ids() {
        return new java.util.TreeSet<>(entities.keySet());
    }
}
