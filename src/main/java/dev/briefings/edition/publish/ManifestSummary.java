package dev.briefings.edition.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import dev.briefings.data.Json;

/**
 * A published manifest without its list of files, which holds six entries per story and can run
 * to hundreds of thousands: what a rerun and the run summary need, read in constant memory.
 */
public record ManifestSummary(
        String edition,
        List<String> locales,
        List<String> formats,
        String fingerprint,
        int files,
        int briefs,
        List<Manifest.RejectedEntry> rejected,
        List<Manifest.FallbackEntry> fallbacks,
        Plan.Counts records,
        Manifest.Changes changes) {

    /**
     * Reads a manifest file, counting its files (and those that are a story's brief) instead of
     * keeping them; the list of files is only tokenized, which an edition of 100,000 stories needs.
     */
    public static ManifestSummary read(Path file) throws IOException {
        Json.Counted<Manifest> read = Json.readCountingArray(file, Manifest.class, "files", "story");
        Manifest manifest = read.value();
        return new ManifestSummary(manifest.edition(), manifest.locales(), manifest.formats(), manifest.fingerprint(),
                read.elements(), read.withField(), manifest.rejected(), manifest.fallbacks(), manifest.records(),
                manifest.changes());
    }
}
