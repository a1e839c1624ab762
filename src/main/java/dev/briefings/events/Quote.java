package dev.briefings.events;

import java.util.Map;
import java.util.Optional;

/**
 * Words someone said, in the language they said them and in any translations the record carries,
 * keyed by locale id.
 */
public record Quote(Map<String, String> text, String speaker, String language) {

    public Quote {
        text = Map.copyOf(text);
    }

    /** The text for a locale, if the record has it. */
    public Optional<String> in(String locale) {
        return Optional.ofNullable(text.get(locale));
    }
}
