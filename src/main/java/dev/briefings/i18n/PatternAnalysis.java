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

    /** One use of an argument in a pattern, with the select and plural branches it sits in, outermost first. */
    record Use(String name, boolean numbered, MessagePattern.ArgType type, String simpleType, List<String> keywords,
            int offset, List<Branch> within) {
        Use {
            keywords = List.copyOf(keywords);
            within = List.copyOf(within);
        }

        /** Whether the use prints the argument's value (a plain, number or spellout use, or # in its plural). */
        boolean printsValue() {
            return type != MessagePattern.ArgType.SELECT;
        }
    }

    /** A branch of a select or plural: the argument it chooses on, its keyword, and its sibling keywords. */
    record Branch(String argument, String keyword, List<String> keywords) {
        Branch {
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
        walk(pattern, 0, new ArrayList<>(), uses);
        return new PatternAnalysis(uses, Optional.empty());
    }

    /** Reads the message that starts at part {@code start} (a MSG_START), and every message nested in it. */
    private static void walk(MessagePattern pattern, int start, List<Branch> within, List<Use> uses) {
        int limit = pattern.getLimitPartIndex(start);
        for (int i = start + 1; i < limit; i++) {
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
            List<int[]> branches = new ArrayList<>();
            int argLimit = pattern.getLimitPartIndex(i);
            if (type == MessagePattern.ArgType.SIMPLE) {
                simpleType = pattern.getSubstring(pattern.getPart(i + 2));
            } else if (type == MessagePattern.ArgType.PLURAL || type == MessagePattern.ArgType.SELECT
                    || type == MessagePattern.ArgType.SELECTORDINAL) {
                int j = i + 2;
                String keyword = null;
                while (j < argLimit) {
                    MessagePattern.Part child = pattern.getPart(j);
                    if (child.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                        keyword = pattern.getSubstring(child);
                        keywords.add(keyword);
                    } else if (child.getType() == MessagePattern.Part.Type.MSG_START) {
                        branches.add(new int[] {j, keywords.size() - 1});
                        j = pattern.getLimitPartIndex(j);
                    }
                    j++;
                }
            }
            uses.add(new Use(name, numbered, type, simpleType, keywords, part.getIndex(), within));
            for (int[] branch : branches) {
                List<Branch> inner = new ArrayList<>(within);
                inner.add(new Branch(name, keywords.get(branch[1]), keywords));
                walk(pattern, branch[0], inner, uses);
            }
            i = argLimit;
        }
    }

    List<Use> uses() {
        return uses;
    }

    Optional<SyntaxError> error() {
        return error;
    }
}
