package dev.briefings.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Every language feature of a brief, asserted in English and Russian on the shipped translations:
 * relative dates, lists in the right case, plural forms, ordinals, first and later mentions, verb
 * agreement and quotations.
 */
class StoryLocalizerTests {

    private final Stories stories = Stories.shipped();

    private static String meeting(String date) {
        return """
                id: meeting
                kind: meeting.held
                date: %s
                place: sochi
                participants:
                  participants: [putin, lukashenko]
                  outcome: reserve-withdrawal
                """.formatted(date);
    }

    @Nested
    class RelativeDates {

        @Test
        void labels_ofATimelineThatCrossesAYear_allNameTheirYear_andOnlyThen() {
            // the edition is 2020-11-20's
            LocalizedStory crossing = stories.tell("ru", meeting("2020-11-20"), meeting("2019-12-31"), meeting("2020-01"));
            LocalizedStory within = stories.tell("ru", meeting("2020-11-20"), meeting("2020-10-31"), meeting("2020-10"));

            assertThat(crossing.timeline()).extracting(TimelineEntry::label)
                    .containsExactly("31 декабря 2019 года", "январь 2020 года", "20 ноября 2020 года");
            assertThat(stories.tell("en", meeting("2020-11-20"), meeting("2019-12-31"), meeting("2020-01")).timeline())
                    .extracting(TimelineEntry::label).containsExactly("December 31, 2019", "January 2020", "November 20, 2020");
            assertThat(within.timeline()).extracting(TimelineEntry::label)
                    .containsExactly("31 октября", "октябрь", "20 ноября");
        }

        @ParameterizedTest(name = "{0}: {1} / {2}")
        @CsvSource(delimiter = '|', textBlock = """
                2020-11-20 | On Friday      | В пятницу
                2020-11-19 | On Thursday    | В четверг
                2020-11-17 | On Tuesday     | Во вторник
                2020-11-15 | On Sunday      | В воскресенье
                2020-11-13 | On November 13 | 13 ноября
                2020-08-27 | On August 27   | 27 августа
                2019-11-19 | On November 19, 2019 | 19 ноября 2019 года
                2020-10    | In October     | В октябре
                2019-10    | In October 2019 | В октябре 2019 года
                2019       | In 2019        | В 2019 году
                """)
        void date_isToldRelativeToTheEdition(String date, String english, String russian) {
            assertThat(stories.lede("en", meeting(date))).isEqualTo(english + ", Russian President Vladimir Putin and "
                    + "Belarusian President Alexander Lukashenko met in Sochi and agreed on the withdrawal of the Russian reserve.");
            assertThat(stories.lede("ru", meeting(date))).isEqualTo(russian + " президент России Владимир Путин и "
                    + "президент Беларуси Александр Лукашенко встретились в Сочи и договорились о выводе российского резерва.");
        }

        @ParameterizedTest(name = "since {0}: {1} / {2}")
        @CsvSource(delimiter = '|', textBlock = """
                2020-11-19 | since Thursday  | С четверга
                2020-11-17 | since Tuesday   | Со вторника
                2020-08-09 | since August 9  | С 9 августа
                2020-10    | since October   | С октября
                2019-12-31 | since December 31, 2019 | С 31 декабря 2019 года
                """)
        void since_takesTheGenitiveInRussian(String date, String english, String russian) {
            String protests = """
                    id: protests
                    kind: protests.ongoing
                    date: %s
                    place: belarus
                    attributes: {scale: thousands}
                    """.formatted(date);
            assertThat(stories.lede("en", protests)).isEqualTo("Thousands of people have protested in Belarus " + english + ".");
            assertThat(stories.lede("ru", protests)).isEqualTo(russian + " тысячи человек выходят на акции протеста в Беларуси.");
        }

        @Test
        void dateline_givesTheFullDate() {
            assertThat(stories.tell("en", meeting("2020-11-19")).dateline()).isEqualTo("Sochi, November 19, 2020");
            assertThat(stories.tell("ru", meeting("2020-11-19")).dateline()).isEqualTo("Сочи, 19 ноября 2020 года");
        }
    }

