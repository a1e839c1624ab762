package dev.briefings.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The lines of the project's YAML files as written, to tell how a scalar was written (plain,
 * quoted or as a block) and to turn an offset inside a message into the line and column where a
 * translator will find it.
 */
public final class SourceText {

    /** How a scalar value is written. */
    public enum Style { PLAIN, QUOTED, BLOCK }

    /** Plain scalars that YAML 1.1 tools read as booleans, null or numbers. */
    private static final Pattern YAML_11_SPECIAL = Pattern.compile(
            "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL"
                    + "|[-+]?(0|[1-9][0-9_]*)|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?0b[01_]+"
                    + "|[-+]?([0-9][0-9_]*)?\\.[0-9.]*([eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?"
                    + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    private final Map<Path, List<String>> files = new HashMap<>();

    private List<String> lines(Path file) {
        return files.computeIfAbsent(file, f -> {
            try {
                return List.of(new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\r?\n", -1));
            } catch (IOException e) {
                return List.of();
            }
        });
    }

    /** How the value at a position was written. */
    public Style styleAt(Path file, Position position) {
        List<String> lines = lines(file);
        if (position.line() > lines.size()) {
            return Style.PLAIN;
        }
        String line = lines.get(position.line() - 1);
        int column = position.column() - 1;
        if (column >= line.length()) {
            return Style.PLAIN;
        }
        char first = line.charAt(column);
        if (first == '|' || first == '>') {
            return Style.BLOCK;
        }
        return first == '"' || first == '\'' ? Style.QUOTED : Style.PLAIN;
    }

    /** Whether a value written plain would be read by YAML 1.1 tools as true/false, null or a number. */
    public boolean isYaml11Special(Path file, Position position, String text) {
        return styleAt(file, position) == Style.PLAIN && YAML_11_SPECIAL.matcher(text).matches();
    }

    /**
     * Where an offset inside a scalar's text lies in its file.
     *
     * @param value  the position of the scalar (its first character, or its block indicator)
     * @param offset the offset in the scalar's text; negative means the scalar itself
     */
    public Position positionOf(Path file, Position value, String text, int offset) {
        if (offset < 0 || offset > text.length()) {
            return value;
        }
        Style style = styleAt(file, value);
        int newlines = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                newlines++;
                lineStart = i + 1;
            }
        }
        if (style == Style.BLOCK) {
            int indent = blockIndent(file, value.line());
            return new Position(value.line() + 1 + newlines, indent + offset - lineStart + 1);
        }
        if (newlines > 0) {
            return value;
        }
        return new Position(value.line(), value.column() + offset + (style == Style.QUOTED ? 1 : 0));
    }

    private int blockIndent(Path file, int indicatorLine) {
        List<String> lines = lines(file);
        for (int i = indicatorLine; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank()) {
                return line.length() - line.stripLeading().length();
            }
        }
        return 0;
    }
}
