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
            Рио-де-Жанейро                        | masculine | Рио-де-Жанейро, Рио-де-Жанейро, Рио-де-Жанейро, Рио-де-Жанейро, Рио-де-Жанейро, Рио-де-Жанейро
            """)
    void hyphenatedPlace_declinesWhatDeclines_andKeepsTheRestAsWritten(String nominative, String gender, String expected) {
        assertThat(forms(nominative, gender)).containsExactly(expected.split(", "));
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
