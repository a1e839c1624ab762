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

    /** Reads a manifest file, counting its files instead of keeping them. */
    public static ManifestSummary read(Path file) throws IOException {
        int[] counts = new int[2];
        Manifest manifest = Json.readSkippingArray(file, Manifest.class, "files", Manifest.FileEntry.class, entry -> {
            counts[0]++;
            if (entry.story() != null) {
                counts[1]++;
            }
        });
        return new ManifestSummary(manifest.edition(), manifest.locales(), manifest.formats(), manifest.fingerprint(),
                counts[0], counts[1], manifest.rejected(), manifest.fallbacks(), manifest.records(),
                manifest.changes());
    }
}
