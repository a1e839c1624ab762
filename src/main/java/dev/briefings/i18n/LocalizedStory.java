package dev.briefings.i18n;

import java.util.List;
import java.util.Optional;

/**
 * A story told in one locale, as finished text: headline, dateline, body paragraphs, background
 * paragraphs, source line and, when it has background, the timeline of its dated events in
 * chronological order with the story last. Templates only lay it out.
 */
public record LocalizedStory(
        String id,
        String locale,
        String headline,
        String dateline,
        List<String> body,
        List<String> background,
        Optional<String> source,
        List<TimelineEntry> timeline,
        List<Fallback> fallbacks) {

    public LocalizedStory {
        body = List.copyOf(body);
        background = List.copyOf(background);
        timeline = List.copyOf(timeline);
        fallbacks = List.copyOf(fallbacks);
    }
}
