package dev.briefings.edition.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generation of an edition that is published while a new one is made: what the new one is
 * compared with (stories added, changed, removed) and whose pages it reuses where a story's inputs
 * have not changed. Its render cache may be missing (a generation published by an earlier version
 * of this program, or damaged): then nothing is reused, and a story's page is compared with the
 * published file itself.
 */
public final class PreviousGeneration implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PreviousGeneration.class);

    private final Path version;
    private final String fingerprint;
    private final Optional<RenderCache> cache;

    private PreviousGeneration(Path version, String fingerprint, Optional<RenderCache> cache) {
        this.version = version;
        this.fingerprint = fingerprint;
        this.cache = cache;
    }

    /** The generation published now, if there is one this program made, with a manifest it can read. */
    public static Optional<PreviousGeneration> find(Path output, LocalDate edition) throws IOException {
        Optional<Path> version = Housekeeping.publishedVersion(output, edition);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        Path manifest = version.get().resolve(Manifest.FILE_NAME);
        String fingerprint;
        try {
            fingerprint = ManifestSummary.read(manifest).fingerprint();
        } catch (IOException e) {
            LOG.warn("Cannot read {} ({}); the new edition is not compared with it", manifest, e.getMessage());
            return Optional.empty();
        }
        return Optional.of(new PreviousGeneration(version.get(), fingerprint,
                RenderCache.open(RenderCache.folderOf(output, version.get()))));
    }

    /** Its folder in {@code .editions/}. */
    public Path version() {
        return version;
    }

    /** The inputs' fingerprint its manifest gives. */
    public String fingerprint() {
        return fingerprint;
    }

    /** A story's cached line in one locale and format, to reuse when its inputs have not changed. */
    public Optional<FragmentLine> cached(String locale, String format, String id) {
        return cache.flatMap(c -> c.line(locale, format, id));
    }

    /** The published page of a story in one locale and format. */
    public Path page(String path) {
        return version.resolve(path);
    }

    /**
     * The sha256 of a story's published page, if it published one there: its cached line's, else
     * the published file's.
     *
     * @param line the story's {@link #cached} line in that locale and format
     */
    public Optional<String> sha256(Optional<FragmentLine> line, String path) throws IOException {
        if (line.isPresent()) {
            return Optional.of(line.get().sha256());
        }
        Path page = page(path);
        return Files.isRegularFile(page, LinkOption.NOFOLLOW_LINKS) ? Optional.of(Digests.sha256(page)) : Optional.empty();
    }

    /** The stories it published in a locale, found from the pages of one format. */
    public List<String> stories(String locale, String format) throws IOException {
        if (cache.isPresent() && cache.get().has(locale, format)) {
            return cache.get().stories();
        }
        Path folder = version.resolve(locale).resolve("stories");
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        String suffix = "." + format;
        List<String> ids = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted()
                    .forEach(n -> ids.add(n.substring(0, n.length() - suffix.length())));
        }
        return ids;
    }

    @Override
    public void close() {
        cache.ifPresent(RenderCache::close);
    }
}
