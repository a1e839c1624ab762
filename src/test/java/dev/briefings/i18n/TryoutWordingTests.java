package dev.briefings.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The wording defects a duty editor's tryout on other nights' records found: a reserve "near" a
 * place told as "in" it, a resignation headline agreeing with the post rather than the woman who
 * resigned, votes against dropped when the votes in favour were missing, and exact counts told
 * as a form ("The number of people injured is 2"). Each is told here as the records were.
 */
class TryoutWordingTests {

    private final Stories stories = Stories.shipped();

    private static String reserve(String near) {
        return """
                id: reserve
                kind: reserve.formed
                date: 2020-08-27
                place: moscow
                participants: {announcer: putin, country: russia, near: %s}
                """.formatted(near);
    }

    @ParameterizedTest(name = "near {0}")
    @CsvSource(delimiter = '|', textBlock = """
            minsk          | вблизи Минска                | near Minsk
            ukraine        | вблизи Украины               | near Ukraine
            belarus-border | вблизи белорусской границы   | near the Belarusian border
            """)
    void reserve_nearAPlaceOrCountry_isToldAsNear_neverAsIn(String near, String russian, String english) {
        // given a reserve formed near an ordinary place or country (no hand-written "in" phrase)
        String record = reserve(near);

        // then both languages say "near" it
        assertThat(stories.lede("ru", record)).isEqualTo("27 августа президент России Владимир Путин заявил, что Россия "
                + "сформировала резерв сотрудников правоохранительных органов " + russian + ".");
        assertThat(stories.lede("en", record)).isEqualTo("On August 27, Russian President Vladimir Putin said Russia had "
                + "formed a reserve of law enforcement officers " + english + ".");
    }

    @Test
    void resignationHeadline_agreesWithThePersonWhoResigns_notWithThePost() {
        // given a woman who resigns from a post whose name is grammatically masculine
        String record = """
                id: resigns
                kind: resignation.announced
                date: 2020-11-20
                place: london
                participants: {person: aung-san-suu-kyi, post: ministerial-standards-adviser}
                """;

        // then the headline agrees with her, as the lede does
        assertThat(stories.tell("ru", record).headline())
                .isEqualTo("Советник британского премьер-министра по вопросам министерской этики подала в отставку");
        assertThat(stories.lede("ru", record)).endsWith(" в пятницу подала в отставку.");
        assertThat(stories.tell("ru", record.replace("aung-san-suu-kyi", "alex-allan")).headline())
                .isEqualTo("Советник британского премьер-министра по вопросам министерской этики подал в отставку");
    }

    private static String bill(String counts) {
        return """
                id: bill
                kind: bill.passed
                date: 2020-11-20
                place: moscow
                participants: {chamber: belarus-authorities, bill: cooperation-agreement}
                counts: %s
                """.formatted(counts);
    }

    @ParameterizedTest(name = "{0} against")
    @CsvSource(delimiter = '|', textBlock = """
            0  | Против не проголосовал никто.       | No one voted against it.
            1  | Против проголосовал 1 человек.      | One lawmaker voted against it.
            2  | Против проголосовали 2 человека.    | Two lawmakers voted against it.
            5  | Против проголосовали 5 человек.     | Five lawmakers voted against it.
            9  | Против проголосовали 9 человек.     | Nine lawmakers voted against it.
            11 | Против проголосовали 11 человек.    | A total of 11 lawmakers voted against it.
            21 | Против проголосовал 21 человек.     | A total of 21 lawmakers voted against it.
            22 | Против проголосовали 22 человека.   | A total of 22 lawmakers voted against it.
            25 | Против проголосовали 25 человек.    | A total of 25 lawmakers voted against it.
            """)
    void votesAgainst_withoutVotesInFavour_areTold(long against, String russian, String english) {
        // given a bill passed with the votes against and no votes in favour
        String record = bill("{against: %d}".formatted(against));

        // then the votes against follow the lede, in every plural form
        assertThat(stories.lede("ru", record)).endsWith(" " + russian);
        assertThat(stories.lede("en", record)).endsWith(". " + english);
    }

