package dev.briefings.events;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import dev.briefings.data.ListNode;
import dev.briefings.data.MapNode;
import dev.briefings.data.Node;
import dev.briefings.data.Position;
import dev.briefings.data.SyntaxProblem;
import dev.briefings.data.TreeReader;

/**
 * The record files of an events folder and their contents. A file holds one record (a mapping)
 * or a list of records; YAML ({@code .yaml}, {@code .yml}) and JSON ({@code .json}) are read.
 */
public final class EventFiles {

    /** What one file gave: its records, or the reason the file could not be read at all. */
    public record Contents(List<RawRecord> records, Optional<Rejection> rejection) {
        public Contents {
            records = List.copyOf(records);
        }
    }

    private final Path folder;
    private final TreeReader reader = new TreeReader();

    public EventFiles(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /**
     * The record files, as paths relative to the folder with '/' separators, in a stable order.
     * Hidden files and JSON Schemas ({@code *.schema.json}) are not records.
     */
    public List<String> list() throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("the events folder " + folder + " does not exist or is not a folder");
        }
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
            walk.filter(Files::isRegularFile)
                    .filter(TreeReader::isDataFile)
                    .map(folder::relativize)
                    .filter(p -> !isHidden(p))
                    .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".schema.json"))
                    .map(p -> p.toString().replace('\\', '/'))
                    .sorted()
                    .forEach(files::add);
        }
        return files;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Reads one file (named relative to the folder) into raw records. */
    public Contents read(String file) {
        Optional<Node> root;
        try {
            root = reader.read(folder.resolve(file));
        } catch (SyntaxProblem e) {
            return rejected(file, e.position(), e.getMessage());
        } catch (IOException e) {
            return rejected(file, Position.START, "cannot be read: " + e.getMessage());
        }
        if (root.isEmpty()) {
            return rejected(file, Position.START, "the file is empty; it should hold a record or a list of records");
        }
        Node node = root.get();
        List<RawRecord> records = new ArrayList<>();
        if (node instanceof MapNode) {
            records.add(new RawRecord(node, new Origin(file, node.position(), 1)));
        } else if (node instanceof ListNode list) {
            if (list.items().isEmpty()) {
                return rejected(file, node.position(), "the list of records is empty");
            }
            for (int i = 0; i < list.items().size(); i++) {
                Node item = list.items().get(i);
                records.add(new RawRecord(item, new Origin(file, item.position(), i + 1)));
            }
        } else {
            return rejected(file, node.position(), "expected a record (a mapping) or a list of records, found "
                    + node.describe());
        }
        return new Contents(records, Optional.empty());
    }

    private static Contents rejected(String file, Position position, String reason) {
        return new Contents(List.of(), Optional.of(new Rejection(file, position, Optional.empty(), reason)));
    }
}
