package dev.briefings.check;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;

import dev.briefings.data.Position;

/**
 * One problem a check found: where (file, line, column, and the message key, entity or template
 * variable), which check, what is wrong, what to do, and the reference's note for translators.
 */
public record Finding(Check check, Path file, Position position, String key, String message, String fix,
        Optional<String> note) {

    public Finding {
        note = note == null ? Optional.empty() : note;
    }

    public static Finding of(Check check, Path file, Position position, String key, String message) {
        return new Finding(check, file, position, key, message, check.fix(), Optional.empty());
    }

    public Finding withFix(String specific) {
        return new Finding(check, file, position, key, message, specific, note);
    }

    public Finding withNote(Optional<String> reference) {
        return new Finding(check, file, position, key, message, fix, reference);
    }

    public Severity severity() {
        return check.severity();
    }

    /** Findings in reading order: by file, line, column, then check. */
    public static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.file().toString())
            .thenComparingInt(f -> f.position().line())
            .thenComparingInt(f -> f.position().column())
            .thenComparing(f -> f.check().id())
            .thenComparing(Finding::key);
}
