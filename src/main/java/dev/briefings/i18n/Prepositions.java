package dev.briefings.i18n;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.ibm.icu.text.MessagePattern;

import dev.briefings.data.FieldProblem;
import dev.briefings.data.ListNode;
import dev.briefings.data.MapNode;
import dev.briefings.data.MapReader;
import dev.briefings.data.Node;

/**
 * Prepositions whose written form changes with the word after them, and in some languages with
 * the sound before them (Russian «об обмене», «во Владивостоке», «со Швецией»; Ukrainian у/в),
 * as a locale's {@code locale.yaml} declares them. Where a message writes such a preposition
 * right before an argument, the form is chosen from the argument's formatted value; in literal
 * text the translator chooses, and the checks report a form these rules would change.
 * Immutable and thread-safe: the expressions are compiled once, at load.
 */
public final class Prepositions {

    /**
     * One other form of a written preposition, and when it is used: the text that follows the
     * preposition and its space (an argument's value, where the preposition stands before one)
     * matches {@code before} from its start, and the text that comes before the preposition (up to
     * it, the space included) matches {@code after} at its end. A variant declares at least one.
     */
    public record Variant(String form, Optional<Pattern> before, Optional<Pattern> after) {
    }

    /** A written form that the rules would change, at an offset of the text checked. */
    public record Misuse(int offset, String written, String expected, String following) {

        /** The words as written and as the rules want them: «о итогах» → «об итогах». */
        public String describe() {
            return "«" + written + " " + following + "» should read «" + expected + " " + following + "»";
        }
    }

    /** A locale that declares none. */
    public static final Prepositions NONE = new Prepositions(Map.of());

    /** Opens an argument's value inside a formatted message; a Unicode noncharacter, never published. */
    static final char VALUE_START = '\uFDD0';
    /** Closes an argument's value. */
    static final char VALUE_END = '\uFDD1';

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE;

    /** Written preposition, in lower case, to its variants in the order they are tried. */
    private final Map<String, List<Variant>> rules;
    private final int longest;

    private Prepositions(Map<String, List<Variant>> rules) {
        Map<String, List<Variant>> copy = new LinkedHashMap<>();
        rules.forEach((written, variants) -> copy.put(written, List.copyOf(variants)));
        this.rules = Map.copyOf(copy);
        this.longest = rules.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /**
     * Reads {@code prepositions:} of a locale.yaml: each written preposition maps to a list of
     * {@code {form, before, after}}; an expression that does not compile is reported with its
     * position in the expression.
     */
    static Prepositions parse(Node node) throws FieldProblem {
        MapReader root = MapReader.of(node, "prepositions");
        Map<String, List<Variant>> rules = new LinkedHashMap<>();
        for (MapNode.Field field : root.node().fields()) {
            String written = field.key();
            String path = root.pathOf(written);
            if (!WORD.matcher(written).matches()) {
                throw new FieldProblem(field.keyPosition(), path, "a preposition is one word of letters");
            }
            String lower = written.toLowerCase(Locale.ROOT);
            if (rules.containsKey(lower)) {
                throw new FieldProblem(field.keyPosition(), path, "declared twice (letter case does not count)");
            }
            List<Node> items = field.value() instanceof ListNode list ? list.items()
                    : field.value() instanceof MapNode ? List.of(field.value()) : List.of();
            if (items.isEmpty()) {
                throw new FieldProblem(field.value().position(), path,
                        "expected a list of variants, such as [{form: об, before: \"[аиоуэ]\"}]");
            }
            List<Variant> variants = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                MapReader item = MapReader.of(items.get(i), path + "[" + (i + 1) + "]")
                        .allowOnly(Set.of("form", "before", "after"));
                String form = item.string("form");
                if (!WORD.matcher(form).matches()) {
                    throw new FieldProblem(item.positionOf("form"), item.pathOf("form"), "a form is one word of letters");
                }
                Optional<Pattern> before = expression(item, "before", Prepositions::beforePattern);
                Optional<Pattern> after = expression(item, "after", Prepositions::afterPattern);
                if (before.isEmpty() && after.isEmpty()) {
                    throw new FieldProblem(item.position(), item.path(),
                            "give before (the word that follows) or after (the text that comes before), or both");
                }
                variants.add(new Variant(form.toLowerCase(Locale.ROOT), before, after));
            }
            rules.put(lower, variants);
        }
        return new Prepositions(rules);
    }

    private static Optional<Pattern> expression(MapReader item, String key, java.util.function.Function<String, Pattern> compile)
            throws FieldProblem {
        Optional<String> text = item.optionalString(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(compile.apply(text.get()));
        } catch (PatternSyntaxException e) {
            throw new FieldProblem(item.positionOf(key), item.pathOf(key), "not a valid regular expression: "
                    + e.getDescription() + (e.getIndex() < 0 ? "" : " at character " + (e.getIndex() + 1)) + " of \""
                    + text.get() + "\"");
        }
    }

    /** Tried from the first character after the space, with lookingAt. */
    private static Pattern beforePattern(String expression) {
        return Pattern.compile(expression, FLAGS);
    }

