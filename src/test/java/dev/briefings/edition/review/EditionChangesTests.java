package dev.briefings.edition.review;

import static dev.briefings.edition.review.PublishedGenerations.ADDED;
import static dev.briefings.edition.review.PublishedGenerations.CHANGED;
import static dev.briefings.edition.review.PublishedGenerations.REMOVED;
import static dev.briefings.edition.review.PublishedGenerations.fingerprint;
import static dev.briefings.edition.review.PublishedGenerations.lists;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefings.TestProject;
import dev.briefings.edition.EditionLauncher.InvalidRequest;
import dev.briefings.edition.publish.EditionPaths;
import dev.briefings.render.OutputFormat;

/** Finding the generations an edition's changes compare, and telling the editor what changed. */
class EditionChangesTests {

    private static final LocalDate EDITION = LocalDate.of(2020, 11, 20);

    @TempDir
    Path output;

    private String terminal(EditionChanges changes, List<String> locales, TerminalDiff.Style style) {
        StringWriter text = new StringWriter();
        TerminalDiff diff = new TerminalDiff(new PrintWriter(text), style);
        diff.heading(changes, OutputFormat.TEXT);
        diff.stories(changes, locales, OutputFormat.TEXT);
        diff.summaries(changes, locales);
        return text.toString();
    }

    @Test
    void diff_ofTheSample_inRussian_showsTheChangedWords_theAddedAndTheRemovedStory_andTheCounts() {
        // given two generations, the second published, its manifest listing what changed
        List<PublishedGenerations.Generation> generations = PublishedGenerations.sample(output);

        // when the Russian pages are compared in plain text
        EditionChanges changes = EditionChanges.open(output, Optional.of(EDITION));
        String shown = terminal(changes, List.of("ru"), TerminalDiff.Style.PLAIN);

        // then each story shows under a header, added first, its changed words marked
        assertThat(shown).isEqualTo("Edition 2020-11-20\n"
                + "Changes in its txt pages since the generation published before, "
                + displayed(generations.get(0).folder()) + ":\n"
                + """

                ru  added    2020-11-20-armenia-protests
                  {+В Ереване прошла акция протеста+}

                  {+Тысячи человек вышли на акцию протеста в Ереване.+}

                ru  changed  2020-11-20-russia-coronavirus-cases
                  …
                  Москва, 20 ноября 2020 года

                  За сутки в России [-выявлено-]{+подтверждено+} 24\u00A0318 новых случаев заражения коронавирусом, \
                погибли [-12-]{+14+} человек.

                  Источник: «[-Интерфакс-]{+ТАСС+}», 20 ноября 2020 года.

                ru  removed  2020-11-20-kremlin-statement
                  [-В Кремле заявили о продолжении переговоров-]

                  [-Переговоры продолжатся, заявили в Кремле.-]

                ru: 1 changed, 1 added, 1 removed
                """);
    }

    private static String displayed(Path folder) {
        return EditionPaths.display(folder);
    }

    @Test
    void diff_inEnglish_inColour_colorsDeletedWordsRedAndInsertedOnesGreen_withoutMarkers() {
        PublishedGenerations.sample(output);

        String shown = terminal(EditionChanges.open(output, Optional.of(EDITION)), List.of("en"), TerminalDiff.Style.COLOUR);

        assertThat(shown).contains("over the past day, and \u001B[31m12\u001B[m\u001B[32m14\u001B[m people died.")
                .contains("Source: \u001B[31mInterfax\u001B[m\u001B[32mTASS\u001B[m, November 20, 2020.")
                .contains("\u001B[1men  changed  2020-11-20-russia-coronavirus-cases\u001B[m")
                .doesNotContain("[-").doesNotContain("{+").endsWith("en: 1 changed, 1 added, 1 removed\n");
    }

