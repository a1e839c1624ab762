package dev.briefings.data;

import java.util.Objects;

/**
 * A single value: its text exactly as written (no YAML 1.1 coercion of {@code no} or
 * {@code 010}) and the type the parser saw.
 */
public record ScalarNode(String text, Type type, Position position) implements Node {

    /** The type a YAML or JSON parser gave a scalar. */
    public enum Type { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

    public ScalarNode {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(position, "position");
    }

    public boolean isString() {
        return type == Type.STRING;
    }

    @Override
    public String describe() {
        return switch (type) {
            case STRING -> "a text";
            case INTEGER, DECIMAL -> "a number";
            case BOOLEAN -> "a true/false value";
            case NULL -> "an empty value";
        };
    }
}
