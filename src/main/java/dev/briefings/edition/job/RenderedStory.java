package dev.briefings.edition.job;

import java.util.List;

import dev.briefings.i18n.Fallback;

/**
 * One story rendered in every locale and format, ready to be written, with its place in the
 * render step's reading order.
 */
public record RenderedStory(long position, String id, List<Brief> briefs, List<Fallback> fallbacks) {

    /**
     * The story in one locale and format: its brief page (with the path relative to the edition
     * folder) and its part of the whole-edition document.
     */
    public record Brief(String locale, String format, String path, String page, Fragment fragment) {
    }

    /** What the whole-edition document takes from a story. */
    public record Fragment(String anchor, String headline, String body) {
    }

    public RenderedStory {
        briefs = List.copyOf(briefs);
        fallbacks = List.copyOf(fallbacks);
    }

    /** The path of a brief in the edition folder. */
    public static String briefPath(String locale, String id, String extension) {
        return locale + "/stories/" + id + "." + extension;
    }

    /** The path of a whole-edition document in the edition folder. */
    public static String editionPath(String locale, String extension) {
        return locale + "/edition." + extension;
    }
}
