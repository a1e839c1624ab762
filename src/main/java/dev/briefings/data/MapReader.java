package dev.briefings.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed, checked access to the fields of a {@link MapNode}: each accessor fails with a
 * {@link FieldProblem} that names the field's path and position.
 */
public final class MapReader {

    private final MapNode map;
    private final String path;

    private MapReader(MapNode map, String path) {
        this.map = map;
        this.path = path;
    }

    /** A reader over a node that must be a mapping. */
    public static MapReader of(Node node, String path) throws FieldProblem {
        if (node instanceof MapNode mapNode) {
            return new MapReader(mapNode, path);
        }
        throw new FieldProblem(node.position(), path, "expected a mapping of keys to values, found " + node.describe());
    }

    public MapNode node() {
        return map;
    }

    public Position position() {
        return map.position();
    }

    public String path() {
        return path;
    }

    /** The path of a child field, for messages. */
    public String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Refuses keys outside the allowed set, naming the first unknown one and the allowed ones. */
    public MapReader allowOnly(Set<String> allowed) throws FieldProblem {
        for (MapNode.Field field : map.fields()) {
            if (!allowed.contains(field.key())) {
                throw new FieldProblem(field.keyPosition(), pathOf(field.key()),
                        "unknown field; expected one of " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        return this;
    }

    public Optional<Node> optional(String key) {
        return map.get(key).filter(node -> !(node instanceof ScalarNode s && s.type() == ScalarNode.Type.NULL));
    }

    public Node required(String key) throws FieldProblem {
        return optional(key).orElseThrow(() -> new FieldProblem(map.position(), pathOf(key), "required field is missing"));
    }

    public String string(String key) throws FieldProblem {
        return text(required(key), pathOf(key));
    }

    public Optional<String> optionalString(String key) throws FieldProblem {
        Optional<Node> node = optional(key);
        return node.isEmpty() ? Optional.empty() : Optional.of(text(node.get(), pathOf(key)));
    }

    /** A scalar written as text or a plain number/word: its text exactly as written. */
    public static String text(Node node, String path) throws FieldProblem {
        if (node instanceof ScalarNode scalar && scalar.type() != ScalarNode.Type.NULL) {
            if (scalar.text().isBlank()) {
                throw new FieldProblem(node.position(), path, "must not be empty");
            }
            return scalar.text();
        }
        throw new FieldProblem(node.position(), path, "expected a single value, found " + node.describe());
    }

    /** A value that must be text; numbers and true/false written without quotes are refused. */
    public static String strictString(Node node, String path) throws FieldProblem {
        if (node instanceof ScalarNode scalar && scalar.isString()) {
            return scalar.text();
        }
        throw new FieldProblem(node.position(), path, "expected text, found " + node.describe()
                + (node instanceof ScalarNode ? "; put it in quotes" : ""));
    }

    /** A list of scalars; a single scalar counts as a list of one. */
    public List<String> strings(String key) throws FieldProblem {
        Optional<Node> node = optional(key);
        if (node.isEmpty()) {
            return List.of();
        }
        return texts(node.get(), pathOf(key));
    }

    public static List<String> texts(Node node, String path) throws FieldProblem {
        if (node instanceof ScalarNode) {
            return List.of(text(node, path));
        }
        if (node instanceof ListNode list) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < list.items().size(); i++) {
                values.add(text(list.items().get(i), path + "[" + (i + 1) + "]"));
            }
            return values;
        }
        throw new FieldProblem(node.position(), path, "expected a list of values, found " + node.describe());
    }

    public Optional<MapReader> optionalMap(String key) throws FieldProblem {
        Optional<Node> node = optional(key);
        return node.isEmpty() ? Optional.empty() : Optional.of(of(node.get(), pathOf(key)));
    }

    /** The children of a mapping field, each as a reader; absent gives an empty map. */
    public Map<String, Node> entries(String key) throws FieldProblem {
        Optional<MapReader> child = optionalMap(key);
        return child.isEmpty() ? Map.of() : child.get().node().asMap();
    }

    /** Position of a key, or of the mapping when the key is absent. */
    public Position positionOf(String key) {
        for (MapNode.Field field : map.fields()) {
            if (field.key().equals(key)) {
                return field.value().position();
            }
        }
        return map.position();
    }

    public Optional<Long> optionalInteger(String key) throws FieldProblem {
        Optional<Node> node = optional(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof ScalarNode scalar && scalar.type() == ScalarNode.Type.INTEGER) {
            try {
                return Optional.of(Long.parseLong(scalar.text().replace("_", "")));
            } catch (NumberFormatException e) {
                throw new FieldProblem(scalar.position(), pathOf(key), "not a whole number: " + scalar.text());
            }
        }
        throw new FieldProblem(node.get().position(), pathOf(key), "expected a whole number, found " + node.get().describe());
    }

}
