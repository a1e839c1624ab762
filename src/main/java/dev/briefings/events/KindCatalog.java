package dev.briefings.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.briefings.data.FieldProblem;
import dev.briefings.data.InvalidProjectFile;
import dev.briefings.data.MapReader;
import dev.briefings.data.Node;
import dev.briefings.data.ProjectFiles;
import dev.briefings.data.ScalarNode;

/**
 * The event kinds of the project, one file per kind under {@code translations/kinds/}. Adding a
 * kind is adding a file here and its messages per locale: no Java changes.
 */
public final class KindCatalog {

    /** Kind ids: lower-case words joined by dots, such as {@code agreement.signed}. */
    public static final Pattern KIND_ID = Pattern.compile("[a-z][a-z0-9]*(?:[._][a-z][a-z0-9]*)*");

    /**
     * Role, count and attribute names: one lower-case word, because message arguments are built
     * as {@code <name>_<suffix>} and the underscore must split them unambiguously.
     */
    public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*");

    /** Names the record itself provides to every message; a kind cannot take them for a role. */
    public static final Set<String> RESERVED = Set.of(
            "place", "date", "source", "citing", "reported", "quote", "speaker", "edition", "id", "kind");

    private final Map<String, EventKind> kinds;

    private KindCatalog(Map<String, EventKind> kinds) {
        this.kinds = Map.copyOf(kinds);
    }

    public static KindCatalog of(List<EventKind> kinds) {
        Map<String, EventKind> map = new TreeMap<>();
        kinds.forEach(kind -> map.put(kind.id(), kind));
        return new KindCatalog(map);
    }

    /** Loads every {@code *.yaml} file in the folder; the file name (without extension) is the kind id. */
    public static KindCatalog load(Path folder) {
        return load(folder, problem -> {
            throw problem;
        });
    }

