package dev.briefings.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text inserted into Markdown stays text, and prose reads as it is. */
class MarkdownEscaperTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '→', quoteCharacter = '"', textBlock = """
            Росгвардия и МВД Беларуси подписали соглашение → Росгвардия и МВД Беларуси подписали соглашение
            Tom & Jerry                                    → Tom & Jerry
            AT&T                                           → AT&T
            fish &amp; chips                               → fish \\&amp; chips
            &#169; 2020                                    → \\&#169; 2020
            *bold* and _it_                                → \\*bold\\* and \\_it\\_
            [link](x) <b> `code` a|b ~x~                   → \\[link\\](x) \\<b\\> \\`code\\` a\\|b \\~x\\~
            # not a heading                                → \\# not a heading
            > not a quote                                  → \\> not a quote
            - not an item                                  → \\- not an item
            1. not an item                                 → 1\\. not an item
            2020) not an item                              → 2020\\) not an item
            2020 was the year                              → 2020 was the year
            9 August                                       → 9 August
            in the well-known                              → in the well-known
            ""                                             → ""
            """)
    void escapesWhatWouldBeMarkdown_andLeavesProse(String text, String escaped) {
        assertThat(MarkdownEscaper.escape(text)).isEqualTo(escaped);
    }
}
