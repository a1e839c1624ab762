package dev.briefings.i18n;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The arguments a message may name in its context, their types, and how a name splits into what
 * it refers to.
 * <p>
 * An entity-bearing <em>subject</em> (a role of the kind, {@code place}, {@code source},
 * {@code citing}, {@code speaker}) gives {@code <subject>} (its base form), {@code <subject>_<case>}
 * for every case the locale declares, {@code <subject>_gender} (masculine, feminine, neuter,
 * plural, or other), {@code <subject>_count} and {@code <subject>_in} ("in Minsk"). A date
 * ({@code date}, {@code reported}) gives itself for ICU skeletons and {@code <date>_<phrase>} for
 * each {@code date.<phrase>} message. A count gives {@code <count>}, {@code <count>_approx} and
 * {@code <count>_known} (yes, no); a measured count (percent, money, duration) also
 * {@code <count>_text}, formatted with its unit. An attribute (a choice) gives its value, or
 * {@code none} when the record leaves it out. A subject also gives {@code <subject>_name} and
 * {@code <subject>_name_<case>}: a person's name without the title, for a sentence that names the post.
 */
public record ArgumentScope(Set<String> subjects, Set<String> dates, Set<String> counts, Set<String> measured,
        Map<String, Set<String>> choices, Set<String> texts, List<String> cases, Set<String> phrases, Set<String> genders) {

    static final Set<String> ENTITY_SUFFIXES = Set.of("gender", "count", "in");
    static final Set<String> QUOTE_TEXTS = Set.of("quote", "quote_open", "quote_close");
    static final Set<String> QUOTE_ENDS = Set.of("stop", "question", "exclamation", "ellipsis", "none");
    static final Set<String> APPROXIMATIONS = Set.of("exact", "about", "over", "under", "at_least", "none");
    static final Set<String> KNOWN = Set.of("yes", "no");
    /** The suffix of a mention by name alone, without the title. */
    static final String NAME = "name";
    /** Genders any locale's gender arguments may take, besides the locale's own. */
    static final Set<String> GENDERS = Set.of("masculine", "feminine", "neuter", "plural", "other");
    /** The value of an attribute or count the record leaves out. */
    static final String NONE = "none";

    /** What an argument is, for checking how a message uses it. */
    public record Type(Kind kind, Set<String> values) {

        /** The kinds of argument. */
        public enum Kind {
            /** Finished text: print it as it is. */
            TEXT,
            /** One of fixed values: use it in a select. */
            CHOICE,
            /** How many entities fill a role: select on it or print it. */
            COUNT,
            /** A number: plural, selectordinal, number, spellout, or print it. */
            NUMBER,
            /** A date: format it with a date skeleton. */
            DATE
        }

        static Type of(Kind kind) {
            return new Type(kind, Set.of());
        }
    }

    public ArgumentScope {
        subjects = Set.copyOf(subjects);
        dates = Set.copyOf(dates);
        counts = Set.copyOf(counts);
        measured = Set.copyOf(measured);
        choices = Map.copyOf(choices);
        texts = Set.copyOf(texts);
        cases = List.copyOf(cases);
        phrases = Set.copyOf(phrases);
        genders = Set.copyOf(genders);
    }

    /** A name split at its first underscore: {@code parties_gen} → {@code parties} + {@code gen}. */
    public record Name(String head, String suffix) {
        public static Name parse(String name) {
            int underscore = name.indexOf('_');
            return underscore < 0 ? new Name(name, null) : new Name(name.substring(0, underscore), name.substring(underscore + 1));
        }
    }

    /** A scope of fixed names only. */
    static ArgumentScope fixed(Set<String> texts, Map<String, Set<String>> choices, Set<String> dates) {
        return fixed(texts, choices, dates, List.of());
    }

    /** A scope of fixed names, where a text may also come in the locale's cases ({@code name_pre}). */
    static ArgumentScope fixed(Set<String> texts, Map<String, Set<String>> choices, Set<String> dates, List<String> cases) {
        return new ArgumentScope(Set.of(), dates, Set.of(), Set.of(), choices, texts, cases, Set.of(), Set.of());
    }

    public boolean allows(String argument) {
        return typeOf(argument).isPresent();
    }

    /** The type of an argument in this scope, if the scope gives it. */
    public Optional<Type> typeOf(String argument) {
        if (texts.contains(argument) || isTextInACase(argument)) {
            return Optional.of(Type.of(Type.Kind.TEXT));
        }
        if (choices.containsKey(argument)) {
            return Optional.of(new Type(Type.Kind.CHOICE, choices.get(argument)));
        }
        Name name = Name.parse(argument);
        if (subjects.contains(name.head())) {
            if (name.suffix() == null || cases.contains(name.suffix()) || "in".equals(name.suffix())
                    || isNameMention(name.suffix())) {
                return Optional.of(Type.of(Type.Kind.TEXT));
            }
            if ("gender".equals(name.suffix())) {
                Set<String> values = new TreeSet<>(genders);
                values.addAll(GENDERS);
                return Optional.of(new Type(Type.Kind.CHOICE, values));
            }
            if ("count".equals(name.suffix())) {
                return Optional.of(Type.of(Type.Kind.COUNT));
            }
            return Optional.empty();
        }
        if (dates.contains(name.head())) {
            if (name.suffix() == null) {
                return Optional.of(Type.of(Type.Kind.DATE));
            }
            return phrases.contains(name.suffix()) ? Optional.of(Type.of(Type.Kind.TEXT)) : Optional.empty();
        }
        if (counts.contains(name.head())) {
            if (name.suffix() == null) {
                return Optional.of(Type.of(Type.Kind.NUMBER));
            }
            return switch (name.suffix()) {
                case "approx" -> Optional.of(new Type(Type.Kind.CHOICE, APPROXIMATIONS));
                case "known" -> Optional.of(new Type(Type.Kind.CHOICE, KNOWN));
                case "text" -> measured.contains(name.head()) ? Optional.of(Type.of(Type.Kind.TEXT)) : Optional.empty();
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    /** The declared name an argument belongs to: its subject, date or count, else itself. */
    public String headOf(String argument) {
        if (texts.contains(argument) || choices.containsKey(argument)) {
            return argument;
        }
        Name name = Name.parse(argument);
        if (isTextInACase(argument)) {
            return name.head();
        }
        return subjects.contains(name.head()) || dates.contains(name.head()) || counts.contains(name.head())
                ? name.head() : argument;
    }

    /** {@code name}, or {@code name_<case>}: a mention by name alone. */
    boolean isNameMention(String suffix) {
        return NAME.equals(suffix) || suffix.startsWith(NAME + "_") && cases.contains(suffix.substring(NAME.length() + 1));
    }

    private boolean isTextInACase(String argument) {
        Name name = Name.parse(argument);
        return subjects.isEmpty() && texts.contains(name.head()) && cases.contains(name.suffix());
    }

    /** A short list of what is available, for an error message. */
    public String describe() {
        Set<String> parts = new TreeSet<>(texts);
        parts.addAll(choices.keySet());
        String caseList = cases.isEmpty() ? "" : "|" + String.join("|", cases);
        subjects.forEach(s -> parts.add(s + "[_gender|count|in|name" + caseList + "]"));
        dates.forEach(d -> parts.add(d + (phrases.isEmpty() ? "" : "[_" + String.join("|", new TreeSet<>(phrases)) + "]")));
        counts.forEach(c -> parts.add(c + "[_approx|known" + (measured.contains(c) ? "|text" : "") + "]"));
        return String.join(", ", parts);
    }

    /** Choices as a map that keeps insertion order, for building scopes. */
    static Map<String, Set<String>> newChoices() {
        return new LinkedHashMap<>();
    }

    static Set<String> set(String... values) {
        return new LinkedHashSet<>(List.of(values));
    }
}
