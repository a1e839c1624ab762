package dev.briefings.data;

/**
 * A file that cannot be read as a tree at all: not UTF-8, malformed YAML or JSON, a duplicate
 * key, an alias, or nesting deeper than any real record.
 */
public final class SyntaxProblem extends Exception {

    private final Position position;

    public SyntaxProblem(Position position, String message) {
        super(message);
        this.position = position;
    }

    public Position position() {
        return position;
    }
}
