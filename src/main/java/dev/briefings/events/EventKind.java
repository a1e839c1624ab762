package dev.briefings.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of event, defined in {@code translations/kinds/<id>.yaml}: the roles its participants
 * play, the counts and attributes a record may carry, and the sentences a brief of it tells.
 */
public record EventKind(
        String id,
        String description,
        Map<String, Role> roles,
        Map<String, CountSpec> counts,
        Map<String, AttributeSpec> attributes,
        List<String> sentences) {

    /** A role: the entity types that may fill it and how many entities it takes. */
    public record Role(String name, Set<String> types, int min, int max) {
        public Role {
            types = Set.copyOf(types);
        }
    }

    /**
     * A number the record may carry (cases, deaths, a term).
     *
     * @param required whether every record must give it
     * @param zero     whether it may be zero; then every message that tells it needs an {@code =0} branch
     * @param exact    whether it is never approximate; otherwise every message that tells it tells its
     *                 {@code <count>_approx} too
     * @param unit     what it measures, when not a plain number of things; a measured count may be a fraction
     * @param negative whether it may be below zero (an interest rate, a growth rate)
     * @param max      the largest value it can take, if any (a turnout or a share of the vote: 100)
     */
    public record CountSpec(String name, boolean required, boolean zero, boolean exact, Optional<Unit> unit,
            boolean negative, Optional<java.math.BigDecimal> max) {
        public CountSpec {
            unit = unit == null ? Optional.empty() : unit;
            max = max == null ? Optional.empty() : max;
        }

        public CountSpec(String name, boolean required, boolean zero, boolean exact, Optional<Unit> unit) {
            this(name, required, zero, exact, unit, false, Optional.empty());
        }

        /** A plain count: optional, never zero, possibly approximate, no unit. */
        public static CountSpec plain(String name) {
            return new CountSpec(name, false, false, false, Optional.empty());
        }
    }

    /**
     * What a count measures. A percentage is given in percent (4.4 for 4.4%); money comes with
     * its ISO 4217 code in the record; a duration with its unit (year, month, week, day, hour).
     */
    public enum Unit {
        PERCENT, CURRENCY, DURATION;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A choice among fixed values (an agreement's entry into force), exposed to {@code select}. */
    public record AttributeSpec(String name, List<String> values, boolean required) {
        public AttributeSpec {
            values = List.copyOf(values);
        }
    }

    /** The message every kind must have for its first sentence. */
    public static final String LEDE = "lede";

    /** The message every kind must have for its headline. */
    public static final String HEADLINE = "headline";

    /**
     * The message a kind may have for its line in a timeline, where its headline would mislead
     * ("Protests continue" beside the day they began); the headline serves otherwise.
     */
    public static final String TIMELINE = "timeline";

    public EventKind {
        roles = Map.copyOf(roles);
        counts = Map.copyOf(counts);
        attributes = Map.copyOf(attributes);
        sentences = List.copyOf(sentences);
    }

    /** Every message a locale must define for this kind. */
    public List<String> messageNames() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(HEADLINE), sentences.stream()).toList();
    }
}
