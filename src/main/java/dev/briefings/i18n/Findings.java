package dev.briefings.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.briefings.check.Check;
import dev.briefings.check.Finding;
import dev.briefings.data.Position;
import dev.briefings.data.SourceText;

/** What one run of the translators' check has found so far, shared by its check families. */
final class Findings {

    private final SourceText source = new SourceText();
    private final List<Finding> found = new ArrayList<>();

    void add(Finding finding) {
        found.add(finding);
    }

    /** A finding about a message, at the offset in its text (or at its key when the offset is negative). */
    void add(Check check, MessageEntry entry, int offset, String message, Optional<String> note) {
        Position position = offset < 0 ? entry.keyPosition()
                : source.positionOf(entry.file(), entry.value().position(), entry.text().orElse(""), offset);
        found.add(Finding.of(check, entry.file(), position, entry.key(), message).withNote(note));
    }

    SourceText source() {
        return source;
    }

    /** Everything found, in the order findings are reported. */
    List<Finding> sorted() {
        List<Finding> sorted = new ArrayList<>(found);
        sorted.sort(Finding.ORDER);
        return sorted;
    }
}
