package dev.briefings.edition.publish;

import java.util.List;

import dev.briefings.data.Position;

/**
 * {@code manifest.json}: what a published edition holds. Its fields are the run contract that
 * tools rely on: {@code edition}, {@code locales}, {@code files} (path, locale, format, story or
 * null for a whole-edition document, sha256) and {@code rejected} (source, position, id if known,
 * reason). It also lists the fallbacks used, the record counts and the inputs' fingerprint.
 */
public record Manifest(
        String edition,
        List<String> locales,
        List<String> formats,
        String fingerprint,
        List<FileEntry> files,
        List<RejectedEntry> rejected,
        List<FallbackEntry> fallbacks,
        Plan.Counts records) {

    /** One published file. */
    public record FileEntry(String path, String locale, String format, String story, String sha256) {
    }

    /** One record (or file) left out, and why. */
    public record RejectedEntry(String source, Position position, String id, String reason) {
    }

    /** One stand-in for a missing translation. */
    public record FallbackEntry(String locale, String subject, String what) {
    }

    public static final String FILE_NAME = "manifest.json";
}