    @Test
    void withoutADate_theMostRecentPublishedEditionIsChosen_andTheHeadingSaysSo() {
        PublishedGenerations.sample(output);
        PublishedGenerations older = new PublishedGenerations(output, "2020-11-19");
        older.generation(fingerprint("older"), 1).locales("en").changes(null, Map.of()).manifest().publish();

        EditionChanges changes = EditionChanges.open(output, Optional.empty());

        assertThat(changes.edition()).isEqualTo(EDITION);
        assertThat(terminal(changes, List.of("en"), TerminalDiff.Style.PLAIN))
                .startsWith("Edition 2020-11-20, the most recent published in " + displayed(output) + " (--date chooses another)\n");
    }

    @Test
    void aFirstPublication_saysThereIsNothingToCompareWith_andCountsTheNewStories() {
        PublishedGenerations edition = new PublishedGenerations(output, "2020-11-20");
        edition.generation(fingerprint("first"), 1).locales("en", "ru").page("ru", ADDED, "txt", "Заголовок\n")
                .changes(null, Map.of("ru", lists(List.of(ADDED), List.of(), List.of()))).manifest().publish();

        EditionChanges changes = EditionChanges.open(output, Optional.of(EDITION));

        assertThat(changes.comparable()).isFalse();
        assertThat(terminal(changes, List.of("en", "ru"), TerminalDiff.Style.PLAIN)).isEqualTo("""
                Edition 2020-11-20 has nothing to compare with: generation 2020-11-20-%s-1 is its first publication, \
                so every story in it is new.

                en: 0 changed, 0 added, 0 removed
                ru: 0 changed, 1 added, 0 removed
                """.formatted(fingerprint("first").substring(0, 12)));
    }

    @Test
    void aManifestFromBeforeChangesWereListed_saysItHasNoAccountOfThem() {
        PublishedGenerations edition = new PublishedGenerations(output, "2020-11-20");
        edition.generation(fingerprint("old"), 3).locales("en").page("en", ADDED, "txt", "Headline\n").manifest().publish();

        EditionChanges changes = EditionChanges.open(output, Optional.of(EDITION));

        assertThat(changes.unavailable()).hasValueSatisfying(sentence -> assertThat(sentence)
                .startsWith("Edition 2020-11-20 has no account of changes: its manifest (")
                .contains("2020-11-20/manifest.json) was written by a version of briefings from before manifests listed them"));
        assertThat(terminal(changes, List.of("en"), TerminalDiff.Style.PLAIN)).isEqualTo(changes.unavailable().get() + "\n");
    }

    @Test
    void aPreviousGenerationNoLongerOnDisk_isNamed_andOnlyTheCountsAreShown() throws Exception {
        List<PublishedGenerations.Generation> generations = PublishedGenerations.sample(output);
        TestProject.deleteTree(generations.get(0).folder());

        EditionChanges changes = EditionChanges.open(output, Optional.of(EDITION));

        assertThat(changes.comparable()).isFalse();
        assertThat(terminal(changes, List.of("ru"), TerminalDiff.Style.PLAIN)).isEqualTo("""
                Edition 2020-11-20 cannot be compared with the generation published before it: that generation \
                (%s, fingerprint %s…) is no longer on disk, so only the counts of what changed can be shown.

                ru: 1 changed, 1 added, 1 removed
                """.formatted(displayed(output.resolve(".editions/2020-11-20-" + fingerprint("before").substring(0, 12) + "-<n>")),
                fingerprint("before").substring(0, 12)));
    }

    @Test
    void thePreviousGeneration_isTheHighestNumberWithThatFingerprint_neverThePublishedOne() {
        // given a run forced twice on the same inputs: generations 1, 2 and (published) 3 share a fingerprint
        PublishedGenerations edition = new PublishedGenerations(output, "2020-11-20");
        String same = fingerprint("same");
        edition.generation(same, 1).locales("en").page("en", CHANGED, "txt", "one\n").manifest();
        edition.generation(same, 2).locales("en").page("en", CHANGED, "txt", "two\n").manifest();
        edition.generation(fingerprint("other"), 9).locales("en").manifest();
        PublishedGenerations.Generation published = edition.generation(same, 3).locales("en")
                .page("en", CHANGED, "txt", "three\n")
                .changes(same, Map.of("en", lists(List.of(), List.of(CHANGED), List.of()))).manifest().publish();

        EditionChanges changes = EditionChanges.open(output, Optional.of(EDITION));

        assertThat(changes.previous()).hasValueSatisfying(folder ->
                assertThat(folder.getFileName().toString()).endsWith("-2"));
        assertThat(terminal(changes, List.of("en"), TerminalDiff.Style.PLAIN)).contains("  [-two-]{+three+}\n");
        assertThat(published.folder()).exists();
    }

