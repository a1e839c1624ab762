package dev.briefings.data;

/**
 * A value that is present but wrong (wrong type, missing, unknown, out of range), with the
 * dotted path of the field and where it was written.
 */
public final class FieldProblem extends Exception {

    private final Position position;
    private final String field;

    public FieldProblem(Position position, String field, String message) {
        super(message);
        this.position = position;
        this.field = field;
    }

    public Position position() {
        return position;
    }

    /** The field's dotted path inside its record or file, such as {@code participants.parties[1]}. */
    public String field() {
        return field;
    }

    /** The problem as one line: field and what is wrong. */
    public String describe() {
        return field.isEmpty() ? getMessage() : field + ": " + getMessage();
    }
}
