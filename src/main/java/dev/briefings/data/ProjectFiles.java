package dev.briefings.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the project's own YAML files (configuration, kinds, translations), turning every problem
 * into an {@link InvalidProjectFile} that names the file and position.
 */
public final class ProjectFiles {

    private final TreeReader reader = new TreeReader();

    /** The file's root mapping; a missing or empty file is an error. */
    public MapReader requireMap(Path file) {
        return optionalMap(file).orElseThrow(() ->
                new InvalidProjectFile(file, Position.START, Files.exists(file) ? "the file is empty" : "the file is missing"));
    }

    /** The file's root mapping, or empty when the file does not exist or holds nothing. */
    public Optional<MapReader> optionalMap(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Optional<Node> root = reader.read(file);
            if (root.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(MapReader.of(root.get(), ""));
        } catch (SyntaxProblem e) {
            throw new InvalidProjectFile(file, e);
        } catch (FieldProblem e) {
            throw new InvalidProjectFile(file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
