package dev.briefings.edition.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * A fragment line's fifth field is found in its bytes without decoding the line (publication reads
 * one per story, locale and format, #15): at the same place {@link FragmentLine#parse} finds it,
 * Cyrillic in the fields before it included, and not at all in a line of another shape.
 */
class FragmentLineTests {

    private static final String SHA = "a".repeat(64);

    @Test
    void theFragmentStarts_whereParsingTheTextFindsIt() throws IOException {
        FragmentLine line = new FragmentLine("2020-11-20-москва", SHA, "b".repeat(64), "[\"en\"]",
                "{\"anchor\":\"москва\",\"headline\":\"Тест\\tс табуляцией\",\"body\":\"<p>…</p>\"}");
        byte[] bytes = line.text().getBytes(StandardCharsets.UTF_8);

        int start = FragmentLine.fragmentStart(bytes);

        assertThat(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8))
                .isEqualTo(FragmentLine.parse(line.text()).fragment());
    }

    @Test
    void aLineOfAnotherShape_hasNoFragmentStart() {
        for (String text : new String[] {"id\t" + SHA + "\t" + SHA + "\t[]",
                "id\t" + SHA + "\t" + SHA + "\t[]\tnot json", "id\t" + SHA + "\t" + SHA + "\t[]\t{\"cut\":", ""}) {
            assertThat(FragmentLine.fragmentStart(text.getBytes(StandardCharsets.UTF_8))).as(text).isEqualTo(-1);
            assertThatThrownBy(() -> FragmentLine.parse(text)).isInstanceOf(IOException.class);
        }
    }
}
