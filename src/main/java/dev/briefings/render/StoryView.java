package dev.briefings.render;

import java.util.List;
import java.util.Map;

import dev.briefings.i18n.LocalizedStory;

/**
 * What a story template sees: finished, localized text and the page labels. Templates hold
 * layout only; every word comes from here. A story with background also has its timeline: the
 * dated entries for a list, and the chart's geometry for an SVG ({@code null} without one).
 */
public record StoryView(
        String id,
        String anchor,
        String headline,
        String dateline,
        List<String> paragraphs,
        List<String> background,
        boolean hasBackground,
        List<TimelineDate> timeline,
        boolean hasTimeline,
        TimelineChart chart,
        String source,
        boolean hasSource,
        Map<String, String> labels) {

    public StoryView {
        paragraphs = List.copyOf(paragraphs);
        background = List.copyOf(background);
        timeline = List.copyOf(timeline);
        labels = Map.copyOf(labels);
    }

    /**
     * @param direction the page's writing direction, "ltr" or "rtl": a right-to-left page's
     *                  timeline runs from right to left
     */
    public static StoryView of(LocalizedStory story, Map<String, String> labels, String direction) {
        boolean hasTimeline = !story.timeline().isEmpty();
        return new StoryView(story.id(), "story-" + story.id(), story.headline(), story.dateline(), story.body(),
                story.background(), !story.background().isEmpty(), TimelineDate.of(story.timeline()), hasTimeline,
                hasTimeline ? TimelineChart.of(story.timeline(), "rtl".equals(direction)) : null, story.source().orElse(""),
                story.source().isPresent(), labels);
    }
}