    @Nested
    class Lists {

        private static final String TALKS = """
                id: talks
                kind: talks.ordered
                date: 2020-10
                place: moscow
                participants:
                  issuer: mishustin
                  parties: [rosgvardia, belarus-interior-ministry]
                  subject: cooperation-agreement
                """;

        @Test
        void list_afterBetween_isInTheInstrumental() {
            assertThat(stories.lede("ru", TALKS)).isEqualTo("В октябре премьер-министр России Михаил Мишустин поручил "
                    + "начать переговоры о соглашении о сотрудничестве между Росгвардией и МВД Беларуси.");
            assertThat(stories.lede("en", TALKS)).isEqualTo("In October, Russian Prime Minister Mikhail Mishustin ordered "
                    + "talks on a cooperation agreement between the Russian National Guard and Belarus’ Interior Ministry.");
        }

        @Test
        void list_ofThree_usesTheLocalesConjunction() {
            String ceasefire = """
                    id: ceasefire
                    kind: ceasefire.signed
                    date: 2020-11-09
                    place: moscow
                    participants:
                      signatories: [aliyev, pashinyan, putin]
                      region: nagorno-karabakh
                    """;
            assertThat(stories.lede("ru", ceasefire)).isEqualTo("9 ноября президент Азербайджана Ильхам Алиев, "
                    + "премьер-министр Армении Никол Пашинян и президент России Владимир Путин подписали соглашение "
                    + "о прекращении огня в Нагорном Карабахе.");
            assertThat(stories.lede("en", ceasefire)).isEqualTo("On November 9, Azerbaijani President Ilham Aliyev, "
                    + "Armenian Prime Minister Nikol Pashinyan, and Russian President Vladimir Putin signed an agreement "
                    + "ending the fighting in Nagorno-Karabakh.");
        }

        @Test
        void list_afterPreposition_isInThePrepositional() {
            String agreement = """
                    id: agreement
                    kind: agreement.signed
                    date: 2020-11-19
                    place: minsk
                    participants:
                      parties: [rosgvardia, belarus-interior-ministry]
                      areas: [public-order, arms-control, crime-fighting]
                    """;
            String ru = stories.lede("ru", agreement);
            assertThat(ru).contains("Стороны также будут сотрудничать в охране общественного порядка, "
                    + "государственном контроле за оборотом оружия и борьбе с преступностью.");
            assertThat(stories.lede("en", agreement)).contains("The parties will also cooperate on protecting public order, "
                    + "state control of arms circulation, and combating crime.");
        }
    }

    @Nested
    class Plurals {

        private static String cases(long cases, long deaths) {
            return Stories.cases("{cases: %d, deaths: %d}".formatted(cases, deaths));
        }

        @ParameterizedTest(name = "{0} cases")
        @CsvSource(delimiter = '|', textBlock = """
                1     | о 1 новом случае            | 1 new case
                2     | о 2 новых случаях           | 2 new cases
                5     | о 5 новых случаях           | 5 new cases
                11    | о 11 новых случаях          | 11 new cases
                21    | о 21 новом случае           | 21 new cases
                24318 | о 24\u00a0318 новых случаях      | 24,318 new cases
                """)
        void count_takesEveryPluralFormOfTheLocale(long count, String russian, String english) {
            assertThat(stories.lede("ru", cases(count, 1))).contains("сообщил " + russian + " заражения.");
            assertThat(stories.lede("en", cases(count, 1))).contains("reported " + english + " on Friday.");
        }

        @ParameterizedTest(name = "{0} deaths")
        @CsvSource(delimiter = '|', textBlock = """
                1   | За сутки умер 1 пациент с коронавирусом.       | Over the previous 24 hours, 1 person with the coronavirus died.
                3   | За сутки умерли 3 пациента с коронавирусом.    | Over the previous 24 hours, 3 people with the coronavirus died.
                12  | За сутки умерли 12 пациентов с коронавирусом.  | Over the previous 24 hours, 12 people with the coronavirus died.
                461 | За сутки умер 461 пациент с коронавирусом.     | Over the previous 24 hours, 461 people with the coronavirus died.
                """)
        void verb_agreesWithTheNumeral(long deaths, String russian, String english) {
            assertThat(stories.lede("ru", cases(100, deaths))).contains(russian);
            assertThat(stories.lede("en", cases(100, deaths))).contains(english);
        }