    @ParameterizedTest(name = "{0} in favour")
    @CsvSource(delimiter = '|', textBlock = """
            1   | За документ подан 1 голос.      | The bill received one vote in favor.
            2   | За документ подано 2 голоса.    | The bill received two votes in favor.
            5   | За документ подано 5 голосов.   | The bill received five votes in favor.
            21  | За документ подан 21 голос.     | The bill received 21 votes in favor.
            22  | За документ подано 22 голоса.   | The bill received 22 votes in favor.
            25  | За документ подано 25 голосов.  | The bill received 25 votes in favor.
            """)
    void votesInFavour_withoutVotesAgainst_areTold(long support, String russian, String english) {
        String record = bill("{support: %d}".formatted(support));

        assertThat(stories.lede("ru", record)).endsWith(" " + russian);
        assertThat(stories.lede("en", record)).endsWith(". " + english);
    }

    @Test
    void votesForAndAgainst_andAbstentions_areAllTold() {
        String record = bill("{support: 354, against: 2, abstained: 0}");

        assertThat(stories.lede("ru", record)).endsWith("За документ подано 354 голоса. Против проголосовали 2 человека. "
                + "Воздержавшихся не было.");
        assertThat(stories.lede("en", record)).endsWith("The bill received 354 votes in favor. Two lawmakers voted "
                + "against it. There were no abstentions.");
        assertThat(stories.lede("en", bill("{support: 354, abstained: 5}"))).endsWith("There were five abstentions.");
        assertThat(stories.lede("en", bill("{support: 354, abstained: 12}"))).endsWith("There were 12 abstentions.");
    }

    private static String disaster(String counts) {
        return """
                id: disaster
                kind: disaster.struck
                date: 2020-11-20
                place: minsk
                participants: {area: minsk}
                counts: %s
                attributes: {type: explosion}
                """.formatted(counts);
    }

    @ParameterizedTest(name = "{0} injured, {1} missing")
    @CsvSource(delimiter = '|', textBlock = """
            1  | 1  | One person was injured. One person is missing.
            2  | 5  | Two people were injured. Five people are missing.
            9  | 3  | Nine people were injured. Three people are missing.
            10 | 22 | A total of 10 people were injured. A total of 22 people are missing.
            21 | 101 | A total of 21 people were injured. A total of 101 people are missing.
            """)
    void exactInjuredAndMissing_readAsSentences_notAsAForm(long injured, long missing, String english) {
        // given exact counts of people injured and missing
        String record = disaster("{killed: 1, injured: %d, missing: %d}".formatted(injured, missing));

        // then English tells them as the approximate branches do, never "The number of people … is"
        assertThat(stories.lede("en", record)).endsWith("One person was killed. " + english).doesNotContain("number of");
    }

    @Test
    void exactInjured_inAnAttack_readsAsASentence_andTheRussianIsUnchanged() {
        String record = """
                id: attack
                kind: attack.reported
                date: 2020-11-20
                place: minsk
                participants: {target: minsk}
                counts: {killed: 2, injured: 3}
                attributes: {type: attack}
                """;

        assertThat(stories.lede("en", record)).endsWith("Two people were killed. Three people were injured.");
        assertThat(stories.lede("en", record.replace("killed: 2", "killed: 12"))).endsWith("The death toll stands at 12. "
                + "Three people were injured.");
        assertThat(stories.lede("ru", record)).endsWith("Погибли 2 человека. Ранены 3 человека.");
        assertThat(stories.lede("en", record.replace("injured: 3", "injured: 40"))).endsWith("A total of 40 people were injured.");
    }

    @ParameterizedTest(name = "{0} killed")
    @CsvSource(delimiter = '|', textBlock = """
            2  | Two people were killed.
            9  | Nine people were killed.
            10 | The death toll stands at 10.
            """)
    void exactKilled_inADisaster_spellsOutOneToNine(long killed, String english) {
        assertThat(stories.lede("en", disaster("{killed: %d}".formatted(killed)))).endsWith(english);
    }

    @Test
    void disaster_russianCountsAreUnchanged() {
        String record = disaster("{killed: 1, injured: 2, missing: 5}");

        assertThat(stories.lede("ru", record)).endsWith("Пострадали 2 человека. Без вести пропали 5 человек.");
    }
}
