package dev.briefings.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.ibm.icu.util.ULocale;

import dev.briefings.TestProject;
import dev.briefings.data.InvalidProjectFile;
import dev.briefings.data.Position;

/**
 * A message builds its ICU formatter when first used (#15): a catalog's load only parses the
 * patterns. What only building the formatter finds (an unknown number skeleton) is still an error
 * naming the file, the position and the key, and a copy for another thread formats the same.
 */
class MessageTests {

    private static final ULocale RU = new ULocale("ru");

    private static Message message(String pattern) {
        Prepositions rules = TestProject.translations().locale("ru").settings().prepositions();
        return new Message("kind.lede", pattern, RU, Set.of("n"), Path.of("ru/kinds/kind.yaml"), new Position(4, 7),
                Optional.empty(), rules);
    }

    @Test
    void aFormatterThatCannotBeBuilt_isAnErrorNamingFilePositionAndKey() {
        Message broken = message("{n, number, ::no-such-stem} человек");

        assertThatThrownBy(() -> broken.format(Map.of("n", 3)))
                .isInstanceOfSatisfying(InvalidProjectFile.class, e -> {
                    assertThat(e.file()).isEqualTo(Path.of("ru/kinds/kind.yaml"));
                    assertThat(e.position()).isEqualTo(new Position(4, 7));
                    assertThat(e.getMessage()).contains("kind.lede").contains("not a valid ICU message");
                });
    }

    @Test
    void spelledOutNumbersAndDateSkeletons_formatAsIcuAloneFormatsThem() {
        // shared formatters stand in for ICU's own, also inside select and plural branches
        String pattern = "{g, select, feminine {{n, spellout, %spellout-ordinal-feminine} встреча} "
                + "other {{n, spellout, %spellout-ordinal-masculine-accusative} раз}} {d, date, ::dMMMM}; "
                + "{m, plural, one {# раз, {d, date, ::LLLL}} other {# раз}} {n, spellout}";
        Message message = message(pattern);
        Message sharing = message.copy(new SharedFormats(RU));
        com.ibm.icu.util.Calendar day = DatePhrases.calendar(java.time.LocalDate.of(2020, 11, 20), RU);
        for (Map<String, Object> args : java.util.List.<Map<String, Object>>of(
                Map.of("g", "feminine", "n", 3, "d", day, "m", 1),
                Map.of("g", "masculine", "n", 21, "d", day, "m", 5))) {
            String icu = new com.ibm.icu.text.MessageFormat(pattern, RU).format(args);
            assertThat(message.format(args)).isEqualTo(icu);
            assertThat(sharing.format(args)).isEqualTo(icu);
        }
        assertThat(message.format(Map.of("g", "feminine", "n", 3, "d", day, "m", 1)))
                .isEqualTo("третья встреча 20 ноября; 1 раз, ноябрь три");
    }

    @Test
    void aSharedFormatArgumentWithoutValue_isWrittenAsIcuWritesIt() {
        String pattern = "{n, spellout} и {d, date, ::dMMMM}";
        Message message = message(pattern);
        Map<String, Object> args = Map.of("n", 2);

        assertThat(message.format(args)).isEqualTo(new com.ibm.icu.text.MessageFormat(pattern, RU).format(args))
                .contains("{d}");
    }

    @Test
    void aCopyFormatsAsTheOriginal() {
        Message original = message("{n, plural, one {# человек} few {# человека} other {# человек}}");
        Message copy = original.copy(new SharedFormats(RU));

        assertThat(original.format(Map.of("n", 22))).isEqualTo("22 человека");
        assertThat(copy.format(Map.of("n", 22))).isEqualTo("22 человека");
        assertThat(copy.format(Map.of("n", 25))).isEqualTo("25 человек");
    }
}
