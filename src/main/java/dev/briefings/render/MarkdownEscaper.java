package dev.briefings.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes text inserted into Markdown so that it stays text: no emphasis, code, link, image,
 * raw HTML or entity, and nothing at the start of a line that would make a heading, quote,
 * list or rule. Ordinary prose (letters, digits, commas, full stops inside a line, dashes
 * inside words, typographic quotes) is left as it is, so the Markdown reads cleanly.
 */
final class MarkdownEscaper {

    /** Characters that start inline Markdown anywhere in a line. */
    private static final String INLINE = "\\`*_[]<>|~";

    /** Characters that start a block (heading, quote, list, rule) at the start of a line. */
    private static final String LINE_START = "#>-+=";

    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    private static final Pattern ORDERED_ITEM = Pattern.compile("^(\\d+)([.)])");

    private MarkdownEscaper() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (INLINE.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        // the patterns run only where they can match: most values have no '&' and start with a letter (#15)
        String escaped = out.indexOf("&") < 0 ? out.toString()
                : ENTITY.matcher(out).replaceAll(Matcher.quoteReplacement("\\&"));
        if (escaped.isEmpty()) {
            return escaped;
        }
        char first = escaped.charAt(0);
        if (LINE_START.indexOf(first) >= 0) {
            return "\\" + escaped;
        }
        if (first < '0' || first > '9') {
            return escaped;
        }
        return ORDERED_ITEM.matcher(escaped).replaceFirst("$1" + Matcher.quoteReplacement("\\") + "$2");
    }
}
