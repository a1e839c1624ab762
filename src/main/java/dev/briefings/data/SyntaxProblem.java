package dev.briefings.data;

/**
 * A file that cannot be read as a tree at all: not UTF-8, malformed YAML or JSON, a duplicate
 * key, an alias, or nesting deeper than any real record.
 */
public final class SyntaxProblem extends Exception {

    /** What is wrong with the file, for checks that report each kind under its own id. */
    public enum Kind { MALFORMED, DUPLICATE_KEY, ALIAS, NOT_UTF8, TOO_DEEP }

    private final Kind kind;
    private final Position position;

    public SyntaxProblem(Kind kind, Position position, String message) {
        super(message);
        this.kind = kind;
        this.position = position;
    }

    public Kind kind() {
        return kind;
    }

    public Position position() {
        return position;
    }
}