    /**
     * Loads the kinds that can be read and hands each problem to the caller, for a check that
     * reports every broken kind rather than stopping at the first.
     */
    public static KindCatalog load(Path folder, java.util.function.Consumer<InvalidProjectFile> problems) {
        if (!Files.isDirectory(folder)) {
            throw new InvalidProjectFile(folder, dev.briefings.data.Position.START,
                    "the folder of event kinds is missing; each kind is a file <kind>.yaml here");
        }
        ProjectFiles files = new ProjectFiles();
        List<EventKind> kinds = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path file : listing.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                String id = file.getFileName().toString().replaceFirst("\\.yaml$", "");
                if (!KIND_ID.matcher(id).matches()) {
                    problems.accept(new InvalidProjectFile(file, dev.briefings.data.Position.START,
                            "kind id '" + id + "' must be lower-case words joined by dots, such as agreement.signed"));
                    continue;
                }
                try {
                    kinds.add(parse(id, files.requireMap(file)));
                } catch (FieldProblem e) {
                    problems.accept(new InvalidProjectFile(file, e));
                } catch (InvalidProjectFile e) {
                    problems.accept(e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(kinds);
    }

    static EventKind parse(String id, MapReader root) throws FieldProblem {
        root.allowOnly(Set.of("description", "roles", "counts", "attributes", "sentences"));
        String description = root.optionalString("description").orElse("");

        Map<String, EventKind.Role> roles = new LinkedHashMap<>();
        for (Map.Entry<String, Node> entry : root.entries("roles").entrySet()) {
            String name = checkName(entry.getKey(), root.pathOf("roles"), entry.getValue());
            MapReader role = MapReader.of(entry.getValue(), root.pathOf("roles") + "." + name)
                    .allowOnly(Set.of("types", "min", "max"));
            List<String> types = role.strings("types");
            if (types.isEmpty()) {
                throw new FieldProblem(role.position(), role.pathOf("types"), "name the entity types this role accepts");
            }
            int min = role.optionalInteger("min").orElse(1L).intValue();
            int max = role.optionalInteger("max").orElse((long) Math.max(1, min)).intValue();
            if (min < 0 || max < 1 || max < min) {
                throw new FieldProblem(role.position(), role.path(), "needs 0 <= min <= max and max >= 1");
            }
            roles.put(name, new EventKind.Role(name, new LinkedHashSet<>(types), min, max));
        }

        Map<String, EventKind.CountSpec> counts = new LinkedHashMap<>();
        for (Map.Entry<String, Node> entry : root.entries("counts").entrySet()) {
            String name = checkName(entry.getKey(), root.pathOf("counts"), entry.getValue());
            MapReader count = MapReader.of(entry.getValue(), root.pathOf("counts") + "." + name)
                    .allowOnly(Set.of("required", "zero", "exact", "unit", "negative", "max"));
            Optional<EventKind.Unit> unit = Optional.empty();
            Optional<String> unitName = count.optionalString("unit");
            if (unitName.isPresent()) {
                unit = java.util.Arrays.stream(EventKind.Unit.values()).filter(u -> u.key().equals(unitName.get())).findFirst();
                if (unit.isEmpty()) {
                    throw new FieldProblem(count.positionOf("unit"), count.pathOf("unit"),
                            "'" + unitName.get() + "' is not a unit; use percent, currency or duration");
                }
            }
            Optional<java.math.BigDecimal> max = Optional.empty();
            Optional<Node> maxNode = count.optional("max");
            if (maxNode.isPresent()) {
                if (!(maxNode.get() instanceof ScalarNode scalar) || scalar.type() != ScalarNode.Type.INTEGER
                        && scalar.type() != ScalarNode.Type.DECIMAL) {
                    throw new FieldProblem(maxNode.get().position(), count.pathOf("max"), "expected a number");
                }
                max = Optional.of(new java.math.BigDecimal(scalar.text()));
            }
            counts.put(name, new EventKind.CountSpec(name, flag(count, "required"), flag(count, "zero"),
                    flag(count, "exact"), unit, flag(count, "negative"), max));
        }

        Map<String, EventKind.AttributeSpec> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, Node> entry : root.entries("attributes").entrySet()) {
            String name = checkName(entry.getKey(), root.pathOf("attributes"), entry.getValue());
            MapReader attribute = MapReader.of(entry.getValue(), root.pathOf("attributes") + "." + name)
                    .allowOnly(Set.of("values", "required"));
            List<String> values = attribute.strings("values");
            if (values.isEmpty()) {
                throw new FieldProblem(attribute.position(), attribute.pathOf("values"), "list the values this attribute takes");
            }
            for (String value : values) {
                if (!NAME.matcher(value.replace("_", "")).matches()) {
                    throw new FieldProblem(attribute.position(), attribute.pathOf("values"),
                            "'" + value + "' must be a lower-case word (underscores allowed), usable as a select key");
                }
            }
            attributes.put(name, new EventKind.AttributeSpec(name, values, flag(attribute, "required")));
        }

        Set<String> names = new LinkedHashSet<>(roles.keySet());
        for (String name : counts.keySet()) {
            if (!names.add(name)) {
                throw new FieldProblem(root.positionOf("counts"), root.pathOf("counts") + "." + name, "a role has the same name");
            }
        }
        for (String name : attributes.keySet()) {
            if (!names.add(name)) {
                throw new FieldProblem(root.positionOf("attributes"), root.pathOf("attributes") + "." + name,
                        "a role or count has the same name");
            }
        }

        List<String> sentences = root.strings("sentences");
        if (sentences.isEmpty()) {
            sentences = List.of(EventKind.LEDE);
        }
        if (!sentences.get(0).equals(EventKind.LEDE)) {
            throw new FieldProblem(root.positionOf("sentences"), root.pathOf("sentences"),
                    "the first sentence must be '" + EventKind.LEDE + "'");
        }
        if (new LinkedHashSet<>(sentences).size() != sentences.size() || sentences.contains(EventKind.HEADLINE)) {
            throw new FieldProblem(root.positionOf("sentences"), root.pathOf("sentences"),
                    "sentence names must be distinct and cannot be '" + EventKind.HEADLINE + "'");
        }
        return new EventKind(id, description, roles, counts, attributes, sentences);
    }

    private static String checkName(String name, String path, Node at) throws FieldProblem {
        if (!NAME.matcher(name).matches()) {
            throw new FieldProblem(at.position(), path + "." + name,
                    "names must be one lower-case word (letters and digits, no underscore)");
        }
        if (RESERVED.contains(name)) {
            throw new FieldProblem(at.position(), path + "." + name,
                    "'" + name + "' is reserved for a field every record has; choose another name");
        }
        return name;
    }

    private static boolean flag(MapReader reader, String key) throws FieldProblem {
        Optional<Node> node = reader.optional(key);
        if (node.isEmpty()) {
            return false;
        }
        if (node.get() instanceof ScalarNode scalar && scalar.type() == ScalarNode.Type.BOOLEAN) {
            return Boolean.parseBoolean(scalar.text());
        }
        throw new FieldProblem(node.get().position(), reader.pathOf(key), "expected true or false");
    }

    public Optional<EventKind> find(String id) {
        return Optional.ofNullable(kinds.get(id));
    }

    public EventKind get(String id) {
        EventKind kind = kinds.get(id);
        if (kind == null) {
            throw new IllegalArgumentException("unknown event kind: " + id);
        }
        return kind;
    }

    public Set<String> ids() {
        return new java.util.TreeSet<>(kinds.keySet());
    }

    public List<EventKind> all() {
        return ids().stream().map(kinds::get).toList();
    }
}
