package dev.briefings.i18n;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import dev.briefings.check.Check;

/**
 * Formats each message over every plural sample and select value, and compares it with the
 * English reference: ICU syntax left in the text, stray whitespace, a different end punctuation,
 * a text the same as the English one.
 */
final class SampleRenders {

    /** Numbers every plural is rendered with: each Russian category, and a fraction. */
    static final List<Number> PLURAL_SAMPLES = List.of(0, 1, 2, 5, 11, 21, 1.5);

    private final Findings findings;
    /** The English reference's spell-out and date formatters, shared by its messages. */
    private final SharedFormats english = new SharedFormats(ULocale.ENGLISH);

    SampleRenders(Findings findings) {
        this.findings = findings;
    }

    /**
     * Formats the message over every plural sample and every select value, one argument at a time,
     * and reports ICU syntax left in the text, stray whitespace, a different end punctuation than
     * the reference, or a text the same as the reference's.
     */
    void renderSamples(LocaleFiles locale, MessageEntry entry, SharedFormats.Compiled format, PatternAnalysis analysis,
            ArgumentScope scope, Optional<MessageEntry> original, Optional<String> note) {
        Map<String, Object> base = sampleArguments(analysis, scope, locale.locale(), "x");
        List<Map<String, Object>> variants = new ArrayList<>();
        variants.add(base);
        for (PatternAnalysis.Use use : analysis.uses()) {
            if (use.type() == MessagePattern.ArgType.PLURAL || use.type() == MessagePattern.ArgType.SELECTORDINAL) {
                for (Number sample : PLURAL_SAMPLES) {
                    variants.add(with(base, use.name(), sample));
                }
            } else if (use.type() == MessagePattern.ArgType.SELECT) {
                ArgumentScope.Type type = scope.typeOf(use.name()).orElseThrow();
                Set<Object> values = new LinkedHashSet<>();
                if (type.kind() == ArgumentScope.Type.Kind.CHOICE) {
                    values.addAll(type.values());
                } else {
                    use.keywords().stream().filter(k -> k.chars().allMatch(Character::isDigit)).forEach(k -> values.add(Integer.valueOf(k)));
                    values.add(99);
                }
                values.forEach(value -> variants.add(with(base, use.name(), value)));
            }
        }
        Set<String> reported = new LinkedHashSet<>();
        for (Map<String, Object> args : variants) {
            String output;
            try {
                output = format.format(args);
            } catch (IllegalArgumentException e) {
                findings.add(Check.ARGUMENT_TYPE, entry, -1, "formatting fails with " + args + ": " + e.getMessage(), note);
                return;
            }
            int leak = firstLeak(output);
            if (leak >= 0 && reported.add("leak")) {
                findings.add(Check.RENDER_LEAK, entry, -1, "with " + describeArgs(args, analysis) + " the text is «" + output
                        + "»: '" + output.charAt(leak) + "' is left in it", note);
            }
            if ((!output.equals(output.strip()) || output.contains("  ") || output.contains("\n")) && reported.add("space")) {
                findings.add(Check.WHITESPACE, entry, -1, "with " + describeArgs(args, analysis) + " the text is «"
                        + output.replace("\n", "\\n") + "»", note);
            }
        }
        if (original.isPresent() && original.get().text().isPresent()) {
            compareWithReference(locale, entry, format, analysis, scope, original.get(), note);
        }
    }

    private void compareWithReference(LocaleFiles locale, MessageEntry entry, SharedFormats.Compiled format, PatternAnalysis analysis,
            ArgumentScope scope, MessageEntry original, Optional<String> note) {
        PatternAnalysis referenceAnalysis = PatternAnalysis.of(original.text().get());
        SharedFormats.Compiled reference;
        try {
            reference = english.compile(original.text().get());
        } catch (IllegalArgumentException e) {
            return;
        }
        Map<String, Object> args = sampleArguments(analysis, scope, locale.locale(), "");
        args.putAll(sampleArguments(referenceAnalysis, scope, locale.locale(), ""));
        String mine;
        String theirs;
        try {
            mine = format.format(args);
            theirs = reference.format(args);
        } catch (IllegalArgumentException e) {
            return;
        }
        if (mine.equals(theirs) && mine.codePoints().anyMatch(Character::isLetter)) {
            findings.add(Check.UNTRANSLATED_MESSAGE, entry, -1, "the text is the same as the English «" + theirs + "»", note);
        }
        char myEnd = endPunctuation(mine);
        char theirEnd = endPunctuation(theirs);
        if (myEnd != theirEnd) {
            findings.add(Check.END_PUNCTUATION, entry, -1, "the English message ends with "
                    + (theirEnd == 0 ? "no punctuation" : "'" + theirEnd + "'") + ", this one with "
                    + (myEnd == 0 ? "none" : "'" + myEnd + "'"), note);
        }
    }

    private static char endPunctuation(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return 0;
        }
        char last = stripped.charAt(stripped.length() - 1);
        return ".!?…:;".indexOf(last) >= 0 ? last : 0;
    }

    private static Map<String, Object> sampleArguments(PatternAnalysis analysis, ArgumentScope scope, ULocale locale,
            String textSample) {
        Map<String, Object> args = new HashMap<>();
        for (PatternAnalysis.Use use : analysis.uses()) {
            Optional<ArgumentScope.Type> type = scope.typeOf(use.name());
            if (type.isEmpty()) {
                continue;
            }
            args.put(use.name(), switch (type.get().kind()) {
                case TEXT -> textSample;
                case CHOICE -> type.get().values().iterator().next();
                case COUNT, NUMBER -> 1;
                case DATE -> DatePhrases.calendar(java.time.LocalDate.of(2020, 11, 19), locale);
            });
        }
        return args;
    }

    private static Map<String, Object> with(Map<String, Object> base, String name, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.put(name, value);
        return copy;
    }

    private static String describeArgs(Map<String, Object> args, PatternAnalysis analysis) {
        List<String> parts = new ArrayList<>();
        for (PatternAnalysis.Use use : analysis.uses()) {
            Object value = args.get(use.name());
            if (value instanceof Number || value instanceof String s && !s.isEmpty() && !s.equals("x")) {
                parts.add(use.name() + "=" + value);
            }
        }
        return parts.isEmpty() ? "sample arguments" : String.join(", ", new LinkedHashSet<>(parts));
    }

    private static int firstLeak(String output) {
        for (int i = 0; i < output.length(); i++) {
            char c = output.charAt(i);
            if (c == '{' || c == '}' || c == '#') {
                return i;
            }
        }
        return -1;
    }
}
