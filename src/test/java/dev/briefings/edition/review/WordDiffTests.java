package dev.briefings.edition.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The word diff: what counts as a word in English and Russian, and which lines an excerpt keeps. */
class WordDiffTests {

    /** Lines as the plain terminal output marks them; a gap as "…". */
    static String plain(List<WordDiff.Line> lines) {
        return lines.stream().map(line -> line.gap() ? "…" : line.segments().stream().map(segment -> switch (segment.kind()) {
            case EQUAL -> segment.text();
            case DELETED -> "[-" + segment.text() + "-]";
            case INSERTED -> "{+" + segment.text() + "+}";
        }).collect(Collectors.joining())).collect(Collectors.joining("\n"));
    }

    private static String diff(String before, String after) {
        return plain(WordDiff.lines(before, after));
    }

    @Test
    void aChangedNumber_inARussianSentence_isOneWordChanged() {
        assertThat(diff("По данным штаба, погибли 12 человек.", "По данным штаба, погибли 14 человек."))
                .isEqualTo("По данным штаба, погибли [-12-]{+14+} человек.");
    }

    @Test
    void aChangedWord_inRussianQuotes_leavesTheQuotesAlone() {
        assertThat(diff("Источник: «Интерфакс», 20 ноября.", "Источник: «ТАСС», 20 ноября."))
                .isEqualTo("Источник: «[-Интерфакс-]{+ТАСС+}», 20 ноября.");
    }

    @Test
    void aGroupedNumber_isOneWord_inBothLanguages() {
        assertThat(diff("выявлено 24\u00A0318 случаев", "выявлено 24\u00A0328 случаев"))
                .isEqualTo("выявлено [-24\u00A0318-]{+24\u00A0328+} случаев");
        assertThat(diff("revenue of $1,200,000 and 57.7%", "revenue of $1,250,000 and 57.9%"))
                .isEqualTo("revenue of $[-1,200,000-]{+1,250,000+} and [-57.7-]{+57.9+}%");
    }

    @Test
    void hyphenatedAndApostrophisedWords_stayWhole_andPunctuationStandsAlone() {
        assertThat(WordDiff.tokens("«Из-под контроля», — сказал он; Russia’s COVID-19 toll.").stream()
                .map(WordDiff.Token::text)).containsExactly("«", "Из-под", "контроля", "»", ",", "—", "сказал", "он", ";",
                        "Russia’s", "COVID-19", "toll", ".");
    }

    @Test
    void anInsertedWord_isMarkedWithoutTheSpaceAroundIt() {
        assertThat(diff("погибли 14 человек", "погибли 14 тяжелобольных человек"))
                .isEqualTo("погибли 14 {+тяжелобольных+} человек");
        assertThat(diff("and 12 people died", "and 12 died")).isEqualTo("and 12 [-people-] died");
    }

    @Test
    void aRewrittenSentence_readsAsOneChange_notAScatterOfKeptLittleWords() {
        assertThat(diff("Росгвардия и МВД подписали соглашение.", "Путин и Лукашенко встретились в Сочи."))
                .isEqualTo("[-Росгвардия и МВД подписали соглашение-]{+Путин и Лукашенко встретились в Сочи+}.");
    }

    @Test
    void addedAndRemovedPages_areWhollyInsertedOrDeleted_lineByLine() {
        assertThat(diff("", "Headline\n\nFirst paragraph.\n")).isEqualTo("{+Headline+}\n\n{+First paragraph.+}");
        assertThat(WordDiff.lines("", "Headline\n\nFirst paragraph.\n")).allMatch(WordDiff.Line::changed);
        assertThat(diff("Заголовок\n", "")).isEqualTo("[-Заголовок-]");
    }

    @Test
    void identicalPages_haveNoChangedLine() {
        assertThat(WordDiff.lines("a\n\nb\n", "a\n\nb\n")).noneMatch(WordDiff.Line::changed).hasSize(3);
    }

    @Test
    void excerpt_keepsTheChangedLinesWithOneLineOfContext_blankLinesNotCounting() {
        String before = "Headline\nMoscow, November 20\n\nFirst paragraph, 12 died.\n\nBackground\n\nOld fact.\n\nSource.\n";
        String after = before.replace("12 died", "14 died");

        String excerpt = plain(WordDiff.excerpt(WordDiff.lines(before, after), 1));

        assertThat(excerpt).isEqualTo("…\nMoscow, November 20\n\nFirst paragraph, [-12-]{+14+} died.\n\nBackground\n…");
    }

    @Test
    void aLineAddedBetweenOthers_isShownOnItsOwnLine() {
        assertThat(diff("one\nthree\n", "one\ntwo\nthree\n")).isEqualTo("one\n{+two+}\nthree");
    }
}
