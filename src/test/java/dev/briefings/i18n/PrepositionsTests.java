package dev.briefings.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.ibm.icu.util.ULocale;

import dev.briefings.TestProject;
import dev.briefings.data.FieldProblem;
import dev.briefings.data.MapReader;
import dev.briefings.data.Position;
import dev.briefings.data.TreeReader;

/**
 * Prepositions whose form changes with the next word: the rules a locale.yaml declares, the form
 * chosen where a message writes one before an argument (with the shipped Russian rules), the
 * shipped messages that now read «об», «во», «со», and the literal forms the checks report.
 */
class PrepositionsTests {

    private static final ULocale RU = new ULocale("ru");

    private static Prepositions russian() {
        return TestProject.translations().locale("ru").settings().prepositions();
    }

    private static String format(Prepositions rules, String pattern, Object value) {
        Message message = new Message("test", pattern, RU, java.util.Set.of("x"),
                Path.of("test.yaml"), Position.START, Optional.empty(), rules);
        Map<String, Object> args = new HashMap<>();
        args.put("x", value);
        args.put("x_count", 1);
        return message.format(args);
    }

    private static LocaleSettings settings(String yaml) throws Exception {
        return LocaleSettings.parse("xx", MapReader.of(new TreeReader().readYaml(yaml).orElseThrow(), ""));
    }

    @Nested
    class Declaring {

        @Test
        void prepositions_areReadWithTheirVariantsInOrder() throws Exception {
            // given a locale.yaml with two prepositions, one variant looking at the text before it
            LocaleSettings settings = settings("""
                    cases: [nom]
                    prepositions:
                      о:
                        - {form: обо, before: "мне\\\\b"}
                        - {form: об, before: "[аиоуэ]"}
                      В: {form: у, after: "[бвгґджзклмнпрстфхцчшщ]\\\\s", before: "(?i)[бвгґджзклмнпрстфхцчшщ]"}
                    """);

            // then both are declared, in lower case, and choose their forms
            Prepositions rules = settings.prepositions();
            assertThat(rules.written()).containsExactlyInAnyOrder("о", "в");
            assertThat(format(rules, "о {x}", "мне")).isEqualTo("обо мне");
            assertThat(format(rules, "о {x}", "обмене")).isEqualTo("об обмене");
            assertThat(format(rules, "він в {x}", "Києві")).isEqualTo("він у Києві");
            assertThat(format(rules, "вона в {x}", "Києві")).isEqualTo("вона в Києві");
        }

        @Test
        void localeWithoutPrepositions_declaresNone() throws Exception {
            assertThat(settings("cases: [nom]\n").prepositions().isEmpty()).isTrue();
            assertThat(TestProject.translations().locale("en").settings().prepositions().isEmpty()).isTrue();
        }

        @Test
        void invalidExpression_isAnErrorWithItsFieldLineAndCharacter() {
            // given an expression whose bracket is never closed
            FieldProblem problem = catchThrowableOfType(() -> settings("""
                    cases: [nom]
                    prepositions:
                      о:
                        - {form: об, before: "[аиоуэ"}
                    """), FieldProblem.class);

            // then the error names the field, its line, and where in the expression it broke
            assertThat(problem).isNotNull();
            assertThat(problem.field()).isEqualTo("prepositions.о[1].before");
            assertThat(problem.position().line()).isEqualTo(4);
            assertThat(problem.getMessage()).contains("not a valid regular expression").contains("at character 6")
                    .contains("[аиоуэ");
        }

