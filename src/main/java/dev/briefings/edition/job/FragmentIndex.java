package dev.briefings.edition.job;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.briefings.data.Json;

/**
 * The render step's fragments of one locale and format, found by publication order. The chunk
 * files (in reading order) are copied into one file while their lines are indexed; each fragment
 * is then read from it when the edition document reaches its story, so that the document is
 * streamed in publication order and never held in memory. What the index keeps per story is a
 * position, a length and the page's sha256.
 */
final class FragmentIndex implements AutoCloseable {

    private static final int SHA_LENGTH = 64;

    private final Path combined;
    private final FileChannel channel;
    private final long[] offsets;
    private final int[] lengths;
    private final String[] sums;

    private FragmentIndex(Path combined, FileChannel channel, long[] offsets, int[] lengths, String[] sums) {
        this.combined = combined;
        this.channel = channel;
        this.offsets = offsets;
        this.lengths = lengths;
        this.sums = sums;
    }

    /**
     * Indexes the chunk files in {@code folder}.
     *
     * @param slots each story's place in publication order, by id
     */
    static FragmentIndex build(Path folder, Map<String, Integer> slots) throws IOException {
        int size = slots.size();
        long[] offsets = new long[size];
        int[] lengths = new int[size];
        String[] sums = new String[size];
        Path combined = folder.resolveSibling(folder.getFileName() + ".all");
        // an edition with no stories has no fragments, and the render step made no folder for them
        Files.createDirectories(combined.getParent());
        long written = 0;
        try (OutputStream out = Files.newOutputStream(combined)) {
            for (Path chunk : chunks(folder)) {
                byte[] bytes = Files.readAllBytes(chunk);
                out.write(bytes);
                int start = 0;
                while (start < bytes.length) {
                    int end = indexOf(bytes, (byte) '\n', start);
                    int tab = indexOf(bytes, (byte) '\t', start);
                    String id = new String(bytes, start, tab - start, StandardCharsets.US_ASCII);
                    Integer slot = slots.get(id);
                    if (slot == null) {
                        throw new IOException(chunk + ": a fragment of '" + id + "', which is not in the plan");
                    }
                    sums[slot] = new String(bytes, tab + 1, SHA_LENGTH, StandardCharsets.US_ASCII);
                    int json = tab + 1 + SHA_LENGTH + 1;
                    offsets[slot] = written + json;
                    lengths[slot] = end - json;
                    start = end + 1;
                }
                written += bytes.length;
            }
        }
        for (Map.Entry<String, Integer> entry : slots.entrySet()) {
            if (sums[entry.getValue()] == null) {
                throw new IOException(folder + ": no fragment of story '" + entry.getKey() + "'");
            }
        }
        return new FragmentIndex(combined, FileChannel.open(combined, StandardOpenOption.READ), offsets, lengths, sums);
    }

    private static List<Path> chunks(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) throws IOException {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        throw new IOException("a fragment line is cut short");
    }

    /** The sha256 of the brief page of the story at a slot. */
    String sha256(int slot) {
        return sums[slot];
    }

    /** The fragment of the story at a slot. */
    RenderedStory.Fragment fragment(int slot) {
        ByteBuffer buffer = ByteBuffer.allocate(lengths[slot]);
        try {
            long position = offsets[slot];
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, position + buffer.position());
                if (n < 0) {
                    throw new IOException(combined + " ends before the fragment at " + position);
                }
            }
            return Json.read(buffer.array(), RenderedStory.Fragment.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
        Files.deleteIfExists(combined);
    }
}
