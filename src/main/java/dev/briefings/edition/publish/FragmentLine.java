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
        if (parts.length < 5 || !hex(parts[1]) || !hex(parts[2]) || !parts[3].startsWith("[")
                || !parts[4].startsWith("{") || !parts[4].endsWith("}")) {
            throw new IOException("a damaged fragment line: " + (line.length() > 80 ? line.substring(0, 80) + "…" : line));
        }
        return new FragmentLine(parts[0], parts[1], parts[2], parts[3], parts[4]);
    }

    /**
     * Where the fragment (the fifth field, a JSON object) starts in a line's UTF-8 bytes, without
     * decoding the line: after its fourth tab (a tab byte is never part of a multi-byte character);
     * -1 when the line has not the shape {@link #parse} accepts there.
     */
    public static int fragmentStart(byte[] line) {
        int tabs = 0;
        for (int i = 0; i < line.length; i++) {
            if (line[i] == '\t' && ++tabs == 4) {
                int start = i + 1;
                return start < line.length && line[start] == '{' && line[line.length - 1] == '}' ? start : -1;
            }
        }
        return -1;
    }

    private static boolean hex(String text) {
        if (text.length() != HEX_LENGTH) {
            return false;
        }
        for (int i = 0; i < HEX_LENGTH; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** The line as written, without its line break. */
    public String text() {
        return id + '\t' + sha256 + '\t' + inputs + '\t' + fallbacks + '\t' + fragment;
    }
}
