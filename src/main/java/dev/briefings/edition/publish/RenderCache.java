package dev.briefings.edition.publish;

import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a later run needs from a published generation to reuse its stories' pages, kept beside it
 * in {@code output/.renders/<date>-<generation>/}: the stories in publication order
 * ({@code stories.txt}) and, for each locale and format, every story's {@link FragmentLine}
 * ({@code <locale>.<format>.jsonl}, in any order) with an index of where each story's line lies
 * ({@code <locale>.<format>.index}: the count, then per story, in publication order, the line's
 * offset, length and CRC-32, so that a line damaged on disk is never reused). A line is read when its story is asked for; the lines are never all held.
 * <p>
 * Readable from several threads at once. Anything missing or damaged makes the cache unusable,
 * which costs a full render and nothing else.
 */
public final class RenderCache implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RenderCache.class);

    static final String STORIES = "stories.txt";

    private final Path folder;
    private final List<String> stories;
    private final Map<String, Integer> slots;
    private final Map<String, Part> parts = new HashMap<>();

    private RenderCache(Path folder, List<String> stories) {
        this.folder = folder;
        this.stories = List.copyOf(stories);
        Map<String, Integer> slots = new HashMap<>(stories.size() * 2);
        for (int i = 0; i < stories.size(); i++) {
            slots.put(stories.get(i), i);
        }
        this.slots = slots;
    }

    /** The cache of a published version folder. */
    public static Path folderOf(Path output, Path version) {
        return output.resolve(".renders").resolve(version.getFileName().toString());
    }

    /** Opens a cache, if it is there and readable. */
    static Optional<RenderCache> open(Path folder) {
        Path list = folder.resolve(STORIES);
        if (!Files.isRegularFile(list)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RenderCache(folder, Files.readAllLines(list, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            LOG.warn("Cannot read {} ({}); every story is rendered again", list, e.getMessage());
            return Optional.empty();
        }
    }

    /** The stories of the cached generation, in publication order. */
    public List<String> stories() {
        return stories;
    }

    /** Whether the cache holds lines of this locale and format. */
    boolean has(String locale, String format) {
        return part(locale, format).isPresent();
    }

    /** A story's line in one locale and format, if the cache holds it. */
    public Optional<FragmentLine> line(String locale, String format, String id) {
        Integer slot = slots.get(id);
        if (slot == null) {
            return Optional.empty();
        }
        Optional<Part> part = part(locale, format);
        if (part.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(part.get().line(slot));
        } catch (IOException e) {
            LOG.warn("Cannot read the cached line of {} in {} ({}); it is rendered again", id, folder, e.getMessage());
            return Optional.empty();
        }
    }

    private synchronized Optional<Part> part(String locale, String format) {
        String key = locale + "." + format;
        if (!parts.containsKey(key)) {
            parts.put(key, Part.open(folder.resolve(key + ".jsonl"), folder.resolve(key + ".index"), stories.size()));
        }
        return Optional.ofNullable(parts.get(key));
    }

    @Override
    public synchronized void close() {
        for (Part part : parts.values()) {
            if (part != null) {
                part.close();
            }
        }
        parts.clear();
    }

    /** Writes the list of stories of a cache being made. */
    public static void writeStories(Path folder, List<String> stories) throws IOException {
        Files.createDirectories(folder);
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve(STORIES), StandardCharsets.UTF_8)) {
            for (String id : stories) {
                out.write(id);
                out.write('\n');
            }
        }
    }

    /** Writes the index of one locale and format of a cache being made: where each story's line lies, and its CRC-32, by slot. */
    public static void writeIndex(Path folder, String locale, String format, long[] offsets, int[] lengths, int[] crcs)
            throws IOException {
        Files.createDirectories(folder);
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(
                Files.newOutputStream(folder.resolve(locale + "." + format + ".index")), 64 * 1024))) {
            out.writeInt(offsets.length);
            for (int i = 0; i < offsets.length; i++) {
                out.writeLong(offsets[i]);
                out.writeInt(lengths[i]);
                out.writeInt(crcs[i]);
            }
        }
    }

    /** The lines file of one locale and format in a cache being made. */
    public static Path linesFile(Path folder, String locale, String format) {
        return folder.resolve(locale + "." + format + ".jsonl");
    }

    /** One locale and format: the lines file and where each slot's line lies. */
    private record Part(FileChannel channel, long[] offsets, int[] lengths, int[] crcs) {

        static Part open(Path lines, Path index, int stories) {
            if (!Files.isRegularFile(lines) || !Files.isRegularFile(index)) {
                return null;
            }
            try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(index),
                    64 * 1024))) {
                int count = in.readInt();
                if (count != stories) {
                    LOG.warn("{} indexes {} stories, not {}; those pages are rendered again", index, count, stories);
                    return null;
                }
                long[] offsets = new long[count];
                int[] lengths = new int[count];
                int[] crcs = new int[count];
                for (int i = 0; i < count; i++) {
                    offsets[i] = in.readLong();
                    lengths[i] = in.readInt();
                    crcs[i] = in.readInt();
                }
                return new Part(FileChannel.open(lines, StandardOpenOption.READ), offsets, lengths, crcs);
            } catch (NoSuchFileException e) {
                return null;
            } catch (IOException | RuntimeException e) {
                LOG.warn("Cannot read {} ({}); those pages are rendered again", index, e.getMessage());
                return null;
            }
        }

        FragmentLine line(int slot) throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate(lengths[slot]);
            long position = offsets[slot];
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, position + buffer.position()) < 0) {
                    throw new IOException("the file ends before the line at " + position);
                }
            }
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(buffer.array());
            if ((int) crc.getValue() != crcs[slot]) {
                throw new IOException("the line at " + position + " is not the one that was written");
            }
            return FragmentLine.parse(new String(buffer.array(), StandardCharsets.UTF_8));
        }

        void close() {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