        @Test
        void headline_usesThePluralFormsToo() {
            assertThat(stories.tell("ru", cases(22, 0)).headline()).isEqualTo("В России выявлено 22 новых случая коронавируса");
            assertThat(stories.tell("ru", cases(31, 0)).headline()).isEqualTo("В России выявлен 31 новый случай коронавируса");
            assertThat(stories.tell("en", cases(1, 0)).headline()).isEqualTo("Russia reports 1 new coronavirus case");
        }
    }

    @Nested
    class Ordinals {

        @ParameterizedTest(name = "term {0}")
        @CsvSource(delimiter = '|', textBlock = """
                6 | a sixth term   | шестой срок
                3 | a third term   | третий срок
                8 | an eighth term | восьмой срок
                """)
        void term_isSpelledOutAsAnOrdinal(int term, String english, String russian) {
            String election = """
                    id: election
                    kind: election.won
                    date: 2020-08-09
                    place: belarus
                    participants: {winner: lukashenko}
                    counts: {term: %d}
                    attributes: {disputed: "yes"}
                    """.formatted(term);
            assertThat(stories.lede("en", election)).isEqualTo("On August 9, Belarusian President Alexander Lukashenko won "
                    + english + " in a disputed election.");
            assertThat(stories.lede("ru", election)).isEqualTo("9 августа президент Беларуси Александр Лукашенко получил "
                    + russian + " по итогам спорных выборов.");
        }
    }

    @Nested
    class Mentions {

        private static final String RESERVE = """
                id: reserve
                kind: reserve.formed
                date: 2020-08-27
                place: moscow
                participants: {announcer: putin, country: russia, requester: lukashenko, near: belarus-border}
                quote:
                  speaker: putin
                  language: ru
                  text: {ru: Мы договорились, en: We agreed}
                """;

        @Test
        void firstMention_hasTitleAndFullName_inTheRightCase() {
            assertThat(stories.lede("ru", RESERVE)).isEqualTo("27 августа президент России Владимир Путин заявил, что по "
                    + "просьбе президента Беларуси Александра Лукашенко Россия сформировала резерв сотрудников "
                    + "правоохранительных органов вблизи белорусской границы.");
            assertThat(stories.lede("en", RESERVE)).isEqualTo("On August 27, Russian President Vladimir Putin said Russia "
                    + "had formed a reserve of law enforcement officers near the Belarusian border at Belarusian President "
                    + "Alexander Lukashenko’s request.");
        }

        @Test
        void laterMention_isTheSurname_acrossTheStoryAndItsBackground() {
            String election = """
                    id: election
                    kind: election.won
                    date: 2020-08-09
                    place: belarus
                    participants: {winner: lukashenko}
                    counts: {term: 6}
                    """;
            LocalizedStory ru = stories.tell("ru", RESERVE.replace("id: reserve", "id: main"), election);
            assertThat(ru.body().get(1)).isEqualTo("«Мы договорились», — сказал Путин.");
            assertThat(ru.background().get(0)).startsWith("9 августа Лукашенко получил шестой");
            LocalizedStory en = stories.tell("en", RESERVE.replace("id: reserve", "id: main"), election);
            assertThat(en.body().get(1)).isEqualTo("“We agreed,” Putin said.");
            assertThat(en.background().get(0)).startsWith("On August 9, Lukashenko won a sixth term");
        }

        @Test
        void headline_usesShortForms() {
            assertThat(stories.tell("en", RESERVE).headline()).isEqualTo("Putin says Russia has formed law enforcement reserve");
            assertThat(stories.tell("ru", RESERVE).headline())
                    .isEqualTo("Путин заявил о создании Россией резерва сотрудников правоохранительных органов");
        }
    }

    @Nested
    class Agreement {

