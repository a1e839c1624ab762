package dev.briefings.render;

import java.util.Map;

/**
 * What a page template (one brief, or the whole edition) sees around its stories: the page's
 * language and direction, its title, the labels, and the stories already rendered in this format.
 * {@code empty} is true for an edition with no stories, which then says so.
 */
public record PageView(
        String lang,
        String dir,
        String title,
        String editionTitle,
        Iterable<Entry> stories,
        boolean empty,
        Map<String, String> labels) {

    /** A rendered story in a page, with what a table of contents needs. */
    public record Entry(String anchor, String headline, String body) {
    }

    public PageView {
        labels = Map.copyOf(labels);
    }
}
