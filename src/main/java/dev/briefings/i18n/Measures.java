package dev.briefings.i18n;

import java.util.Map;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.Notation;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.NoUnit;
import com.ibm.icu.util.ULocale;

import dev.briefings.events.Count;
import dev.briefings.events.EventKind;

/**
 * A measured count as text in one locale, by ICU: a percentage ("4.4%", «4,4 %»), money in words
 * ("1.2 billion US dollars", «1,2 миллиарда долларов США») and a duration ("5 years", «5 лет»),
 * the number agreeing with its unit. The formatters are immutable and built once per locale.
 */
final class Measures {

    private static final Map<String, MeasureUnit> DURATIONS = Map.of("year", MeasureUnit.YEAR, "month", MeasureUnit.MONTH,
            "week", MeasureUnit.WEEK, "day", MeasureUnit.DAY, "hour", MeasureUnit.HOUR);

    private final LocalizedNumberFormatter percent;
    private final LocalizedNumberFormatter money;
    private final LocalizedNumberFormatter duration;

    Measures(ULocale locale) {
        LocalizedNumberFormatter base = NumberFormatter.withLocale(locale);
        this.percent = base.unit(NoUnit.PERCENT);
        // compact only from a million up: "350,000 US dollars", "1.2 billion US dollars"
        this.money = base.unitWidth(NumberFormatter.UnitWidth.FULL_NAME);
        this.duration = base.unitWidth(NumberFormatter.UnitWidth.FULL_NAME);
    }

    /** Formatters derived for a unit and precision, kept: a night's records need only a handful of them. */
    private final Map<String, LocalizedNumberFormatter> derived = new java.util.HashMap<>();

    String format(EventKind.CountSpec spec, Count count) {
        EventKind.Unit unit = spec.unit().orElseThrow(() -> new IllegalStateException(spec.name() + " has no unit"));
        java.math.BigDecimal value = count.value();
        return switch (unit) {
            // as many decimals as the record gives: "5.0%" beside "5.1%" stays "5.0%"
            case PERCENT -> {
                int decimals = Math.min(3, Math.max(0, value.scale()));
                yield derived.computeIfAbsent("%" + decimals,
                        k -> percent.precision(com.ibm.icu.number.Precision.fixedFraction(decimals))).format(value).toString();
            }
            case CURRENCY -> {
                String code = count.unit().orElseThrow();
                if (value.compareTo(java.math.BigDecimal.valueOf(1_000_000)) >= 0) {
                    // as many significant digits as the record gives, up to four: "125.6 billion", "21.7 billion",
                    // never ICU's default ("126 billion" for 125.6 billion would change a fact)
                    int digits = Math.min(4, Math.max(1, value.stripTrailingZeros().precision()));
                    yield derived.computeIfAbsent(code + " compact " + digits, k -> money.unit(Currency.getInstance(code))
                            .notation(Notation.compactLong())
                            .precision(com.ibm.icu.number.Precision.minMaxSignificantDigits(1, digits))).format(value).toString();
                }
                // whole amounts without cents ("350,000 US dollars"), others to the cent
                boolean whole = value.stripTrailingZeros().scale() <= 0;
                yield derived.computeIfAbsent(code + (whole ? " whole" : " cents"), k -> money.unit(Currency.getInstance(code))
                        .precision(whole ? com.ibm.icu.number.Precision.integer()
                                : com.ibm.icu.number.Precision.fixedFraction(2))).format(value).toString();
            }
            case DURATION -> {
                String name = count.unit().orElseThrow();
                yield derived.computeIfAbsent(name, k -> duration.unit(DURATIONS.get(name))).format(value).toString();
            }
        };
    }

}
