package dev.briefings.i18n.inflect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Case forms generated from the nominative, one behaviour per test: what declines, what stays, what is guessed. */
class RussianInflectorTests {

    private final RussianInflector inflector = new RussianInflector();

    private List<String> forms(String nominative, String gender) {
        return List.copyOf(inflector.phrase(nominative, Optional.ofNullable(gender)).forms().values());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Минздрав                              | masculine | Минздрав, Минздрава, Минздраву, Минздрав, Минздравом, Минздраве
            Росгвардия                            | feminine  | Росгвардия, Росгвардии, Росгвардии, Росгвардию, Росгвардией, Росгвардии
            Нагорный Карабах                      | masculine | Нагорный Карабах, Нагорного Карабаха, Нагорному Карабаху, Нагорный Карабах, Нагорным Карабахом, Нагорном Карабахе
            министр иностранных дел Франции       |           | министр иностранных дел Франции, министра иностранных дел Франции, министру иностранных дел Франции, министра иностранных дел Франции, министром иностранных дел Франции, министре иностранных дел Франции
            генеральный директор                  |           | генеральный директор, генерального директора, генеральному директору, генерального директора, генеральным директором, генеральном директоре
            белорусские власти                    | plural    | белорусские власти, белорусских властей, белорусским властям, белорусские власти, белорусскими властями, белорусских властях
            несколько оппозиционных деятелей      | plural    | несколько оппозиционных деятелей, нескольких оппозиционных деятелей, нескольким оппозиционным деятелям, нескольких оппозиционных деятелей, несколькими оппозиционными деятелями, нескольких оппозиционных деятелях
            правозащитный проект «ОВД-Инфо»       | masculine | правозащитный проект «ОВД-Инфо», правозащитного проекта «ОВД-Инфо», правозащитному проекту «ОВД-Инфо», правозащитный проект «ОВД-Инфо», правозащитным проектом «ОВД-Инфо», правозащитном проекте «ОВД-Инфо»
            «Интерфакс»                           | masculine | «Интерфакс», «Интерфакса», «Интерфаксу», «Интерфакс», «Интерфаксом», «Интерфаксе»
            ЦБ Австралии                          | masculine | ЦБ Австралии, ЦБ Австралии, ЦБ Австралии, ЦБ Австралии, ЦБ Австралии, ЦБ Австралии
            Кельбаджарский район                  | masculine | Кельбаджарский район, Кельбаджарского района, Кельбаджарскому району, Кельбаджарский район, Кельбаджарским районом, Кельбаджарском районе
            Атланта                               | feminine  | Атланта, Атланты, Атланте, Атланту, Атлантой, Атланте
            Лондон                                | masculine | Лондон, Лондона, Лондону, Лондон, Лондоном, Лондоне
            протестующие                          | plural    | протестующие, протестующих, протестующим, протестующих, протестующими, протестующих
            Приморский край                       | masculine | Приморский край, Приморского края, Приморскому краю, Приморский край, Приморским краем, Приморском крае
            Шереметьево                           | neuter    | Шереметьево, Шереметьево, Шереметьево, Шереметьево, Шереметьево, Шереметьево
            """)
    void phrase_declinesLeadingModifiersAndTheHead_andKeepsTheRest(String nominative, String gender, String expected) {
        assertThat(forms(nominative, gender)).containsExactly(expected.split(", (?![^«]*»)"));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            Ростов-на-Дону                        | masculine | Ростов-на-Дону, Ростова-на-Дону, Ростову-на-Дону, Ростов-на-Дону, Ростовом-на-Дону, Ростове-на-Дону
            Ростов-на-Дону                        |           | Ростов-на-Дону, Ростова-на-Дону, Ростову-на-Дону, Ростов-на-Дону, Ростовом-на-Дону, Ростове-на-Дону
            Комсомольск-на-Амуре                  | masculine | Комсомольск-на-Амуре, Комсомольска-на-Амуре, Комсомольску-на-Амуре, Комсомольск-на-Амуре, Комсомольском-на-Амуре, Комсомольске-на-Амуре
            Франкфурт-на-Майне                    | masculine | Франкфурт-на-Майне, Франкфурта-на-Майне, Франкфурту-на-Майне, Франкфурт-на-Майне, Франкфуртом-на-Майне, Франкфурте-на-Майне
            Франкфурт-на-Майне                    |           | Франкфурт-на-Майне, Франкфурта-на-Майне, Франкфурту-на-Майне, Франкфурт-на-Майне, Франкфуртом-на-Майне, Франкфурте-на-Майне
            Славянск-на-Кубани                    | masculine | Славянск-на-Кубани, Славянска-на-Кубани, Славянску-на-Кубани, Славянск-на-Кубани, Славянском-на-Кубани, Славянске-на-Кубани
            Петропавловск-Камчатский              | masculine | Петропавловск-Камчатский, Петропавловска-Камчатского, Петропавловску-Камчатскому, Петропавловск-Камчатский, Петропавловском-Камчатским, Петропавловске-Камчатском
            Нью-Йорк                              | masculine | Нью-Йорк, Нью-Йорка, Нью-Йорку, Нью-Йорк, Нью-Йорком, Нью-Йорке
            Санкт-Петербург                       | masculine | Санкт-Петербург, Санкт-Петербурга, Санкт-Петербургу, Санкт-Петербург, Санкт-Петербургом, Санкт-Петербурге
            Йошкар-Ола                            | feminine  | Йошкар-Ола, Йошкар-Олы, Йошкар-Оле, Йошкар-Олу, Йошкар-Олой, Йошкар-Оле
            Улан-Удэ                              | masculine | Улан-Удэ, Улан-Удэ, Улан-Удэ, Улан-Удэ, Улан-Удэ, Улан-Удэ
            Каменск-Уральский                     | masculine | Каменск-Уральский, Каменска-Уральского, Каменску-Уральскому, Каменск-Уральский, Каменском-Уральским, Каменске-Уральском
            Александровск-Сахалинский             | masculine | Александровск-Сахалинский, Александровска-Сахалинского, Александровску-Сахалинскому, Александровск-Сахалинский, Александровском-Сахалинским, Александровске-Сахалинском
            Переславль-Залесский                  | masculine | Переславль-Залесский, Переславля-Залесского, Переславлю-Залесскому, Переславль-Залесский, Переславлем-Залесским, Переславле-Залесском
            Рио-де-Жанейро                        | masculine | Рио-де-Жанейро, Рио-де-Жанейро, Рио-де-Жанейро, Рио-де-Жанейро, Рио-де-Жанейро, Рио-де-Жанейро
            """)
    void hyphenatedPlace_declinesWhatDeclines_andKeepsTheRestAsWritten(String nominative, String gender, String expected) {
        assertThat(forms(nominative, gender)).containsExactly(expected.split(", "));
    }

