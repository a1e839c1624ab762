package dev.briefings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefings.edition.publish.EditionPaths;
import dev.briefings.edition.review.PublishedGenerations;
import dev.briefings.edition.review.TerminalDiff;

/** {@code briefings diff} as the duty editor meets it: options, defaults, messages and exit codes. */
class DiffCommandTests {

    @TempDir
    Path project;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--project";
        all[1] = project.toString();
        all[2] = "diff";
        System.arraycopy(args, 0, all, 3, args.length);
        return BriefingsCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(all);
    }

    private Path output() {
        return project.resolve("output");
    }

    @Test
    void diff_withoutOptions_choosesTheMostRecentEdition_andShowsEveryLocale() {
        PublishedGenerations.sample(output());

        assertThat(run("--color", "never")).as(err.toString()).isZero();

        assertThat(out.toString())
                .startsWith("Edition 2020-11-20, the most recent published in " + EditionPaths.display(output())
                        + " (--date chooses another)\n")
                .contains("\nen  changed  2020-11-20-russia-coronavirus-cases\n")
                .contains("over the past day, and [-12-]{+14+} people died.")
                .contains("погибли [-12-]{+14+} человек.")
                .endsWith("\nen: 1 changed, 1 added, 1 removed\nru: 1 changed, 1 added, 1 removed\n");
        assertThat(out.toString().indexOf("en  added")).isLessThan(out.toString().indexOf("ru  added"));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void diff_ofOneLocale_namedByDate_showsOnlyThatLocale() {
        PublishedGenerations.sample(output());

        assertThat(run("--date", "2020-11-20", "--locale", "ru", "--color", "never")).isZero();

        assertThat(out.toString()).startsWith("Edition 2020-11-20\nChanges in its txt pages since the generation published before, ")
                .contains("ru  removed  2020-11-20-kremlin-statement\n  [-В Кремле заявили о продолжении переговоров-]")
                .doesNotContain("en  ").doesNotContain("en: ").endsWith("\nru: 1 changed, 1 added, 1 removed\n");
    }

    @Test
    void diff_ofLocalesGivenWithCommasOrRepeated_showsThemInTheOrderGiven() {
        PublishedGenerations.sample(output());

        assertThat(run("--locale", "ru,en", "--locale", "ru", "--color", "never")).isZero();

        assertThat(out.toString().indexOf("ru  added")).isLessThan(out.toString().indexOf("en  added"));
        assertThat(out.toString()).endsWith("\nru: 1 changed, 1 added, 1 removed\nen: 1 changed, 1 added, 1 removed\n");
    }

    @Test
    void diff_withColorAlways_colorsTheWords_evenWhenNotATerminal() {
        PublishedGenerations.sample(output());

        assertThat(run("--locale", "ru", "--color", "always")).isZero();

        assertThat(out.toString()).contains("погибли \u001B[31m12\u001B[m\u001B[32m14\u001B[m человек.").doesNotContain("[-");
    }

    @Test
    void colorAuto_colorsATerminalOnly_andRespectsNoColorAndDumbTerminals() {
        assertThat(DiffCommand.style(DiffCommand.Color.auto, Map.of("BRIEFINGS_STDOUT_TTY", "1"), false))
                .isEqualTo(TerminalDiff.Style.COLOUR);
        assertThat(DiffCommand.style(DiffCommand.Color.auto, Map.of("BRIEFINGS_STDOUT_TTY", "0"), true))
                .as("the launcher saw a pipe").isEqualTo(TerminalDiff.Style.PLAIN);
        assertThat(DiffCommand.style(DiffCommand.Color.auto, Map.of(), true)).as("java -jar on a console")
                .isEqualTo(TerminalDiff.Style.COLOUR);
        assertThat(DiffCommand.style(DiffCommand.Color.auto, Map.of("BRIEFINGS_STDOUT_TTY", "1", "NO_COLOR", "1"), true))
                .isEqualTo(TerminalDiff.Style.PLAIN);
        assertThat(DiffCommand.style(DiffCommand.Color.auto, Map.of("BRIEFINGS_STDOUT_TTY", "1", "TERM", "dumb"), true))
                .isEqualTo(TerminalDiff.Style.PLAIN);
        assertThat(DiffCommand.style(DiffCommand.Color.always, Map.of("NO_COLOR", "1"), false))
                .as("asked for on the command line").isEqualTo(TerminalDiff.Style.COLOUR);
        assertThat(DiffCommand.style(DiffCommand.Color.never, Map.of("BRIEFINGS_STDOUT_TTY", "1"), true))
                .isEqualTo(TerminalDiff.Style.PLAIN);
    }

    @Test
    void diff_withHtml_writesTheReviewPage_andShowsOnlyTheHeadingAndCounts() throws Exception {
        PublishedGenerations.sample(output());
        Path page = project.resolve("review.html");

        assertThat(run("--html", page.toString())).isZero();

        assertThat(Files.readString(page)).contains("погибли <del>12</del><ins>14</ins> человек.").contains("lang=\"ru\"");
        assertThat(out.toString()).contains("Wrote the review page " + EditionPaths.display(page) + "\n")
                .doesNotContain("[-").doesNotContain("  changed  ").endsWith("ru: 1 changed, 1 added, 1 removed\n");
    }

    @Test
    void diff_ofAnEditionFromBeforeChangesWereListed_saysSo_andExits0() {
        new PublishedGenerations(output(), "2020-11-20").generation(PublishedGenerations.fingerprint("old"), 1)
                .locales("en").manifest().publish();

        assertThat(run()).isZero();

        assertThat(out.toString()).contains("Edition 2020-11-20 has no account of changes")
                .as("no count is known, so none is shown").doesNotContain("0 changed");
    }

    @Test
    void diff_whenThePreviousGenerationIsGone_saysSo_andExits0() throws Exception {
        List<PublishedGenerations.Generation> generations = PublishedGenerations.sample(output());
        dev.briefings.TestProject.deleteTree(generations.get(0).folder());

        assertThat(run("--locale", "en")).isZero();

        assertThat(out.toString()).contains("is no longer on disk, so only the counts of what changed can be shown.")
                .endsWith("en: 1 changed, 1 added, 1 removed\n");
    }

    @Test
    void diff_ofAnUnknownLocale_exits2_namingTheEditionsLocales() {
        PublishedGenerations.sample(output());

        assertThat(run("--locale", "uk")).isEqualTo(2);

        assertThat(err.toString()).isEqualTo("error: edition 2020-11-20 has no locale 'uk'; its locales: en, ru\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void diff_ofAnUnknownFormat_orOneNotPublished_exits2_namingThePublishedOnes() {
        PublishedGenerations.sample(output());

        assertThat(run("--format", "pdf")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown format 'pdf'; use html, md or txt");
        assertThat(run("--format", "html")).isEqualTo(2);
        assertThat(err.toString()).contains("edition 2020-11-20 was not published in html; it was published in txt");
    }

    @Test
    void diff_ofAnEditionNotPublished_orWithoutAnOutputFolder_exits2_sayingWhatIsValid() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("there is no output folder").contains("--output");

        PublishedGenerations.sample(output());
        assertThat(run("--date", "2020-11-21")).isEqualTo(2);
        assertThat(err.toString()).contains("edition 2020-11-21 is not published in").contains("published editions: 2020-11-20");
        assertThat(run("--date", "2020-02-30")).isEqualTo(2);
        assertThat(err.toString()).contains("--date '2020-02-30' is not a real date");
    }

    @Test
    void diff_withAnotherOutputFolder_readsThatOne() {
        Path elsewhere = project.resolve("srv/editions");
        PublishedGenerations.sample(elsewhere);

        assertThat(run("--output", elsewhere.toString(), "--locale", "en", "--color", "never")).isZero();
        assertThat(out.toString()).contains("Source: [-Interfax-]{+TASS+}, November 20, 2020.");
    }

    @Test
    void diff_withHtmlNamingAFolder_exits2() throws Exception {
        PublishedGenerations.sample(output());
        Files.createDirectories(project.resolve("pages"));

        assertThat(run("--html", project.resolve("pages").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is a folder; name a file, such as review.html");
    }
}
