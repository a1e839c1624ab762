package dev.briefings.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A mapping of keys to values, in the order they were written, each key with its own position. */
public record MapNode(List<Field> fields, Position position) implements Node {

    /** One key and its value. */
    public record Field(String key, Position keyPosition, Node value) {
    }

    public MapNode {
        fields = List.copyOf(fields);
    }

    /** The value under a key, if present. */
    public Optional<Node> get(String key) {
        for (Field field : fields) {
            if (field.key().equals(key)) {
                return Optional.of(field.value());
            }
        }
        return Optional.empty();
    }

    public boolean has(String key) {
        return get(key).isPresent();
    }

    /** The fields as a map from key to value, in file order. */
    public Map<String, Node> asMap() {
        Map<String, Node> map = new LinkedHashMap<>();
        for (Field field : fields) {
            map.put(field.key(), field.value());
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
