package dev.briefings.render;

import java.util.List;
import java.util.Map;

import dev.briefings.i18n.LocalizedStory;

/**
 * What a story template sees: finished, localized text and the page labels. Templates hold
 * layout only; every word comes from here.
 */
public record StoryView(
        String id,
        String anchor,
        String headline,
        String dateline,
        List<String> paragraphs,
        List<String> background,
        boolean hasBackground,
        String source,
        boolean hasSource,
        Map<String, String> labels) {

    public StoryView {
        paragraphs = List.copyOf(paragraphs);
        background = List.copyOf(background);
        labels = Map.copyOf(labels);
    }

    public static StoryView of(LocalizedStory story, Map<String, String> labels) {
        return new StoryView(story.id(), "story-" + story.id(), story.headline(), story.dateline(), story.body(),
                story.background(), !story.background().isEmpty(), story.source().orElse(""), story.source().isPresent(),
                labels);
    }
}
