package dev.briefings.edition.job;

import java.util.List;
import java.util.Map;

import dev.briefings.edition.publish.FragmentLine;
import dev.briefings.i18n.Fallback;

/**
 * A story whose brief pages are in the staging edition (rendered, or reused from the published
 * generation): what is left for the render step's writer to keep for publication (the pages
 * themselves are no longer held), and how each locale's pages compare with the published ones.
 */
public record StagedStory(long position, String id, List<Brief> briefs, List<Fallback> fallbacks,
        Map<String, Change> changes) {

    /** One brief page as staged, and its line in the fragment file of its locale and format. */
    public record Brief(String locale, String format, String path, FragmentLine line) {
    }

    /** How a story's pages in one locale compare with the published generation's. */
    public enum Change {
        /** Its inputs had not changed: the published pages were reused, not rendered. */
        REUSED,
        /** Rendered again, to the same bytes. */
        UNCHANGED,
        /** Rendered again, and a page differs. */
        CHANGED,
        /** Not in the published generation. */
        ADDED
    }

    public StagedStory {
        briefs = List.copyOf(briefs);
        fallbacks = List.copyOf(fallbacks);
        changes = Map.copyOf(changes);
    }
}
