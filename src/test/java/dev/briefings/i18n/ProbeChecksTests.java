package dev.briefings.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.briefings.TestProject;
import dev.briefings.events.EventRecord;

/** Each probe check on a story broken in its one way, and on the same story told cleanly. */
class ProbeChecksTests {

    private static final Translations TRANSLATIONS = TestProject.translations();

    private static final EventRecord RECORD = Stories.shipped().record("""
            id: probe
            kind: cases.reported
            date: 2020-11-20
            place: moscow
            participants: {reporter: russia-coronavirus-center, country: russia, disease: coronavirus}
            counts: {cases: 5}
            """);

    private static List<ProbeChecks.Problem> problems(String locale, String paragraph) {
        boolean russian = locale.equals("ru");
        LocalizedStory story = new LocalizedStory("probe", locale, russian ? "Заголовок" : "Headline",
                russian ? "Москва, 20 ноября 2020 года" : "Moscow, November 20, 2020", List.of(paragraph),
                List.of(), Optional.empty(), List.of(), List.of());
        return new ProbeChecks(TRANSLATIONS, locale).check(story, RECORD).stream().map(ProbeChecks.Finding::problem).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            LEAK            | en | The center reported {cases} new cases.                          | The center reported 5 new cases.
            ABSENT_NUMBER   | en | The center reported 5 new cases and 0 deaths.                   | The center reported 5 new cases and no deaths.
            REPEATED_PHRASE | en | Peru’s interim president Manuel Merino, Peru’s interim president, resigned. | Manuel Merino, Peru’s interim president, resigned.
            SPACING         | en | The center reported 5 new cases .                               | The center reported 5 new cases.
            SPACING         | en | The center reported  5 new cases.                               | The center reported 5 new cases.
            END_PUNCTUATION | en | The center reported 5 new cases                                 | The center reported 5 new cases.
            LATIN           | ru | Штаб сообщил о 5 новых случаях, сообщил Roskomnadzor.           | Штаб сообщил о 5 новых случаях, сообщил ТАСС.
            PREPOSITION     | ru | Штаб сообщил о итогах суток.                                     | Штаб сообщил об итогах суток.
            PREPOSITION     | ru | Заседание прошло в Владивостоке.                                 | Заседание прошло во Владивостоке.
            PREPOSITION     | ru | Штаб работает с стороны Минздрава.                               | Штаб работает со стороны Минздрава.
            PREPOSITION     | ru | Штаб обратился к всем.                                           | Штаб обратился ко всем.
            PREPOSITION     | ru | Штаб сообщил о всём.                                             | Штаб сообщил обо всём.
            """)
    void check_firesOnItsBrokenStory_andNotOnTheCleanOne(ProbeChecks.Problem problem, String locale, String broken,
            String clean) {
        assertThat(problems(locale, broken)).contains(problem);
        assertThat(problems(locale, clean)).doesNotContain(problem);
    }

    @org.junit.jupiter.api.Test
    void preposition_namesTheWordsAndTheFormTheRulesWant() {
        // given a Russian sentence that writes «о» before a vowel, as literal text
        LocalizedStory story = new LocalizedStory("probe", "ru", "Заголовок", "Москва, 20 ноября 2020 года",
                List.of("Стороны договорились о обмене пленными."), List.of(), Optional.empty(), List.of(), List.of());

        // then the finding says what to write instead
        assertThat(new ProbeChecks(TRANSLATIONS, "ru").check(story, RECORD)).singleElement().satisfies(finding -> {
            assertThat(finding.problem()).isEqualTo(ProbeChecks.Problem.PREPOSITION);
            assertThat(finding.part()).isEqualTo("paragraph 1");
            assertThat(finding.detail()).startsWith("«о обмене» should read «об обмене» in «Стороны договорились");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Pfizer      | Компании Pfizer и BioNTech запросили разрешение.
            percentage  | Инфляция составила 4,4 %.
            prepositions | О Европе, во вторник, с США, в ФРГ, о 11 случаях: формы, которые правила не меняют.
            """)
    void latinNamesFromTheGlossary_andFormattedNumbers_pass(String name, String paragraph) {
        assertThat(problems("ru", paragraph)).isEmpty();
    }
}
