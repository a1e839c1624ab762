package dev.briefings.edition.publish;

import java.io.IOException;

/**
 * One story's line in a fragment file of one locale and format, as the render step writes it and
 * a later run reuses it: the story's id, the sha256 of its brief page, the digest of what its
 * telling in that locale is made from, the fallbacks used (a JSON array) and its part of the
 * whole-edition document (a JSON object), separated by tabs. Compact JSON escapes every tab and
 * line break inside a value, so a line holds no others.
 */
public record FragmentLine(String id, String sha256, String inputs, String fallbacks, String fragment) {

    private static final int HEX_LENGTH = 64;

    /** Reads a line (without its line break). */
    public static FragmentLine parse(String line) throws IOException {
        String[] parts = line.split("\t", 5);
        if (parts.length < 5 || parts[1].length() != HEX_LENGTH || parts[2].length() != HEX_LENGTH
                || !parts[3].startsWith("[") || !parts[4].startsWith("{")) {
            throw new IOException("a damaged fragment line: " + (line.length() > 80 ? line.substring(0, 80) + "…" : line));
        }
        return new FragmentLine(parts[0], parts[1], parts[2], parts[3], parts[4]);
    }

    /** The line as written, without its line break. */
    public String text() {
        return id + '\t' + sha256 + '\t' + inputs + '\t' + fallbacks + '\t' + fragment;
    }
}
