package dev.briefings.data;

import java.nio.file.Path;

/**
 * A project file (configuration, event kind, translation, glossary, template) that cannot be
 * used. The run stops before anything is generated and the command exits 2.
 */
public final class InvalidProjectFile extends RuntimeException {

    private final Path file;
    private final Position position;

    public InvalidProjectFile(Path file, Position position, String message) {
        super(message);
        this.file = file;
        this.position = position;
    }

    public InvalidProjectFile(Path file, FieldProblem problem) {
        this(file, problem.position(), problem.describe());
    }

    public InvalidProjectFile(Path file, SyntaxProblem problem) {
        this(file, problem.position(), problem.getMessage());
    }

    public Path file() {
        return file;
    }

    public Position position() {
        return position;
    }

    /** "file:line:column: message", the form editors and terminals turn into links. */
    public String describe() {
        return file + ":" + position.line() + ":" + position.column() + ": " + getMessage();
    }
}