        @Test
        void invalidAfterExpression_isReportedAsWritten() {
            FieldProblem problem = catchThrowableOfType(() -> settings("""
                    prepositions:
                      в: [{form: у, after: "(а"}]
                    """), FieldProblem.class);
            assertThat(problem.field()).isEqualTo("prepositions.в[1].after");
            assertThat(problem.getMessage()).contains("at character 3 of \"(а\""); // the end: the group is never closed
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                unknown field      | 'о: [{form: об, when: "[аиоуэ]"}]'  | prepositions.о[1].when | unknown field
                no condition       | 'о: [{form: об}]'                    | prepositions.о[1]      | give before
                no form            | 'о: [{before: "[аиоуэ]"}]'           | prepositions.о[1].form | required
                two words          | 'во что: [{form: об, before: "а"}]'  | prepositions.во что    | one word
                not a list         | 'о: об'                              | prepositions.о         | list of variants
                """)
        void malformedDeclaration_isAnErrorNamingTheField(String name, String declaration, String field, String message) {
            FieldProblem problem = catchThrowableOfType(() -> settings("prepositions:\n  " + declaration + "\n"),
                    FieldProblem.class);
            assertThat(problem).isNotNull();
            assertThat(problem.field()).isEqualTo(field);
            assertThat(problem.getMessage()).contains(message);
        }

        @Test
        void brokenShippedRule_stopsTheLoadNamingLocaleYaml(@TempDir Path project) {
            // given a copy of the project whose Russian rule has an unclosed group
            TestProject.copy(project);
            Path file = project.resolve("translations/ru/locale.yaml");
            TestProject.write(file, TestProject.read(file).replace("before: \"(?:мне|всём", "before: \"(?:мне|всём("));

            // then loading names the file and the field
            dev.briefings.data.InvalidProjectFile error = catchThrowableOfType(
                    () -> Translations.load(project.resolve("translations")), dev.briefings.data.InvalidProjectFile.class);
            assertThat(error.file()).isEqualTo(file);
            assertThat(error.getMessage()).contains("prepositions.о[1].before").contains("not a valid regular expression");
        }
    }

    @Nested
    class ShippedRussianRules {

        @ParameterizedTest(name = "{0} {1} → {2}")
        @CsvSource(delimiter = '|', textBlock = """
                о | обмене пленными | об обмене пленными
                о | итогах          | об итогах
                о | Украине         | об Украине
                о | экономике       | об экономике
                о | ООН             | об ООН
                о | «Аэрофлоте»     | об «Аэрофлоте»
                о | всём            | обо всём
                о | всех            | обо всех
                о | мне             | обо мне
                о | Европе          | о Европе
                о | ее              | о ее
                о | юристе          | о юристе
                о | ядерном оружии  | о ядерном оружии
                о | выводе резерва  | о выводе резерва
                о | ФСБ             | о ФСБ
                о | всей стране     | о всей стране
                в | Владивостоке    | во Владивостоке
                в | Франции         | во Франции
                в | Фрайбурге       | во Фрайбурге
                в | Вьетнаме        | во Вьетнаме
                в | вторник         | во вторник
                в | всём            | во всём
                в | многом          | во многом
                в | мне             | во мне
                в | Вене            | в Вене
                в | Финляндии       | в Финляндии
                в | ВТБ             | в ВТБ
                в | ФРГ             | в ФРГ
                в | Минске          | в Минске
                в | мнении          | в мнении
                с | Швецией         | со Швецией
                с | стороны         | со стороны
                с | Сбербанком      | со Сбербанком
                с | звездами        | со звездами
                с | свиным гриппом  | со свиным гриппом
                с | мной            | со мной
                с | многими         | со многими
                с | всеми           | со всеми
                с | Всемирным банком | со Всемирным банком
                с | вторника        | со вторника
                с | второго         | со второго
                с | Сирией          | с Сирией
                с | Зеленским       | с Зеленским
                с | США             | с США
                с | СНГ             | с СНГ
                с | Владимиром      | с Владимиром
                с | вторжением      | с вторжением
                с | коронавирусом   | с коронавирусом
                к | мне             | ко мне
                к | всем            | ко всем
                к | всему           | ко всему
                к | второму         | ко второму
                к | вторнику        | ко вторнику
                к | Минску          | к Минску
                к | Всемирному банку | к Всемирному банку
                """)
        void formBeforeAnArgument_isChosenByItsValue(String preposition, String value, String expected) {
            assertThat(format(russian(), "договорились " + preposition + " {x}.", value))
                    .isEqualTo("договорились " + expected + ".");
        }

        @Test
        void capitalLetter_isKept() {
            assertThat(format(russian(), "О {x}", "итогах выборов")).isEqualTo("Об итогах выборов");
            assertThat(format(russian(), "В {x} прошли протесты.", "Владивостоке")).isEqualTo("Во Владивостоке прошли протесты.");
        }

        @Test
        void formAtTheStartOfABranch_andAfterNoBreakSpace_isChosenToo() {
            assertThat(format(russian(), "{x_count, select, 0 {нет} other {о {x}}}", "обмене")).isEqualTo("об обмене");
            assertThat(format(russian(), "договорились о\u00a0{x}", "обмене")).isEqualTo("договорились об\u00a0обмене");
        }

        @Test
        void numbers_areLeftAlone() {
            // «одиннадцати» begins with a vowel, but a figure is never marked
            assertThat(format(russian(), "сообщил о {x} случаях", 11)).isEqualTo("сообщил о 11 случаях");
            assertThat(format(russian(), "сообщил о {x, number} случаях", 11)).isEqualTo("сообщил о 11 случаях");
            assertThat(format(russian(), "сообщил о {x}", "11 случаях")).isEqualTo("сообщил о 11 случаях");
        }

        @Test
        void onlyAWholeDeclaredWordBeforeTheArgument_changes() {
            assertThat(format(russian(), "про {x}", "обмен")).isEqualTo("про обмен");
            assertThat(format(russian(), "до {x}", "обмена")).isEqualTo("до обмена");
            assertThat(format(russian(), "о{x}", "обмене")).isEqualTo("ообмене");
            assertThat(format(russian(), "о, {x}", "обмене")).isEqualTo("о, обмене");
        }

        @Test
        void literalTextBeforeLiteralText_isLeftAsTheTranslatorWroteIt() {
            // the translator wrote both words; the checks report it (see below), formatting does not guess
            assertThat(format(russian(), "о итогах {x}", "выборов")).isEqualTo("о итогах выборов");
        }

        @Test
        void argumentThatIsAlsoASelectKey_isNotMarked_soItsBranchesStillMatch() {
            assertThat(format(russian(), "{x, select, обмене {о {x}} other {нет}}", "обмене")).isEqualTo("о обмене");
        }

        @Test
        void valueTwiceInOneMessage_isMarkedEachTime() {
            assertThat(format(russian(), "о {x} и в {x}", "Франции")).isEqualTo("о Франции и во Франции");
        }

        @Test
        void noncharactersInAValue_areNotPublished() {
            assertThat(format(russian(), "о {x}", "обм\uFDD1ене\uFDD0")).isEqualTo("об обмене");
        }
    }

    @Nested
    class ShippedMessages {

        @TempDir
        Path project;

        /**
         * The shipped messages with three more entities a copy of the project knows: a topic that
         * begins with a vowel, a city that begins with «Вл», a disease whose instrumental begins with «св».
         */
        private Stories stories() {
            TestProject.copy(project);
            append("entities.yaml", """
                    prisoner-swap: {type: topic}
                    vladivostok: {type: place}
                    swine-flu: {type: topic}
                    """);
            append("en/glossary.yaml", """
                    prisoner-swap: {name: a prisoner exchange}
                    vladivostok: {name: Vladivostok}
                    swine-flu: {name: swine flu}
                    """);
            append("ru/glossary.yaml", """
                    prisoner-swap:
                      gender: masculine
                      name: {nom: обмен пленными, gen: обмена пленными, dat: обмену пленными, acc: обмен пленными,
                             ins: обменом пленными, pre: обмене пленными}
                    vladivostok:
                      gender: masculine
                      name: {nom: Владивосток, gen: Владивостока, dat: Владивостоку, acc: Владивосток,
                             ins: Владивостоком, pre: Владивостоке}
                    swine-flu:
                      gender: masculine
                      name: {nom: свиной грипп, gen: свиного гриппа, dat: свиному гриппу, acc: свиной грипп,
                             ins: свиным гриппом, pre: свином гриппе}
                    """);
            return new Stories(Translations.load(project.resolve("translations")));
        }

        private void append(String file, String text) {
            Path path = project.resolve("translations").resolve(file);
            TestProject.write(path, TestProject.read(path) + text);
        }

        @Test
        void meetingOutcome_afterО_readsОб_andThePlace_afterВ_readsВо() {
            // given a meeting in Vladivostok that agreed on a prisoner exchange
            String meeting = """
                    id: meeting
                    kind: meeting.held
                    date: 2020-11-19
                    place: vladivostok
                    participants: {participants: [putin, lukashenko], outcome: prisoner-swap}
                    """;

            // when it is told in Russian with the shipped meeting.held.lede and mention.in
            LocalizedStory story = stories().tell("ru", meeting);

            // then both prepositions take the form their words need
            assertThat(story.body().get(0)).isEqualTo("В четверг президент России Владимир Путин и президент Беларуси "
                    + "Александр Лукашенко встретились во Владивостоке и договорились об обмене пленными.");
            assertThat(story.headline()).isEqualTo("Путин и Лукашенко встретились во Владивостоке");
        }

        @Test
        void deathsWithADisease_afterС_readСо() {
            // given coronavirus figures, and the same for swine flu
            Stories stories = stories();
            String flu = Stories.cases("{cases: 100, deaths: 12}").replace("disease: coronavirus", "disease: swine-flu");

            // then cases.reported.deaths writes «с» or «со» as the disease needs
            assertThat(stories.lede("ru", flu)).contains("За сутки умерли 12 пациентов со свиным гриппом.");
            assertThat(stories.lede("ru", Stories.cases("{cases: 100, deaths: 12}")))
                    .contains("За сутки умерли 12 пациентов с коронавирусом.");
        }

        @Test
        void statementTopic_afterО_readsОб() {
            String statement = """
                    id: statement
                    kind: statement.made
                    date: 2020-11-19
                    place: moscow
                    participants: {author: putin, topic: prisoner-swap}
                    """;
            LocalizedStory story = stories().tell("ru", statement);
            assertThat(story.headline()).isEqualTo("Путин сделал заявление об обмене пленными");
            assertThat(story.body().get(0)).isEqualTo("В четверг президент России Владимир Путин выступил с заявлением "
                    + "об обмене пленными.");
        }
    }

    @Nested
    class LiteralMisuses {

        @Test
        void literalFormTheRulesWouldChange_isFound_withWhatItShouldRead() {
            List<Prepositions.Misuse> misuses = russian().misuses("Стороны договорились о итогах. В Владивостоке тихо.");
            assertThat(misuses).extracting(Prepositions.Misuse::describe).containsExactly(
                    "«о итогах» should read «об итогах»", "«В Владивостоке» should read «Во Владивостоке»");
            assertThat(misuses.get(0).offset()).isEqualTo(21);
        }

        @Test
        void rightForms_andOtherWords_areNotFound() {
            assertThat(russian().misuses("Об итогах, о Европе, во Владивостоке, в Минске, со Швецией, с США, про обмен, "
                    + "во время, о 11 случаях, о {outcome_pre}, ко всем.")).isEmpty();
        }

        @Test
        void localeWithoutRules_findsNothing() {
            assertThat(Prepositions.NONE.misuses("о итогах")).isEmpty();
        }
    }
}