    /** Must match at the end of the text before the preposition. */
    private static Pattern afterPattern(String expression) {
        Pattern.compile(expression, FLAGS); // reports errors at their index in the expression as written
        return Pattern.compile("(?:" + expression + ")\\z", FLAGS);
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** The written prepositions, in lower case. */
    public Set<String> written() {
        return rules.keySet();
    }

    /**
     * The arguments of a message pattern that it writes right after a declared preposition and a
     * space, and only as plain {@code {name}}: their values are marked when the message is
     * formatted, so that the preposition's form can be chosen. An argument that is also a select
     * or plural key is left out: a marked value would not match its keywords.
     */
    Set<String> argumentsAfterPrepositions(String pattern) {
        if (rules.isEmpty()) {
            return Set.of();
        }
        MessagePattern parsed = new MessagePattern(pattern);
        Set<String> after = new LinkedHashSet<>();
        Set<String> keyed = new LinkedHashSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            String name = parsed.getSubstring(parsed.getPart(i + 1));
            if (part.getArgType() != MessagePattern.ArgType.NONE) {
                keyed.add(name);
            } else if (writtenBefore(pattern, part.getIndex()) != null) {
                after.add(name);
            }
        }
        after.removeAll(keyed);
        return Set.copyOf(after);
    }

    /**
     * A value wrapped in the markers that {@link #choose} looks for. Markers the value itself
     * holds (noncharacters have no place in published text) are dropped, so that each pair is one value.
     */
    static String mark(String value) {
        if (value.indexOf(VALUE_START) >= 0 || value.indexOf(VALUE_END) >= 0) {
            value = value.replace(String.valueOf(VALUE_START), "").replace(String.valueOf(VALUE_END), "");
        }
        return VALUE_START + value + VALUE_END;
    }

    /**
     * A formatted message with its markers removed, and each declared preposition that stands
     * (followed by one space) right before a marked value in the form the rules choose for it.
     */
    String choose(String formatted) {
        int start = formatted.indexOf(VALUE_START);
        if (start < 0) {
            return formatted;
        }
        StringBuilder out = new StringBuilder(formatted.length());
        int from = 0;
        while (start >= 0) {
            out.append(formatted, from, start);
            int end = formatted.indexOf(VALUE_END, start + 1);
            if (end < 0) {
                end = formatted.length();
            }
            String written = writtenBefore(out, out.length());
            if (written != null) {
                int wordEnd = out.length() - 1;
                int wordStart = wordEnd - written.length();
                String form = form(written, formatted, start + 1, end, out, wordStart);
                if (form != null) {
                    out.replace(wordStart, wordEnd, form);
                }
            }
            out.append(formatted, start + 1, end);
            from = Math.min(end + 1, formatted.length());
            start = formatted.indexOf(VALUE_START, from);
        }
        out.append(formatted, from, formatted.length());
        return out.toString();
    }

    /**
     * Every declared preposition in the text, followed by one space and a word, whose form the
     * rules would change: what a translator wrote as literal text before literal text.
     */
    public List<Misuse> misuses(CharSequence text) {
        if (rules.isEmpty()) {
            return List.of();
        }
        List<Misuse> found = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < length && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (end - i <= longest && end + 1 < length && isSpace(text.charAt(end))
                    && !Character.isWhitespace(text.charAt(end + 1))) {
                String written = text.subSequence(i, end).toString();
                String form = form(written, text, end + 1, length, text, i);
                if (form != null) {
                    int next = end + 1;
                    while (next < length && (Character.isLetter(text.charAt(next)) || text.charAt(next) == '«')) {
                        next++;
                    }
                    found.add(new Misuse(i, written, form, text.subSequence(end + 1, next).toString()));
                }
            }
            i = end;
        }
        return found;
    }

    /**
     * The form of a written preposition before the text in {@code following[from, to)}, with the
     * text before it {@code preceding[0, at)}; null when it stays as written or is not declared.
     */
    private String form(String written, CharSequence following, int from, int to, CharSequence preceding, int at) {
        List<Variant> variants = rules.get(written.toLowerCase(Locale.ROOT));
        if (variants == null) {
            return null;
        }
        for (Variant variant : variants) {
            if (variant.before().isPresent()) {
                Matcher matcher = variant.before().get().matcher(following);
                matcher.region(from, to);
                if (!matcher.lookingAt()) {
                    continue;
                }
            }
            if (variant.after().isPresent()) {
                Matcher matcher = variant.after().get().matcher(preceding);
                matcher.region(0, at);
                if (!matcher.find()) {
                    continue;
                }
            }
            return inCaseOf(written, variant.form());
        }
        return null;
    }

    /** The form with the written word's capitals: «В» gives «Во», «ОБ» stays all capitals. */
    private static String inCaseOf(String written, String form) {
        if (written.length() > 1 && written.equals(written.toUpperCase(Locale.ROOT))) {
            return form.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(written.charAt(0))) {
            return Character.toUpperCase(form.charAt(0)) + form.substring(1);
        }
        return form;
    }

    /**
     * The declared preposition, as written, that {@code text[0, end)} ends with, followed by one
     * space, when it is a whole word; else null.
     */
    private String writtenBefore(CharSequence text, int end) {
        if (end < 2 || !isSpace(text.charAt(end - 1))) {
            return null;
        }
        int wordEnd = end - 1;
        int start = wordEnd;
        while (start > 0 && wordEnd - start <= longest && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start == wordEnd || wordEnd - start > longest || start > 0 && Character.isLetter(text.charAt(start - 1))) {
            return null;
        }
        String written = text.subSequence(start, wordEnd).toString();
        return rules.containsKey(written.toLowerCase(Locale.ROOT)) ? written : null;
    }

    /** The one space between a preposition and its word: a space, or a no-break space as typography may put there. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F';
    }
}