    @Test
    void hyphenatedPlace_whoseFirstPartMayDropAVowel_isNotGuessed_andTheNoteSaysSo() {
        RussianInflector.Inflection kamenets = inflector.phrase("Каменец-Подольский", Optional.of("masculine"));

        // never «Каменеца-Подольского»: the translator writes «Каменца-Подольского» in the glossary
        assertThat(kamenets.forms().values()).noneMatch(form -> form.startsWith("Каменеца") || form.startsWith("Каменецу"));
        assertThat(kamenets.notes()).anyMatch(note -> note.contains("«Каменец-» kept as written")
                && note.contains("write the forms in the glossary"));
    }

    @ParameterizedTest(name = "{0} ({1}, {2})")
    @CsvSource(delimiter = '|', textBlock = """
            Родригес де ла Фуэнте-и-Монтенегро-Вильялобос | SURNAME | feminine  | Родригес де ла Фуэнте-и-Монтенегро-Вильялобос, Родригес де ла Фуэнте-и-Монтенегро-Вильялобос, Родригес де ла Фуэнте-и-Монтенегро-Вильялобос, Родригес де ла Фуэнте-и-Монтенегро-Вильялобос, Родригес де ла Фуэнте-и-Монтенегро-Вильялобос, Родригес де ла Фуэнте-и-Монтенегро-Вильялобос
            Родригес де ла Фуэнте                 | SURNAME | masculine | Родригес де ла Фуэнте, Родригеса де ла Фуэнте, Родригесу де ла Фуэнте, Родригеса де ла Фуэнте, Родригесом де ла Фуэнте, Родригесе де ла Фуэнте
            Хуан Карлос                           | GIVEN   | masculine | Хуан Карлос, Хуана Карлоса, Хуану Карлосу, Хуана Карлоса, Хуаном Карлосом, Хуане Карлосе
            Мария дель Кармен                     | GIVEN   | feminine  | Мария дель Кармен, Марии дель Кармен, Марии дель Кармен, Марию дель Кармен, Марией дель Кармен, Марии дель Кармен
            Урсула                                | GIVEN   | feminine  | Урсула, Урсулы, Урсуле, Урсулу, Урсулой, Урсуле
            фон дер Ляйен                         | SURNAME | feminine  | фон дер Ляйен, фон дер Ляйен, фон дер Ляйен, фон дер Ляйен, фон дер Ляйен, фон дер Ляйен
            Винсент                               | GIVEN   | masculine | Винсент, Винсента, Винсенту, Винсента, Винсентом, Винсенте
            ван Гог                               | SURNAME | masculine | ван Гог, ван Гога, ван Гогу, ван Гога, ван Гогом, ван Гоге
            ван дер Берг                          | SURNAME | masculine | ван дер Берг, ван дер Берга, ван дер Бергу, ван дер Берга, ван дер Бергом, ван дер Берге
            фон Браун                             | SURNAME | masculine | фон Браун, фон Брауна, фон Брауну, фон Брауна, фон Брауном, фон Брауне
            да Силва                              | SURNAME | masculine | да Силва, да Силвы, да Силве, да Силву, да Силвой, да Силве
            дос Сантос                            | SURNAME | masculine | дос Сантос, дос Сантоса, дос Сантосу, дос Сантоса, дос Сантосом, дос Сантосе
            делла Франческа                       | SURNAME | masculine | делла Франческа, делла Франчески, делла Франческе, делла Франческу, делла Франческой, делла Франческе
            бен Ладен                             | SURNAME | masculine | бен Ладен, бен Ладена, бен Ладену, бен Ладена, бен Ладеном, бен Ладене
            аль-Асад                              | SURNAME | masculine | аль-Асад, аль-Асада, аль-Асаду, аль-Асада, аль-Асадом, аль-Асаде
            Эль Греко                             | SURNAME | masculine | Эль Греко, Эль Греко, Эль Греко, Эль Греко, Эль Греко, Эль Греко
            Тер-Петросян                          | SURNAME | masculine | Тер-Петросян, Тер-Петросяна, Тер-Петросяну, Тер-Петросяна, Тер-Петросяном, Тер-Петросяне
            Сен-Лоран                             | SURNAME | masculine | Сен-Лоран, Сен-Лорана, Сен-Лорану, Сен-Лорана, Сен-Лораном, Сен-Лоране
            Ортега-и-Гассет                       | SURNAME | masculine | Ортега-и-Гассет, Ортеги-и-Гассета, Ортеге-и-Гассету, Ортегу-и-Гассета, Ортегой-и-Гассетом, Ортеге-и-Гассете
            де Голль                              | SURNAME | masculine | де Голль, де Голля, де Голлю, де Голля, де Голлем, де Голле
            Ле Пен                                | SURNAME | feminine  | Ле Пен, Ле Пен, Ле Пен, Ле Пен, Ле Пен, Ле Пен
            Смирнова-Кузнецова                    | SURNAME | feminine  | Смирнова-Кузнецова, Смирновой-Кузнецовой, Смирновой-Кузнецовой, Смирнову-Кузнецову, Смирновой-Кузнецовой, Смирновой-Кузнецовой
            Римский-Корсаков                      | SURNAME | masculine | Римский-Корсаков, Римского-Корсакова, Римскому-Корсакову, Римского-Корсакова, Римским-Корсаковым, Римском-Корсакове
            """)
    void personName_keepsParticlesAsWritten_andDeclinesTheOtherWords(String nominative, NamePart part, String gender,
            String expected) {
        assertThat(inflector.personName(nominative, part, gender).forms().values()).containsExactly(expected.split(", "));
    }

