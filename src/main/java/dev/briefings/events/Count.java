package dev.briefings.events;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/** A number an event carries, and whether it is exact or an estimate ("about", "more than"). */
public record Count(BigDecimal value, Approximation approximation) {

    /** How the number is meant; exposed to messages as {@code <count>_approx}. */
    public enum Approximation {
        EXACT, ABOUT, OVER, UNDER;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Count {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(approximation, "approximation");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + value);
        }
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
