package dev.briefings.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefings.TestProject;

/**
 * The defects found by telling other days' stories: a missing count printed as zero, a zero
 * printed as a number, a title repeating the post the sentence names, an office that could not
 * be said, an approximate figure published as exact. Each is told here as the records were.
 */
class MissingAndZeroTests {

    private final Stories stories = Stories.shipped();

    private static String election(String participants, String counts) {
        return """
                id: election
                kind: election.won
                date: 2020-08-09
                place: belarus
                participants: %s
                counts: %s
                """.formatted(participants, counts);
    }

    @Test
    void rateHeldAtZero_andAnIndicatorAtZero_areTold_notRejected() {
        // a key rate of 0% (the ECB's for years) and inflation of 0% are news, and both counts are required
        String rate = """
                id: rate
                kind: rate.decided
                date: 2020-11-20
                place: moscow
                participants: {bank: reserve-bank-of-australia}
                counts: {rate: 0}
                attributes: {decision: held}
                """;
        String inflation = """
                id: inflation
                kind: figure.reported
                date: 2020-11-20
                place: moscow
                participants: {indicator: inflation, country: russia}
                counts: {level: 0, previous: 0.2}
                attributes: {direction: fell}
                """;

        assertThat(stories.tell("en", rate).headline()).isEqualTo("Australia’s central bank holds key rate at 0%");
        assertThat(stories.lede("en", rate)).isEqualTo("The Reserve Bank of Australia kept its key interest rate at 0% on Friday.");
        assertThat(stories.tell("ru", rate).headline()).isEqualTo("ЦБ Австралии сохранил ключевую ставку на уровне 0\u00a0%");
        assertThat(stories.lede("ru", rate))
                .isEqualTo("Резервный банк Австралии в пятницу сохранил ключевую ставку на уровне 0\u00a0% годовых.");
        assertThat(stories.tell("en", inflation).headline()).isEqualTo("Inflation in Russia falls to 0%");
        assertThat(stories.tell("ru", inflation).headline()).isEqualTo("Инфляция в России снизилась до 0\u00a0%");
        assertThat(stories.tell("ru", inflation).body().get(0)).isEqualTo("Потребительская инфляция в России снизилась до 0\u00a0%, "
                + "следует из данных, опубликованных в пятницу. Предыдущее значение составляло 0,2\u00a0%.");
    }

    @Test
    void absentTerm_isNeverToldAsZeroth() {
        String record = election("{winner: lukashenko}", "{}");

        assertThat(stories.tell("en", record).headline()).isEqualTo("Lukashenko wins election");
        assertThat(stories.lede("en", record)).isEqualTo("On August 9, Belarusian President Alexander Lukashenko won an election.");
        assertThat(stories.tell("ru", record).headline()).isEqualTo("Лукашенко победил на выборах");
        assertThat(stories.lede("ru", record)).isEqualTo("9 августа президент Беларуси Александр Лукашенко победил на выборах.");
    }

    @Test
    void office_andCountry_areSaid_andTheWinnerIsNamedWithoutTheTitle() {
        String record = election("{winner: lukashenko, office: president-office, country: belarus}", "{}");

        assertThat(stories.lede("en", record)).isEqualTo("On August 9, Alexander Lukashenko was elected president of Belarus.");
        assertThat(stories.lede("ru", record)).isEqualTo("9 августа Александр Лукашенко был избран президентом Беларуси.");
        assertThat(stories.tell("en", record).headline()).isEqualTo("Lukashenko wins election for president");
        assertThat(stories.tell("ru", record).headline()).isEqualTo("Лукашенко победил на выборах президента");
    }

    @Test
    void term_withOffice_namesThePostOnce() {
        String record = election("{winner: lukashenko, office: president-office, country: belarus}", "{term: 6}");

        assertThat(stories.lede("en", record))
                .isEqualTo("On August 9, Alexander Lukashenko won a sixth term as president of Belarus.");
        assertThat(stories.lede("ru", record))
                .isEqualTo("9 августа Александр Лукашенко получил шестой срок на посту президента Беларуси по итогам выборов.");
    }

    @Test
    void share_isAPercentage_inEachLocalesStyle_andKeepsItsQualifier() {
        String record = election("{winner: lukashenko}", "{share: {value: 80.1, approximate: about}}");

        assertThat(stories.lede("en", record)).endsWith("Lukashenko won about 80.1% of the vote.");
        assertThat(stories.lede("ru", record)).endsWith("Лукашенко набрал около 80,1\u00a0% голосов.");
    }