    @Test
    void aChangedStoryWhosePageInThisFormatIsTheSame_saysSo() {
        PublishedGenerations edition = new PublishedGenerations(output, "2020-11-20");
        String before = fingerprint("before");
        edition.generation(before, 1).locales("en").page("en", CHANGED, "txt", "Same text\n").manifest();
        edition.generation(fingerprint("after"), 1).locales("en").page("en", CHANGED, "txt", "Same text\n")
                .changes(before, Map.of("en", lists(List.of(), List.of(CHANGED), List.of()))).manifest().publish();

        assertThat(terminal(EditionChanges.open(output, Optional.of(EDITION)), List.of("en"), TerminalDiff.Style.PLAIN))
                .contains("en  changed  " + CHANGED + "\n  (the txt page is the same in both generations: the story changed "
                        + "in another format)\n");
    }

    @Test
    void nothingChanged_saysSo() {
        PublishedGenerations edition = new PublishedGenerations(output, "2020-11-20");
        String before = fingerprint("before");
        edition.generation(before, 1).locales("en", "ru").manifest();
        edition.generation(fingerprint("after"), 1).locales("en", "ru").changes(before, Map.of()).manifest().publish();

        assertThat(terminal(EditionChanges.open(output, Optional.of(EDITION)), List.of("en", "ru"), TerminalDiff.Style.PLAIN))
                .contains("\nNo story changed in en, ru.\n");
    }

    @Test
    void anUnknownLocaleOrFormat_orOneNotPublished_isRefused_namingWhatIsValid() {
        PublishedGenerations edition = new PublishedGenerations(output, "2020-11-20");
        String before = fingerprint("before");
        edition.generation(before, 1).locales("en", "ru").formats("txt").manifest();
        edition.generation(fingerprint("after"), 1).locales("en", "ru").formats("html", "txt").changes(before, Map.of())
                .manifest().publish();
        EditionChanges changes = EditionChanges.open(output, Optional.of(EDITION));

        assertThatThrownBy(() -> changes.locales(List.of("uk"))).isInstanceOf(InvalidRequest.class)
                .hasMessage("edition 2020-11-20 has no locale 'uk'; its locales: en, ru");
        assertThatThrownBy(() -> changes.format("pdf")).isInstanceOf(InvalidRequest.class)
                .hasMessage("unknown format 'pdf'; use html, md or txt");
        assertThatThrownBy(() -> changes.format("md")).isInstanceOf(InvalidRequest.class)
                .hasMessage("edition 2020-11-20 was not published in md; it was published in html, txt: choose one of those "
                        + "with --format");
        assertThatThrownBy(() -> changes.format("html")).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("published before this one (").hasMessageEndingWith(
                        ") has no html pages; choose one that both have with --format: txt");
        assertThat(changes.locales(List.of())).containsExactly("en", "ru");
        assertThat(changes.format("TXT")).isEqualTo(OutputFormat.TEXT);
    }

    @Test
    void noSuchEditionOrOutputFolder_isRefused_namingThePublishedEditions() {
        assertThatThrownBy(() -> EditionChanges.open(output.resolve("nowhere"), Optional.empty()))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("there is no output folder")
                .hasMessageContaining("--output");
        assertThatThrownBy(() -> EditionChanges.open(output, Optional.empty()))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("no edition is published in");

        PublishedGenerations.sample(output);
        assertThatThrownBy(() -> EditionChanges.open(output, Optional.of(LocalDate.of(2020, 11, 21))))
                .isInstanceOf(InvalidRequest.class)
                .hasMessageEndingWith("edition 2020-11-21 is not published in " + displayed(output)
                        + "; published editions: 2020-11-20");
    }