        private static String handover(String giver) {
            return """
                    id: handover
                    kind: territory.transferred
                    date: 2020-11-20
                    place: aghdam-district
                    participants: {giver: %s, receiver: azerbaijan, territory: aghdam-district}
                    """.formatted(giver);
        }

        private static String accusation(String accuser) {
            return """
                    id: accusation
                    kind: accusation.made
                    date: 2020-08
                    place: minsk
                    participants: {accuser: %s, accused: the-west, charge: backing-opposition}
                    """.formatted(accuser);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                armenia                   | Армения в пятницу передала Азербайджану Агдамский район.
                russia                    | Россия в пятницу передала Азербайджану Агдамский район.
                malaysia                  | Малайзия в пятницу передала Азербайджану Агдамский район.
                belarus                   | Беларусь в пятницу передала Азербайджану Агдамский район.
                """)
        void verb_agreesWithAFeminineSubject(String giver, String russian) {
            assertThat(stories.lede("ru", handover(giver))).isEqualTo(russian);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                lukashenko                | Президент Беларуси Александр Лукашенко обвинил Запад в поддержке оппозиции.
                rosgvardia                | Росгвардия обвинила Запад в поддержке оппозиции.
                belarus-interior-ministry | МВД Беларуси обвинило Запад в поддержке оппозиции.
                belarus-authorities       | Белорусские власти обвинили Запад в поддержке оппозиции.
                """)
        void verb_agreesInGenderAndNumber(String accuser, String russian) {
            assertThat(stories.lede("ru", accusation(accuser))).isEqualTo(russian);
        }

        @Test
        void englishVerb_agreesInNumber() {
            String arrests = """
                    id: arrests
                    kind: arrests.made
                    date: 2020-09
                    place: belarus
                    participants: {authority: %s, detained: belarus-opposition-figures}
                    """;
            assertThat(stories.tell("en", arrests.formatted("belarus-authorities")).headline())
                    .isEqualTo("Belarusian authorities jail opposition figures");
            assertThat(stories.tell("en", arrests.formatted("rosgvardia")).headline())
                    .isEqualTo("Russia’s National Guard jails opposition figures");
            assertThat(stories.lede("ru", arrests.formatted("rosgvardia")))
                    .isEqualTo("В сентябре Росгвардия заключила под стражу нескольких оппозиционных деятелей.");
            String detained = arrests + "attributes: {custody: detained}\n";
            assertThat(stories.tell("en", detained.formatted("rosgvardia")).headline())
                    .isEqualTo("Russia’s National Guard detains opposition figures");
            assertThat(stories.lede("ru", detained.formatted("belarus-authorities")))
                    .isEqualTo("В сентябре белорусские власти задержали нескольких оппозиционных деятелей.");
        }
    }

    @Nested
    class Quotes {

        private static String quoted(String speaker, String ru, String en) {
            return """
                    id: quoted
                    kind: infection.reported
                    date: 2020-11-20
                    place: moscow
                    participants: {person: trump-jr, disease: coronavirus}
                    quote:
                      speaker: %s
                      language: ru
                      text: {ru: '%s', en: '%s'}
                    """.formatted(speaker, ru, en);
        }

        @Test
        void quote_usesTheLocalesQuotationMarks_andDropsTheFinalStop() {
            LocalizedStory ru = stories.tell("ru", quoted("putin", "Все под контролем.", "All is under control."));
            LocalizedStory en = stories.tell("en", quoted("putin", "Все под контролем.", "All is under control."));
            assertThat(ru.body().get(1)).isEqualTo("«Все под контролем», — сказал президент России Владимир Путин.");
            assertThat(en.body().get(1)).isEqualTo("“All is under control,” Russian President Vladimir Putin said.");
        }

        @Test
        void question_keepsItsMark_andTakesAsked() {
            LocalizedStory ru = stories.tell("ru", quoted("putin", "Кто это решил?", "Who decided that?"));
            LocalizedStory en = stories.tell("en", quoted("putin", "Кто это решил?", "Who decided that?"));
            assertThat(ru.body().get(1)).isEqualTo("«Кто это решил?» — спросил президент России Владимир Путин.");
            assertThat(en.body().get(1)).isEqualTo("“Who decided that?” Russian President Vladimir Putin asked.");
        }

