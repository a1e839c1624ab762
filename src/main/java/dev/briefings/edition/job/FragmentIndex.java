package dev.briefings.edition.job;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.briefings.data.Json;
import dev.briefings.edition.publish.FragmentLine;
import dev.briefings.edition.publish.RenderCache;

/**
 * The render step's fragments of one locale and format, found by publication order. The chunk
 * files (in reading order) are copied into one file while their lines are indexed; each fragment
 * is then read from it when the edition document reaches its story, so that the document is
 * streamed in publication order and never held in memory. What the index keeps per story is its
 * line's position and length, and the page's sha256. Once the edition is published, the combined
 * file and the index become the generation's render cache ({@link #keep}).
 */
final class FragmentIndex implements AutoCloseable {

    private static final int SHA_LENGTH = 64;

    private final Path combined;
    private final FileChannel channel;
    private final long[] offsets;
    private final int[] lengths;
    private final int[] crcs;
    private final String[] sums;

    private FragmentIndex(Path combined, FileChannel channel, long[] offsets, int[] lengths, int[] crcs, String[] sums) {
        this.crcs = crcs;
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
        int[] crcs = new int[size];
        String[] sums = new String[size];
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
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
                    offsets[slot] = written + start;
                    lengths[slot] = end - start;
                    crc.reset();
                    crc.update(bytes, start, end - start);
                    crcs[slot] = (int) crc.getValue();
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
        return new FragmentIndex(combined, FileChannel.open(combined, StandardOpenOption.READ), offsets, lengths, crcs,
                sums);
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
            byte[] bytes = buffer.array();
            int start = FragmentLine.fragmentStart(bytes);
            if (start < 0) {
                // not the line this run wrote: parse it as text, which names the damage
                FragmentLine line = FragmentLine.parse(new String(bytes, StandardCharsets.UTF_8));
                return Json.read(line.fragment().getBytes(StandardCharsets.UTF_8), RenderedStory.Fragment.class);
            }
            // the fragment is read in place: no decoding, splitting and encoding of the whole line (#15)
            return Json.read(bytes, start, bytes.length - start, RenderedStory.Fragment.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps the lines as the render cache of one locale and format: the combined file is moved into
     * the cache folder, beside an index of where each story's line lies, by slot.
     */
    void keep(Path cache, String locale, String format) throws IOException {
        Files.createDirectories(cache);
        RenderCache.writeIndex(cache, locale, format, offsets, lengths, crcs);
        Files.move(combined, RenderCache.linesFile(cache, locale, format), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        channel.close();
        Files.deleteIfExists(combined);
    }
}
