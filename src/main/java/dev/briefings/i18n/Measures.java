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

    String format(EventKind.CountSpec spec, Count count) {
        EventKind.Unit unit = spec.unit().orElseThrow(() -> new IllegalStateException(spec.name() + " has no unit"));
        return switch (unit) {
            // as many decimals as the record gives: "5.0%" beside "5.1%" stays "5.0%"
            case PERCENT -> percent.precision(com.ibm.icu.number.Precision.fixedFraction(
                    Math.min(3, Math.max(0, count.value().scale())))).format(count.value()).toString();
            case CURRENCY -> {
                LocalizedNumberFormatter formatter = money.unit(Currency.getInstance(count.unit().orElseThrow()));
                // whole amounts without cents ("350,000 US dollars"), others to the cent
                formatter = formatter.precision(count.value().stripTrailingZeros().scale() <= 0
                        ? com.ibm.icu.number.Precision.integer() : com.ibm.icu.number.Precision.fixedFraction(2));
                if (count.value().compareTo(java.math.BigDecimal.valueOf(1_000_000)) >= 0) {
                    // as many significant digits as the record gives, up to four: "125.6 billion", "21.7 billion",
                    // never ICU's default ("126 billion" for 125.6 billion would change a fact)
                    int digits = Math.min(4, Math.max(1, count.value().stripTrailingZeros().precision()));
                    formatter = formatter.notation(Notation.compactLong())
                            .precision(com.ibm.icu.number.Precision.minMaxSignificantDigits(1, digits));
                }
                yield formatter.format(count.value()).toString();
            }
            case DURATION -> duration.unit(DURATIONS.get(count.unit().orElseThrow())).format(count.value()).toString();
        };
    }
}