    @Test
    void personNameWithParticles_saysWhichWordsWereTakenAsParticles() {
        // given a surname with particles, and one without
        RussianInflector.Inflection withParticles = inflector.personName("Родригес де ла Фуэнте-и-Монтенегро-Вильялобос",
                NamePart.SURNAME, "feminine");
        RussianInflector.Inflection plain = inflector.personName("Смирнова-Кузнецова", NamePart.SURNAME, "feminine");

        // then the translator is told what was assumed, and only where something was
        assertThat(withParticles.notes()).singleElement().asString().contains("«де»", "«ла»", "«и»", "particle");
        assertThat(plain.notes()).isEmpty();
    }

    @Test
    void headNoun_givesTheGender_whenTheEntryGivesNone() {
        assertThat(inflector.phrase("Минздрав", Optional.empty()).gender()).contains("masculine");
        assertThat(inflector.phrase("протестующие", Optional.empty()).gender()).contains("plural");
        assertThat(inflector.phrase("Государственная дума", Optional.empty()).gender()).contains("feminine");
        assertThat(inflector.phrase("Министерство обороны России", Optional.empty()).gender()).contains("neuter");
        assertThat(inflector.phrase("МВФ", Optional.empty()).gender()).as("an abbreviation shows none").isEmpty();
    }