        @Test
        void quoteInsideAQuote_takesTheInnerMarks() {
            LocalizedStory ru = stories.tell("ru", quoted("putin", "Это \"особый\" случай", "It is a \"special\" case"));
            LocalizedStory en = stories.tell("en", quoted("putin", "Это \"особый\" случай", "It is a \"special\" case"));
            assertThat(ru.body().get(1)).startsWith("«Это „особый“ случай», — сказал");
            assertThat(en.body().get(1)).startsWith("“It is a ‘special’ case,” Russian President");
        }

        @Test
        void quoteWithoutTheLocalesText_isLeftOut_andReported() {
            String record = """
                    id: quoted
                    kind: infection.reported
                    date: 2020-11-20
                    place: moscow
                    participants: {person: trump-jr, disease: coronavirus}
                    quote: {speaker: putin, language: ru, text: Только по-русски}
                    """;
            LocalizedStory en = stories.tell("en", record);
            assertThat(en.body()).hasSize(1);
            assertThat(en.fallbacks()).singleElement().satisfies(f -> assertThat(f.what()).contains("quote left out"));
        }
    }

    @Nested
    class Timeline {

        private static final String PROTESTS = """
                id: protests
                kind: protests.ongoing
                date: 2020-08-09
                place: belarus
                attributes: {scale: thousands}
                """;
        private static final String ACCUSATION = """
                id: accusation
                kind: accusation.made
                date: 2020-08
                place: minsk
                participants: {accuser: lukashenko, accused: the-west, charge: backing-opposition}
                """;

        @Test
        void story_withoutBackground_hasNoTimeline() {
            assertThat(stories.tell("ru", meeting("2020-11-19")).timeline()).isEmpty();
        }

        @Test
        void entries_areInTimeOrder_withTheStoryLast_andAMonthAfterItsDays() {
            LocalizedStory story = stories.tell("ru", meeting("2020-11-19"), meeting("2019-10"), ACCUSATION, PROTESTS);

            // (a timeline that crosses a year names every label's year: «август» after «октябрь 2019 года»
            // would read as August 2019)
            assertThat(story.timeline()).extracting(TimelineEntry::label)
                    .containsExactly("октябрь 2019 года", "9 августа 2020 года", "август 2020 года", "19 ноября 2020 года");
            assertThat(story.timeline()).extracting(TimelineEntry::current).containsExactly(false, false, false, true);
            assertThat(story.timeline().get(3).caption()).isEqualTo(story.headline());
        }

        @ParameterizedTest(name = "{0}: {1} / {2}")
        @CsvSource(delimiter = '|', textBlock = """
                2020-11-19 | November 19        | 19 ноября
                2020-08-27 | August 27          | 27 августа
                2019-11-19 | November 19, 2019  | 19 ноября 2019 года
                2020-10    | October            | октябрь
                2019-10    | October 2019       | октябрь 2019 года
                2019       | 2019               | 2019 год
                """)
        void label_isTheDateOnItsOwn_aMonthInTheNominative(String date, String english, String russian) {
            assertThat(stories.tell("en", meeting("2020-11-20"), meeting(date)).timeline().get(0).label()).isEqualTo(english);
            assertThat(stories.tell("ru", meeting("2020-11-20"), meeting(date)).timeline().get(0).label()).isEqualTo(russian);
        }

        @Test
        void caption_isTheHeadline_orTheKindsTimelineLineWhereItHasOne() {
            assertThat(stories.tell("ru", meeting("2020-11-20"), ACCUSATION).timeline().get(0).caption())
                    .isEqualTo("Лукашенко обвинил Запад в поддержке оппозиции");
            // protests.ongoing's headline says they continue; beside the day they began, its timeline line says so
            assertThat(stories.tell("ru", meeting("2020-11-20"), PROTESTS).timeline().get(0).caption())
                    .isEqualTo("В Беларуси начались протесты");
            assertThat(stories.tell("en", meeting("2020-11-20"), PROTESTS).timeline().get(0).caption())
                    .isEqualTo("Protests begin in Belarus");
        }
    }
}
