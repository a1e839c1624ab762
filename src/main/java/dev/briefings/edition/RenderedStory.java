package dev.briefings.edition;

import java.util.List;
import java.util.Map;

import dev.briefings.i18n.Fallback;

/** One story rendered in every locale and format, ready to be written. */
public record RenderedStory(String id, List<Output> files, List<Fragment> fragments, List<Fallback> fallbacks) {

    /** A brief page, with its path relative to the edition folder. */
    public record Output(String path, String content) {
    }

    /** A story's body in each format for one locale, kept for the whole-edition documents. */
    public record Fragment(String locale, String anchor, String headline, Map<String, String> bodies) {
        public Fragment {
            bodies = Map.copyOf(bodies);
        }
    }

    public RenderedStory {
        files = List.copyOf(files);
        fragments = List.copyOf(fragments);
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