    @Test
    void unknownWord_isDeclinedByItsEnding_andSaysSo() {
        RussianInflector.Inflection sunrise = inflector.phrase("Санрайз", Optional.of("masculine"));
        assertThat(sunrise.forms().get("gen")).isEqualTo("Санрайза");
        assertThat(sunrise.notes()).singleElement().asString().contains("«Санрайз»").contains("ending");
    }

    @Test
    void wordNothingDeclines_isKeptInTheNominative_andSaysSo() {
        RussianInflector.Inflection tigray = inflector.phrase("Тигре", Optional.of("masculine"));
        assertThat(tigray.unchanged()).isTrue();
        assertThat(tigray.notes()).singleElement().asString().contains("kept unchanged");
    }

    @Test
    void nameOpeningWithItsOwnQuotationMarks_isNotQuotedAgainInTheNote() {
        RussianInflector.Inflection quoted = inflector.phrase("«Кавычки» & Ко", Optional.of("masculine"));
        assertThat(quoted.notes()).singleElement().asString().startsWith("«Кавычки» & Ко kept unchanged")
                .doesNotContain("««");
    }

    @Test
    void groupOfPeople_unknownToTheDictionary_takesTheAnimateAccusative() {
        assertThat(inflector.phrase("хуситы", Optional.of("plural"), true).forms().get("acc")).isEqualTo("хуситов");
        assertThat(inflector.phrase("хуситы", Optional.of("plural"), false).forms().get("acc")).isEqualTo("хуситы");
    }

    @Test
    void formWithYo_isWrittenWithE_whenTheNominativeIs() {
        // the dictionary's lemma is «ёлка»; the glossary writes «е»
        assertThat(inflector.phrase("новогодняя елка", Optional.empty()).forms().get("gen")).isEqualTo("новогодней елки");
    }

    @Test
    void personName_isDeclinedByPetrovich_andAForeignFeminineSurnameStays() {
        assertThat(inflector.personName("Аллан", NamePart.SURNAME, "masculine").forms().get("ins")).isEqualTo("Алланом");
        assertThat(inflector.personName("Санду", NamePart.SURNAME, "feminine").unchanged()).isTrue();
        assertThat(inflector.personName("Римский-Корсаков", NamePart.SURNAME, "masculine").forms().get("gen"))
                .isEqualTo("Римского-Корсакова");
    }

    @Test
    void foreignNameEndingInAVowelAndA_isKept_andShowsNoGender() {
        RussianInflector.Inflection brasilia = inflector.phrase("Бразилиа", Optional.empty());
        assertThat(brasilia.unchanged()).isTrue();
        assertThat(brasilia.gender()).isEmpty();
    }

    @Test
    void quotedNameOfSeveralWords_declinesOnlyWhenTheDictionaryKnowsIt() {
        assertThat(inflector.phrase("«Эвер Гивен»", Optional.empty()).unchanged()).isTrue();
        assertThat(inflector.phrase("«Единая Россия»", Optional.of("feminine")).forms().get("gen")).isEqualTo("«Единой России»");
        assertThat(inflector.phrase("контейнеровоз «Эвер Гивен»", Optional.empty()).forms().get("gen"))
                .isEqualTo("контейнеровоза «Эвер Гивен»");
    }
}
