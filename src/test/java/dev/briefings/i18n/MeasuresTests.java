package dev.briefings.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.ibm.icu.util.ULocale;

import dev.briefings.events.Count;
import dev.briefings.events.EventKind;

/** Percentages, money and durations as each locale writes them, the number agreeing with its unit. */
class MeasuresTests {

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PERCENT  | 4.4        |      | 4.4%                   | 4,4\u00a0%
            PERCENT  | 5.0        |      | 5.0%                   | 5,0\u00a0%
            PERCENT  | -0.5       |      | -0.5%                  | -0,5\u00a0%
            CURRENCY | 350000     | USD  | 350,000 US dollars     | 350\u00a0000 долларов США
            CURRENCY | 1234567890 | USD  | 1.235 billion US dollars | 1,235 миллиарда долларов США
            CURRENCY | 125600000000 | USD | 125.6 billion US dollars | 125,6 миллиарда долларов США
            CURRENCY | 21700000000 | RUB | 21.7 billion Russian rubles | 21,7 миллиарда российских рублей
            DURATION | 1          | year | 1 year                 | 1 год
            DURATION | 2          | year | 2 years                | 2 года
            DURATION | 5          | year | 5 years                | 5 лет
            DURATION | 21         | month | 21 months             | 21 месяц
            DURATION | 1.5        | year | 1.5 years              | 1,5 года
            CURRENCY | 12.5       | EUR  | 12.50 euros            | 12,50 евро
            """)
    void measuredCount_isFormattedByIcu(EventKind.Unit unit, String value, String code, String english, String russian) {
        EventKind.CountSpec spec = new EventKind.CountSpec("x", true, false, false, Optional.of(unit));
        Count count = new Count(new BigDecimal(value), Count.Approximation.EXACT, Optional.ofNullable(code));

        assertThat(new Measures(ULocale.ENGLISH).format(spec, count)).isEqualTo(english);
        assertThat(new Measures(new ULocale("ru")).format(spec, count)).isEqualTo(russian);
    }
}
