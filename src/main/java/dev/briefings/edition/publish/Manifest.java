package dev.briefings.edition.publish;

import java.util.List;
import java.util.Map;

import dev.briefings.data.Position;

/**
 * {@code manifest.json}: what a published edition holds. Its fields are the run contract that
 * tools rely on: {@code edition}, {@code locales}, {@code files} (path, locale, format, story or
 * null for a whole-edition document, sha256) and {@code rejected} (source, position, id if known,
 * reason). It also lists the fallbacks used, the record counts, the inputs' fingerprint and what
 * changed since the generation published before it.
 */
public record Manifest(
        String edition,
        List<String> locales,
        List<String> formats,
        String fingerprint,
        List<FileEntry> files,
        List<RejectedEntry> rejected,
        List<FallbackEntry> fallbacks,
        Plan.Counts records,
        Changes changes) {

    /** One published file. */
    public record FileEntry(String path, String locale, String format, String story, String sha256) {
    }

    /** One record (or file) left out, and why. */
    public record RejectedEntry(String source, Position position, String id, String reason) {
    }

    /** One stand-in for a missing translation. */
    public record FallbackEntry(String locale, String subject, String what) {
    }

    /**
     * What changed since the generation published before this one, per locale: its inputs'
     * fingerprint ({@code since}, null when there was none: every story is then added) and the
     * stories added, changed (a page of theirs differs) and removed, each sorted by id.
     */
    public record Changes(String since, Map<String, LocaleChanges> locales) {
        public Changes {
            locales = locales == null ? Map.of() : new java.util.TreeMap<>(locales);
        }
    }

    /** The stories added, changed and removed in one locale. */
    public record LocaleChanges(List<String> added, List<String> changed, List<String> removed) {
        public LocaleChanges {
            added = added == null ? List.of() : List.copyOf(added);
            changed = changed == null ? List.of() : List.copyOf(changed);
            removed = removed == null ? List.of() : List.copyOf(removed);
        }
    }

    public static final String FILE_NAME = "manifest.json";
}