    @Test
    void aManifestWhoseChangesNameAPath_isRefused_namingTheField() throws Exception {
        PublishedGenerations edition = new PublishedGenerations(output, "2020-11-20");
        edition.generation(fingerprint("x"), 1).locales("en")
                .changes(fingerprint("y"), Map.of("en", lists(List.of("../../etc/passwd"), List.of(), List.of())))
                .manifest().publish();

        assertThatThrownBy(() -> EditionChanges.open(output, Optional.of(EDITION))).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("2020-11-20/manifest.json: changes.locales.en.added[0] '../../etc/passwd' is not a "
                        + "record id; publish the edition again with ./briefings run --date 2020-11-20 --force");
    }

    @Test
    void reviewPage_isOneHtmlFile_withLangPerSection_delAndIns_andEscapedText() throws Exception {
        PublishedGenerations.sample(output);
        EditionChanges changes = EditionChanges.open(output, Optional.of(EDITION));
        Path page = output.resolve("review/changes.html");

        ReviewPage.write(page, changes, List.of("en", "ru"), OutputFormat.TEXT, "output");

        String html = Files.readString(page);
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">")
                .contains("<meta charset=\"utf-8\">").contains("<meta name=\"viewport\"")
                .contains("<title>Changes in edition 2020-11-20</title>")
                .contains("<section class=\"locale\" id=\"locale-en\" lang=\"en\">")
                .contains("<section class=\"locale\" id=\"locale-ru\" lang=\"ru\">")
                .contains("погибли <del>12</del><ins>14</ins> человек.")
                .contains("Источник: «<del>Интерфакс</del><ins>ТАСС</ins>», 20 ноября 2020 года.")
                .contains("<ins>Thousands of people &lt;rallied&gt; in Yerevan &amp; demanded the prime minister&#39;s")
                .contains("<article class=\"removed\" id=\"ru-" + REMOVED + "\">")
                .contains("<p class=\"summary\" lang=\"en\">ru: 1 changed, 1 added, 1 removed</p>")
                .doesNotContain("<rallied>").doesNotContain("{{").endsWith("</html>\n");
        assertThat(html.indexOf("id=\"locale-en\"")).isLessThan(html.indexOf("id=\"locale-ru\""));
        try (var left = Files.list(page.getParent())) {
            assertThat(left.map(file -> file.getFileName().toString())).containsExactly("changes.html");
        }
    }

    @Test
    void aGenerationDeletedWhileItsPagesAreRead_isReportedAsSuch_andLeavesNoHalfPage() {
        // given the review begun, then a newer publication deleting the previous generation
        List<PublishedGenerations.Generation> generations = PublishedGenerations.sample(output);
        EditionChanges changes = EditionChanges.open(output, Optional.of(EDITION));
        TestProject.deleteTree(generations.get(0).folder());
        Path page = output.resolve("changes.html");

        // then neither the terminal nor the page goes on with half the pages
        assertThatThrownBy(() -> terminal(changes, List.of("en"), TerminalDiff.Style.PLAIN))
                .isInstanceOf(EditionChanges.GenerationGone.class)
                .hasMessageContaining("was removed while its pages were read").hasMessageEndingWith("run briefings diff again");
        assertThatThrownBy(() -> ReviewPage.write(page, changes, List.of("en"), OutputFormat.TEXT, "output"))
                .isInstanceOf(EditionChanges.GenerationGone.class);
        assertThat(page).doesNotExist();
        assertThat(output.resolve(".changes.html.tmp")).doesNotExist();
    }

    @Test
    void reviewPage_whenThereIsNothingToCompare_saysWhy() throws Exception {
        PublishedGenerations edition = new PublishedGenerations(output, "2020-11-20");
        edition.generation(fingerprint("old"), 1).locales("en").manifest().publish();
        Path page = output.resolve("changes.html");

        ReviewPage.write(page, EditionChanges.open(output, Optional.empty()), List.of("en"), OutputFormat.TEXT, "output");

        assertThat(Files.readString(page)).contains("<p class=\"heading\">Edition 2020-11-20 has no account of changes")
                .doesNotContain("<article").doesNotContain("class=\"summary\"");
    }
}
