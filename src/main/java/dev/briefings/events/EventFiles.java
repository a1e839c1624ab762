package dev.briefings.events;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

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

    /** What a file name's bytes that are not UTF-8 turn into when the name is listed. */
    static final char UNREADABLE_NAME = '\uFFFD';

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

    /**
     * Reads every record file one record at a time, handing each record (or the rejection that ends
     * a file) to the visitor: memory stays that of one record whatever the files' sizes.
     */
    public void forEachItem(Consumer<Item> visitor) throws IOException {
        for (String file : list()) {
            try (Cursor cursor = open(file)) {
                Optional<Item> item;
                while ((item = cursor.next()).isPresent()) {
                    visitor.accept(item.get());
                }
            }
        }
    }

    /** One thing a file gives: a record, or the reason the rest of the file cannot be read. */
    public record Item(Optional<RawRecord> record, Optional<Rejection> rejection) {
        static Item of(RawRecord record) {
            return new Item(Optional.of(record), Optional.empty());
        }

        static Item rejected(String file, Position position, String reason) {
            return new Item(Optional.empty(), Optional.of(new Rejection(file, position, Optional.empty(), reason)));
        }
    }

    /**
     * Opens a file to read its records one at a time, so that memory stays that of one record
     * whatever the file's size. A syntax error ends the file with a rejection after the records
     * read before it, which still count.
     */
    public Cursor open(String file) {
        return new Cursor(file);
    }

    /** The records of one file, read on demand. */
    public final class Cursor implements AutoCloseable {
        private final String file;
        private TreeReader.ValueStream stream;
        private int index;
        private boolean finished;

        private Cursor(String file) {
            this.file = file;
        }

        /** The next record or rejection, or empty when the file is done. */
        public Optional<Item> next() {
            if (finished) {
                return Optional.empty();
            }
            try {
                if (stream == null) {
                    stream = reader.stream(folder.resolve(file));
                }
                Optional<Node> node = stream.next();
                if (node.isEmpty()) {
                    finished = true;
                    if (index == 0) {
                        return Optional.of(stream.isList()
                                ? Item.rejected(file, stream.listPosition(), "the list of records is empty")
                                : Item.rejected(file, Position.START,
                                        "the file is empty; it should hold a record or a list of records"));
                    }
                    return Optional.empty();
                }
                if (!stream.isList() && !(node.get() instanceof MapNode)) {
                    finished = true;
                    return Optional.of(Item.rejected(file, node.get().position(),
                            "expected a record (a mapping) or a list of records, found " + node.get().describe()));
                }
                index++;
                return Optional.of(Item.of(new RawRecord(node.get(), new Origin(file, node.get().position(), index))));
            } catch (SyntaxProblem e) {
                finished = true;
                String where = index == 0 ? "" : " (the " + index + " record" + (index == 1 ? "" : "s")
                        + " before it are read)";
                return Optional.of(Item.rejected(file, e.position(), e.getMessage() + where));
            } catch (IOException e) {
                finished = true;
                if (file.indexOf(UNREADABLE_NAME) >= 0) {
                    // the name's bytes are not UTF-8: the system cannot find the file by the name it listed
                    return Optional.of(Item.rejected(file, Position.START, "the file name is not UTF-8 (shown here with "
                            + UNREADABLE_NAME + " for the bytes that are not), so the file cannot be opened; rename it"));
                }
                return Optional.of(Item.rejected(file, Position.START, "cannot be read: " + e.getMessage()));
            }
        }

        @Override
        public void close() {
            if (stream != null) {
                stream.close();
            }
        }
    }
}
