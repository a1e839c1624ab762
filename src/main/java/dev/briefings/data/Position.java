package dev.briefings.data;

/**
 * Where something sits in a source file: a 1-based line and column, as an editor shows them.
 */
public record Position(int line, int column) {

    /** The position of a whole file rather than a place inside it. */
    public static final Position START = new Position(1, 1);

    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}
