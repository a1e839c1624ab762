package dev.briefings.i18n;

/**
 * A place where a locale's own translation was missing and something else stood in: case forms
 * from an inflector, a name borrowed (and perhaps transliterated) from another locale, a quote
 * left out. Every one is listed in the run summary and the manifest for a translator to review.
 */
public record Fallback(String locale, String subject, String what) {

    public String describe() {
        return locale + "  " + subject + ": " + what;
    }
}
