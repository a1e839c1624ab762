package dev.briefings.i18n;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

/**
 * The spelled-out numbers ({@code {n, spellout, %spellout-ordinal}}) and date skeletons
 * ({@code {d, date, ::dMMMM}}) of one thread's messages, each built once per style and shared by
 * every message that uses it. ICU builds a new formatter for each such argument of each message it
 * compiles, and a spell-out formatter parses its locale's whole rule set: some 3 ms apiece, the
 * largest part of a small edition's rendering (#15). A message whose pattern has such arguments is
 * compiled with plain arguments in their place, which receive the values these formatters make:
 * the same text, as the same formatters make it.
 * <p>
 * Not thread-safe, like the formatters it holds: each catalog copy, for one thread, has its own.
 */
final class SharedFormats {

    /** A pattern with its shared-format arguments replaced, and what to put in their place. */
    private record Rewritten(String pattern, List<Argument> arguments) {
    }

    /** The plain argument {@code placeholder} takes the value of {@code name} as {@code format} makes it. */
    private record Argument(String name, String placeholder, java.text.Format format) {
    }

    /**
     * A pattern compiled with the shared formatters. Formats as {@code new MessageFormat(pattern,
     * locale).format(args)} would, and throws what it would throw.
     */
    final class Compiled {

        private final String pattern;
        private final Rewritten rewritten;
        private final MessageFormat format;
        /** Built only if a shared-format argument has no value: ICU then writes the argument's name. */
        private MessageFormat original;

        private Compiled(String pattern) {
            this.pattern = pattern;
            this.rewritten = rewrite(pattern);
            this.format = new MessageFormat(rewritten.pattern(), locale);
        }

        String format(Map<String, Object> args) {
            if (rewritten.arguments().isEmpty()) {
                return format.format(args);
            }
            Map<String, Object> values = new HashMap<>(args);
            for (Argument argument : rewritten.arguments()) {
                Object value = args.get(argument.name());
                if (value == null) {
                    if (original == null) {
                        original = new MessageFormat(pattern, locale);
                    }
                    return original.format(args);
                }
                values.put(argument.placeholder(), argument.format().format(value));
            }
            return format.format(values);
        }
    }

    private final ULocale locale;
    private final Map<String, java.text.Format> formats = new HashMap<>();

    SharedFormats(ULocale locale) {
        this.locale = locale;
    }

    /**
     * The pattern compiled with these formatters.
     *
     * @throws IllegalArgumentException what ICU's MessageFormat throws for a pattern it cannot compile
     */
    Compiled compile(String pattern) {
        return new Compiled(pattern);
    }

    /** The pattern with each spell-out and date-skeleton argument replaced; the pattern itself when it has none. */
    private Rewritten rewrite(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        StringBuilder text = null;
        List<Argument> arguments = new ArrayList<>();
        int copied = 0;
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part start = parsed.getPart(i);
            if (start.getType() != MessagePattern.Part.Type.ARG_START
                    || start.getArgType() != MessagePattern.ArgType.SIMPLE) {
                continue;
            }
            String name = parsed.getSubstring(parsed.getPart(i + 1));
            String type = parsed.getSubstring(parsed.getPart(i + 2)).strip().toLowerCase(Locale.ROOT);
            MessagePattern.Part next = parsed.getPart(i + 3);
            String style = next.getType() == MessagePattern.Part.Type.ARG_STYLE ? parsed.getSubstring(next) : "";
            int limit = parsed.getLimitPartIndex(i);
            java.text.Format format = shared(type, style);
            if (format != null) {
                if (text == null) {
                    text = new StringBuilder(pattern.length());
                }
                String placeholder = "_shared" + arguments.size();
                text.append(pattern, copied, start.getIndex()).append('{').append(placeholder).append('}');
                copied = parsed.getPart(limit).getLimit();
                arguments.add(new Argument(name, placeholder, format));
            }
            i = limit;
        }
        if (text == null) {
            return new Rewritten(pattern, List.of());
        }
        return new Rewritten(text.append(pattern, copied, pattern.length()).toString(), List.copyOf(arguments));
    }

    /** What ICU's MessageFormat would build for this argument type and style, shared; null for the others. */
    private java.text.Format shared(String type, String style) {
        String skeleton = style.stripLeading();
        if (type.equals("spellout")) {
            return formats.computeIfAbsent("spellout " + style.strip(), k -> {
                RuleBasedNumberFormat spellout = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
                if (!style.isBlank()) {
                    try {
                        spellout.setDefaultRuleSet(style.strip());
                    } catch (IllegalArgumentException e) {
                        // as MessageFormat does: an unknown rule set leaves the default (the check reports it)
                    }
                }
                return spellout;
            });
        }
        if (type.equals("date") && skeleton.startsWith("::")) {
            return formats.computeIfAbsent("date " + skeleton,
                    k -> DateFormat.getInstanceForSkeleton(skeleton.substring(2), locale));
        }
        return null;
    }
}
