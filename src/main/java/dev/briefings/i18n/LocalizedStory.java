package dev.briefings.i18n;

import java.util.List;
import java.util.Optional;

/**
 * A story told in one locale, as finished text: headline, dateline, body paragraphs, background
 * paragraphs and source line. Templates only lay it out.
 */
public record LocalizedStory(
        String id,
        String locale,
        String headline,
        String dateline,
        List<String> body,
        List<String> background,
        Optional<String> source,
        List<Fallback> fallbacks) {

    public LocalizedStory {
        body = List.copyOf(body);
        background = List.copyOf(background);
        fallbacks = List.copyOf(fallbacks);
    }
}
