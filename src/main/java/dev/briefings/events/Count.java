package dev.briefings.events;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A number an event carries, whether it is exact or an estimate ("about", "more than"), and, for a
 * measured count, its unit as the record gives it: a currency code (USD) or a duration unit (year).
 */
public record Count(BigDecimal value, Approximation approximation, Optional<String> unit) {

    /** Units a duration may be given in. */
    public static final java.util.List<String> DURATION_UNITS = java.util.List.of("year", "month", "week", "day", "hour");

    public Count(BigDecimal value, Approximation approximation) {
        this(value, approximation, Optional.empty());
    }

    /** How the number is meant; exposed to messages as {@code <count>_approx}. */
    public enum Approximation {
        EXACT, ABOUT, OVER, UNDER, AT_LEAST;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Count {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(approximation, "approximation");
        unit = unit == null ? Optional.empty() : unit;
    }

    /** The value as the most natural Java number for ICU: a long when whole. */
    public Number number() {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
            return stripped.longValueExact();
        }
        return value;
    }
}
