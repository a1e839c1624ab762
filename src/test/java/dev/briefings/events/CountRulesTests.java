package dev.briefings.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import dev.briefings.TestProject;
import dev.briefings.data.FieldProblem;
import dev.briefings.data.Position;
import dev.briefings.data.TreeReader;

/** What a kind's count declaration asks of a record: zero, exactness, whole numbers, a currency, a duration unit. */
class CountRulesTests {

    private static final EventKind RESULTS = new EventKind("results.test", "", Map.of(
            "company", new EventKind.Role("company", java.util.Set.of("organization"), 1, 1)),
            Map.of("revenue", new EventKind.CountSpec("revenue", true, false, false, Optional.of(EventKind.Unit.CURRENCY)),
                    "sentence", new EventKind.CountSpec("sentence", false, false, false, Optional.of(EventKind.Unit.DURATION)),
                    "deaths", new EventKind.CountSpec("deaths", false, true, false, Optional.empty()),
                    "term", new EventKind.CountSpec("term", false, false, true, Optional.empty()),
                    "share", new EventKind.CountSpec("share", false, false, false, Optional.of(EventKind.Unit.PERCENT), false,
                            Optional.of(new BigDecimal("100"))),
                    "rate", new EventKind.CountSpec("rate", false, false, true, Optional.of(EventKind.Unit.PERCENT), true,
                            Optional.empty())),
            Map.of(), List.of("lede"));

    private final RecordValidator validator = new RecordValidator(KindCatalog.of(List.of(RESULTS)),
            TestProject.translations().entities());

    private EventRecord validate(String counts) throws Exception {
        String yaml = """
                id: test
                kind: results.test
                date: 2020-11-20
                place: moscow
                participants: {company: pfizer}
                counts: %s
                """.formatted(counts);
        return validator.validate(new TreeReader().readYaml(yaml).orElseThrow(), new Origin("test.yaml", Position.START, 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {revenue: {value: 5, currency: USD}, term: 0}                          | counts.term | never tells term as zero
            {revenue: {value: 5, currency: USD}, term: {value: 6, approximate: about}} | counts.term.approximate | always exact
            {revenue: {value: 5, currency: USD}, deaths: 2.5}                      | counts.deaths | not a whole number
            {revenue: {value: 5, currency: USD}, deaths: {value: 0, approximate: about}} | counts.deaths.value | zero cannot be approximate
            {revenue: 5}                                                           | counts.revenue.currency | give it as {value: 1200000000, currency: USD}
            {revenue: {value: 5, currency: XYZ}}                                   | counts.revenue.currency | not an ISO 4217 currency code
            {revenue: {value: 5, currency: USD}, sentence: {value: 5}}             | counts.sentence.unit | give it as {value: 5, unit: year}
            {revenue: {value: 5, currency: USD}, sentence: {value: 5, unit: decade}} | counts.sentence.unit | 'decade' is not one of year, month, week, day, hour
            {revenue: {value: 5, currency: USD}, deaths: {value: 5, currency: USD}} | counts.deaths.currency | not an amount of money
            {revenue: {value: 5, currency: USD}, share: 167}                       | counts.share | '167' is more than share can be (at most 100)
            {revenue: {value: 5, currency: USD}, deaths: -3}                       | counts.deaths | never tells deaths below zero
            """)
    void count_breakingItsDeclaration_isRefused_namingTheField(String counts, String field, String message) {
        assertThatThrownBy(() -> validate(counts)).isInstanceOf(FieldProblem.class)
                .satisfies(e -> assertThat(((FieldProblem) e).field()).isEqualTo(field))
                .hasMessageContaining(message);
    }

    @Test
    void counts_keepingTheirDeclaration_giveValueAndUnit() throws Exception {
        EventRecord record = validate("{revenue: {value: 1.25e9, currency: EUR}, sentence: {value: 1.5, unit: year}, deaths: 0, "
                + "term: 2, rate: -0.5, share: 100}");

        assertThat(record.counts().get("revenue").unit()).contains("EUR");
        assertThat(record.counts().get("sentence")).isEqualTo(new Count(new BigDecimal("1.5"), Count.Approximation.EXACT,
                Optional.of("year")));
        assertThat(record.counts().get("deaths").value()).isZero();
        assertThat(record.counts().get("rate").value()).isEqualByComparingTo("-0.5");
    }
}
