package dev.briefings.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.briefings.TestProject;
import dev.briefings.data.FieldProblem;
import dev.briefings.data.Node;
import dev.briefings.data.Position;
import dev.briefings.data.TreeReader;

class RecordValidatorTests {

    private final RecordValidator validator = new RecordValidator(TestProject.translations().kinds(),
            TestProject.translations().entities());

    private static final String VALID = """
            id: 2020-11-20-test
            kind: cases.reported
            date: 2020-11-20
            place: moscow
            participants:
              reporter: russia-coronavirus-center
              country: russia
              disease: coronavirus
            counts:
              cases: 24318
              deaths: {value: 400, approximate: over}
            source: {agency: tass, reported: 2020-11-20}
            """;

    private EventRecord validate(String yaml) throws Exception {
        Node node = new TreeReader().readYaml(yaml).orElseThrow();
        return validator.validate(node, new Origin("test.yaml", Position.START, 1));
    }

    @Test
    void validate_goodRecord_givesAllItsFields() throws Exception {
        EventRecord record = validate(VALID);

        assertThat(record.id()).isEqualTo("2020-11-20-test");
        assertThat(record.role("reporter")).containsExactly("russia-coronavirus-center");
        assertThat(record.counts().get("cases").number()).isEqualTo(24318L);
        assertThat(record.counts().get("deaths")).isEqualTo(new Count(new BigDecimal("400"), Count.Approximation.OVER));
        assertThat(record.priority()).isEqualTo(EventRecord.DEFAULT_PRIORITY);
        assertThat(record.belongsTo(LocalDate.of(2020, 11, 20))).isTrue();
    }

    @Test
    void validate_impossibleDate_namesTheField() {
        assertThatThrownBy(() -> validate(VALID.replace("date: 2020-11-20", "date: 2020-02-30")))
                .isInstanceOf(FieldProblem.class)
                .satisfies(e -> assertThat(((FieldProblem) e).field()).isEqualTo("date"))
                .hasMessageContaining("not a real date")
                .satisfies(e -> assertThat(((FieldProblem) e).position().line()).isEqualTo(3));
    }

    @Test
    void validate_monthOnlyDate_hasMonthPrecision() throws Exception {
        EventRecord record = validate(VALID.replace("date: 2020-11-20", "date: 2020-10"));
        assertThat(record.date().precision()).isEqualTo(EventDate.Precision.MONTH);
        assertThat(record.date().toString()).isEqualTo("2020-10");
    }

    @Test
    void validate_unknownKind_listsKnownKinds() {
        assertThatThrownBy(() -> validate(VALID.replace("kind: cases.reported", "kind: cases.reportd")))
                .hasMessageContaining("unknown kind 'cases.reportd'")
                .hasMessageContaining("cases.reported");
    }

    @Test
    void validate_unknownEntity_pointsToTheRegistry() {
        assertThatThrownBy(() -> validate(VALID.replace("country: russia", "country: rusia")))
                .hasMessageContaining("unknown entity 'rusia'")
                .satisfies(e -> assertThat(((FieldProblem) e).field()).isEqualTo("participants.country"));
    }

    @Test
    void validate_entityOfWrongType_saysWhatTheRoleTakes() {
        assertThatThrownBy(() -> validate(VALID.replace("country: russia", "country: putin")))
                .hasMessageContaining("'putin' is a person")
                .hasMessageContaining("country");
        assertThatThrownBy(() -> validate(VALID.replace("country: russia", "country: tass")))
                .hasMessageContaining("'tass' is an organization; this field takes");
    }

    @Test
    void validate_missingRequiredField_isNamed() {
        assertThatThrownBy(() -> validate(VALID.replace("place: moscow\n", "")))
                .satisfies(e -> assertThat(((FieldProblem) e).field()).isEqualTo("place"))
                .hasMessageContaining("required field is missing");
    }

    @Test
    void validate_missingRequiredRole_isNamed() {
        assertThatThrownBy(() -> validate(VALID.replace("  country: russia\n", "")))
                .satisfies(e -> assertThat(((FieldProblem) e).field()).isEqualTo("participants.country"))
                .hasMessageContaining("needs at least 1");
    }

    @Test
    void validate_wrongType_saysWhatWasFound() {
        assertThatThrownBy(() -> validate(VALID.replace("cases: 24318", "cases: many")))
                .hasMessageContaining("expected a number, found a text");
    }

    @Test
    void validate_unknownField_listsTheAllowedOnes() {
        assertThatThrownBy(() -> validate(VALID + "headline: invented\n"))
                .satisfies(e -> assertThat(((FieldProblem) e).field()).isEqualTo("headline"))
                .hasMessageContaining("unknown field");
    }

    @Test
    void validate_idThatIsAPath_isRefused() {
        assertThatThrownBy(() -> validate(VALID.replace("id: 2020-11-20-test", "id: ../../etc/passwd")))
                .satisfies(e -> assertThat(((FieldProblem) e).field()).isEqualTo("id"))
                .hasMessageContaining("not a valid id");
    }

    @Test
    void validate_attributeOutsideItsValues_listsThem() {
        String record = VALID + "attributes: {record: everything}\n";
        assertThatThrownBy(() -> validate(record)).hasMessageContaining("'everything' is not one of cases, deaths");
    }

    @Test
    void validate_quoteWithoutItsOriginalText_isRefused() {
        String record = VALID + "quote: {speaker: putin, language: ru, text: {en: Words}}\n";
        assertThatThrownBy(() -> validate(record)).hasMessageContaining("needs its original text");
    }

    @Test
    void validate_quoteInOneLanguage_isKeptUnderThatLanguage() throws Exception {
        EventRecord record = validate(VALID + "quote: {speaker: putin, language: ru, text: Слова}\n");
        assertThat(record.quote().orElseThrow().in("ru")).contains("Слова");
        assertThat(record.quote().orElseThrow().in("en")).isEmpty();
    }
}
