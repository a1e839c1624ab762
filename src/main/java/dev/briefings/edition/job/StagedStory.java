package dev.briefings.edition.job;

import java.util.List;

import dev.briefings.i18n.Fallback;

/**
 * A story whose brief pages are written to the staging edition: what is left for the render
 * step's writer to keep for publication (the pages themselves are no longer held).
 */
public record StagedStory(long position, String id, List<Brief> briefs, List<Fallback> fallbacks) {

    /** One brief page as written, and the story's part of the whole-edition document in its format. */
    public record Brief(String locale, String format, String path, String sha256, RenderedStory.Fragment fragment) {
    }

    public StagedStory {
        briefs = List.copyOf(briefs);
        fallbacks = List.copyOf(fallbacks);
    }
}
