package dev.briefings.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.MessagePattern;

/**
 * What an ICU message pattern uses, read with ICU's own parser: each argument with its type
 * (none, simple with its style, plural, select, selectordinal), its branch keywords, and its
 * offset in the pattern, so that a check can point at the line and column of the problem.
 */
final class PatternAnalysis {

    /** One use of an argument in a pattern. */
    record Use(String name, boolean numbered, MessagePattern.ArgType type, String simpleType, List<String> keywords,
            int offset) {
        Use {
            keywords = List.copyOf(keywords);
        }
    }

    /** A pattern ICU cannot parse, with where it stopped if ICU says. */
    record SyntaxError(String message, int offset) {
    }

    private static final Pattern AT_INDEX = Pattern.compile("\\[at pattern index (\\d+)\\]");

    private final List<Use> uses;
    private final Optional<SyntaxError> error;

    private PatternAnalysis(List<Use> uses, Optional<SyntaxError> error) {
        this.uses = List.copyOf(uses);
        this.error = error;
    }

    static PatternAnalysis of(String text) {
        MessagePattern pattern;
        try {
            pattern = new MessagePattern(text);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            String message = String.valueOf(e.getMessage());
            Matcher at = AT_INDEX.matcher(message);
            int offset = at.find() ? Integer.parseInt(at.group(1)) : -1;
            return new PatternAnalysis(List.of(), Optional.of(new SyntaxError(message, offset)));
        }
        List<Use> uses = new ArrayList<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            MessagePattern.Part namePart = pattern.getPart(i + 1);
            boolean numbered = namePart.getType() == MessagePattern.Part.Type.ARG_NUMBER;
            String name = pattern.getSubstring(namePart);
            MessagePattern.ArgType type = part.getArgType();
            String simpleType = "";
            List<String> keywords = new ArrayList<>();
            int limit = pattern.getLimitPartIndex(i);
            if (type == MessagePattern.ArgType.SIMPLE) {
                simpleType = pattern.getSubstring(pattern.getPart(i + 2));
            } else if (type == MessagePattern.ArgType.PLURAL || type == MessagePattern.ArgType.SELECT
                    || type == MessagePattern.ArgType.SELECTORDINAL) {
                int j = i + 2;
                while (j < limit) {
                    MessagePattern.Part child = pattern.getPart(j);
                    if (child.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                        keywords.add(pattern.getSubstring(child));
                    } else if (child.getType() == MessagePattern.Part.Type.MSG_START) {
                        j = pattern.getLimitPartIndex(j);
                    }
                    j++;
                }
            }
            uses.add(new Use(name, numbered, type, simpleType, keywords, part.getIndex()));
        }
        return new PatternAnalysis(uses, Optional.empty());
    }

    List<Use> uses() {
        return uses;
    }

    Optional<SyntaxError> error() {
        return error;
    }
}
