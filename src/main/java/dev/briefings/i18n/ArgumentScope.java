package dev.briefings.i18n;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.briefings.events.EventKind;

/**
 * The arguments a message may name in its context, and how a name splits into what it refers to.
 * <p>
 * An entity-bearing <em>subject</em> (a role of the kind, {@code place}, {@code source},
 * {@code citing}, {@code speaker}) gives {@code <subject>} (its base form), {@code <subject>_<case>}
 * for every case the locale declares, {@code <subject>_gender} (masculine, feminine, neuter,
 * plural, or other), {@code <subject>_count} and {@code <subject>_in} ("in Minsk"). A date
 * ({@code date}, {@code reported}) gives itself for ICU skeletons and {@code <date>_<phrase>} for
 * each {@code date.<phrase>} message. A count gives {@code <count>} and {@code <count>_approx}; an
 * attribute gives its value.
 */
record ArgumentScope(Set<String> subjects, Set<String> dates, Set<String> counts, Set<String> attributes,
        Set<String> exact, List<String> cases, Set<String> phrases) {

    static final Set<String> ENTITY_SUFFIXES = Set.of("gender", "count", "in");
    static final Set<String> QUOTE_ARGUMENTS = Set.of("quote", "quote_open", "quote_close", "quote_end");

    /** A name split at its first underscore: {@code parties_gen} → {@code parties} + {@code gen}. */
    record Name(String head, String suffix) {
        static Name parse(String name) {
            int underscore = name.indexOf('_');
            return underscore < 0 ? new Name(name, null) : new Name(name.substring(0, underscore), name.substring(underscore + 1));
        }
    }

    /** What a message about a record of this kind may use (all kinds' roles when kind is null). */
    static ArgumentScope record(EventKind kind, LocaleBundle bundle, boolean withQuote) {
        Set<String> subjects = new LinkedHashSet<>(List.of("place", "source", "citing"));
        Set<String> counts = new LinkedHashSet<>();
        Set<String> attributes = new LinkedHashSet<>();
        if (kind != null) {
            subjects.addAll(kind.roles().keySet());
            counts.addAll(kind.counts().keySet());
            attributes.addAll(kind.attributes().keySet());
        }
        Set<String> exact = new LinkedHashSet<>();
        if (withQuote) {
            subjects.add("speaker");
            exact.addAll(QUOTE_ARGUMENTS);
        }
        return new ArgumentScope(subjects, Set.of("date", "reported"), counts, attributes, exact,
                bundle.settings().cases(), Translations.datePhrases(bundle.messages()));
    }

    static ArgumentScope fixed(Set<String> names) {
        return new ArgumentScope(Set.of(), Set.of(), Set.of(), Set.of(), names, List.of(), Set.of());
    }

    boolean allows(String argument) {
        if (exact.contains(argument)) {
            return true;
        }
        Name name = Name.parse(argument);
        if (subjects.contains(name.head())) {
            return name.suffix() == null || cases.contains(name.suffix()) || ENTITY_SUFFIXES.contains(name.suffix());
        }
        if (dates.contains(name.head())) {
            return name.suffix() == null || phrases.contains(name.suffix());
        }
        if (counts.contains(name.head())) {
            return name.suffix() == null || "approx".equals(name.suffix());
        }
        return attributes.contains(argument);
    }

    /** A short list of what is available, for an error message. */
    String describe() {
        Set<String> parts = new TreeSet<>(exact);
        String caseList = cases.isEmpty() ? "" : "|" + String.join("|", cases);
        subjects.forEach(s -> parts.add(s + "[_" + String.join("|", List.of("gender", "count", "in")) + caseList + "]"));
        dates.forEach(d -> parts.add(d + (phrases.isEmpty() ? "" : "[_" + String.join("|", phrases) + "]")));
        counts.forEach(c -> parts.add(c + "[_approx]"));
        parts.addAll(attributes);
        return String.join(", ", parts);
    }
}