    @Test
    void resignation_namesThePersonWithoutTheTitle_whereTheSentenceNamesThePost() {
        String record = """
                id: resigns
                kind: resignation.announced
                date: 2020-11-20
                place: london
                participants: {person: alex-allan, post: ministerial-standards-adviser}
                """;

        assertThat(stories.lede("en", record))
                .isEqualTo("Alex Allan, the prime minister’s adviser on ministerial standards, resigned on Friday.");
        assertThat(stories.lede("ru", record)).doesNotContain("сэр").startsWith("Алекс Аллан, ");
    }

    @Test
    void zeroDeaths_areToldInWords() {
        String record = Stories.cases("{cases: 120, deaths: 0}");

        assertThat(stories.lede("en", record)).contains("No deaths were reported over the previous 24 hours.")
                .doesNotContain(" 0 ");
        assertThat(stories.lede("ru", record)).contains("Умерших за сутки нет.").doesNotContain(" 0 ");
    }

    @Test
    void zeroCases_areToldInWords_inTheHeadlineToo() {
        String record = Stories.cases("{cases: 0}");

        assertThat(stories.tell("en", record).headline()).isEqualTo("Russia reports no new coronavirus cases");
        assertThat(stories.tell("ru", record).headline()).isEqualTo("В России не выявлено новых случаев коронавируса");
        assertThat(stories.lede("ru", record)).contains("сообщил об отсутствии новых случаев заражения.");
    }

    @Test
    void approximateCounts_keepTheirQualifier() {
        String record = Stories.cases("{cases: {value: 600, approximate: about}, deaths: {value: 10, approximate: over}}");

        assertThat(stories.lede("en", record)).isEqualTo("Russia’s coronavirus response center reported about 600 new cases "
                + "on Friday. Over the previous 24 hours, more than 10 people with the coronavirus died.");
        assertThat(stories.lede("ru", record)).isEqualTo("Российский оперативный штаб по борьбе с коронавирусом в пятницу "
                + "сообщил примерно о 600 новых случаях заражения. За сутки умерли более 10 пациентов с коронавирусом.");
        assertThat(stories.tell("ru", record).headline()).isEqualTo("В России выявлено около 600 новых случаев коронавируса");
    }

    @Test
    void atLeast_isToldAsAtLeast_neverAsMoreThanOrExact() {
        String record = Stories.cases("{cases: {value: 600, approximate: at_least}, deaths: {value: 15, approximate: at_least}}");

        assertThat(stories.lede("en", record)).isEqualTo("Russia’s coronavirus response center reported at least 600 new "
                + "cases on Friday. Over the previous 24 hours, at least 15 people with the coronavirus died.");
        assertThat(stories.lede("ru", record)).isEqualTo("Российский оперативный штаб по борьбе с коронавирусом в пятницу "
                + "сообщил не менее чем о 600 новых случаях заражения. За сутки умерли не менее 15 пациентов с "
                + "коронавирусом.");
    }

    @Test
    void aMessageAskingForAnAbsentValue_rejectsTheRecord_neverPrintsAGap(@TempDir Path project) throws Exception {
        // given a Russian headline that names the venue without branching on it (the check calls it an error)
        TestProject.copy(project);
        Path file = project.resolve("translations/ru/kinds/meeting.held.yaml");
        Files.writeString(file, Files.readString(file).replace("0 {{participants_nom} встретились {place_in}}",
                "0 {{participants_nom} встретились {venue_in}}"));
        Translations translations = Translations.load(project.resolve("translations"));
        Stories broken = new Stories(translations);
        String record = """
                id: meeting
                kind: meeting.held
                date: 2020-11-20
                place: sochi
                participants: {participants: [putin, lukashenko]}
                """;

        // then a run rejects the record with the reason, and telling it anyway fails rather than print a gap
        assertThat(translations.needs().problem(broken.record(record))).hasValueSatisfying(reason -> assertThat(reason)
                .contains("the record has no venue").contains("meeting.held.headline").contains("meeting.held.yaml:"));
        assertThatThrownBy(() -> broken.tell("ru", record)).isInstanceOf(StoryLocalizer.MissingValue.class)
                .hasMessageContaining("{venue_in}");
        assertThat(Translations.load(TestProject.root().resolve("translations")).needs().problem(broken.record(record)))
                .as("the shipped messages need nothing a record may leave out").isEmpty();
    }
}
