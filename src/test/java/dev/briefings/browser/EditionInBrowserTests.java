package dev.briefings.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;

import dev.briefings.TestProject;
import dev.briefings.cli.BriefingsCommand;

/**
 * The sample edition as a reader sees it, in headless Chromium: each locale's edition page loads
 * without a console error, fits a phone's width and a desktop's, draws its Cyrillic with real
 * glyphs, prints without its contents, and has its screenshot taken (target/screenshots/);
 * output/index.html fits a phone and links only to files that exist. Every HTML file of the
 * edition and the index pass html-validate. Each check is also shown to fail on a page broken
 * on purpose.
 * <p>
 * Screenshots alone: {@code mvn -B test -Dtest=EditionInBrowserTests}.
 */
class EditionInBrowserTests {

    static final int PHONE = 360;
    static final int DESKTOP = 1280;
    /** An A4 page's width less 2 cm margins, in CSS px. */
    static final int PRINT_WIDTH = 643;
    static final Path SCREENSHOTS = TestProject.root().resolve("target/screenshots");

    @TempDir
    static Path project;
    static Path output;
    static Chromium browser;

    @BeforeAll
    static void publishTheSampleEditionAndStartChromium() throws Exception {
        Path chromium = BrowserTools.chromium();
        TestProject.copy(project);
        output = project.resolve("output");
        StringWriter out = new StringWriter();
        int code = BriefingsCommand.commandLine(new PrintWriter(out, true), new PrintWriter(out, true))
                .execute("--project", project.toString(), "run", "--date", "2020-11-20");
        assertThat(code).as(out.toString()).isZero();
        browser = Chromium.start(chromium);
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    private static Path page(String relative) {
        return output.resolve(relative);
    }

    /** Every HTML file of the published sample edition, and output/index.html. */
    private static List<Path> htmlFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(output.resolve("2020-11-20").toRealPath())) {
            walk.filter(p -> p.toString().endsWith(".html")).sorted().forEach(files::add);
        }
        files.add(output.resolve("index.html"));
        return files;
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"en, 360", "en, 1280", "ru, 360", "ru, 1280"})
    void editionPage_loadsCleanly_fitsTheWidth_andIsPhotographed(String locale, int width) throws Exception {
        Chromium.Page tab = browser.open(width, 800, width == PHONE);
        tab.load(page("2020-11-20/" + locale + "/edition.html").toUri().toString());

        assertThat(tab.errors()).as("console errors").isEmpty();
        assertThat(PageChecks.overflow(tab)).as("elements wider than the " + width + " px viewport").isEmpty();
        assertThat(PageChecks.overlappingChartLabels(tab)).as("timeline labels drawn over each other").isEmpty();
        assertThat(tab.evaluate("document.documentElement.lang").asString()).isEqualTo(locale);
        assertThat(tab.evaluate("document.querySelectorAll('article.story').length").asInt()).isEqualTo(9);
        assertThat(tab.evaluate("document.querySelectorAll('figure.timeline svg circle').length").asInt()).isEqualTo(7);

        byte[] png = tab.screenshot(width, width == PHONE);
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(locale + "-" + (width == PHONE ? "phone" : "desktop") + ".png");
        Files.write(file, png);
        assertThat(PageChecks.pngWidth(png)).isEqualTo(width);
    }

    @Test
    void indexPage_loadsCleanly_fitsAPhone_andEveryLinkLeadsToAFile() throws Exception {
        Chromium.Page tab = browser.open(PHONE, 800, true);
        tab.load(page("index.html").toUri().toString());

        assertThat(tab.errors()).as("console errors").isEmpty();
        assertThat(PageChecks.overflow(tab)).as("elements wider than a phone").isEmpty();
        List<String> links = new ArrayList<>();
        tab.evaluate("[...document.querySelectorAll('a')].map(a => a.href)").forEach(link -> links.add(link.asString()));
        assertThat(links).hasSize(6);
        for (String link : links) {
            assertThat(Path.of(java.net.URI.create(link))).as(link).isRegularFile();
        }
        assertThat(tab.evaluate("document.querySelector('a[lang=ru]').textContent").asString()).isEqualTo("Русский");
    }

    @Test
    void russianPage_drawsCyrillicWithRealGlyphs_notTofu() throws Exception {
        Chromium.Page tab = browser.open(DESKTOP, 800, false);
        tab.load(page("2020-11-20/ru/edition.html").toUri().toString());

        for (String selector : List.of("header.masthead h1", "article.story h2", "article.story p",
                "figure.timeline text")) {
            PageChecks.Glyphs glyphs = PageChecks.glyphs(tab, selector, "\\p{Script=Cyrillic}");
            assertThat(glyphs.problems()).as(selector + " drawn with " + tab.fontsOf(selector)).isEmpty();
            assertThat(glyphs.letters()).as(selector + ": distinct Cyrillic letters checked").isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void printed_theContentsAreLeftOut_storiesKeptWhole_andNothingIsCut() throws Exception {
        Chromium.Page tab = browser.open(PRINT_WIDTH, 1000, false);
        tab.load(page("2020-11-20/ru/edition.html").toUri().toString());
        tab.media("print");

        assertThat(tab.evaluate("getComputedStyle(document.querySelector('nav.contents')).display").asString())
                .isEqualTo("none");
        assertThat(tab.evaluate("getComputedStyle(document.querySelector('article.story')).breakInside").asString())
                .isEqualTo("avoid");
        assertThat(PageChecks.overflow(tab)).as("elements wider than a printed page").isEmpty();
    }

    @Test
    void everyHtmlFile_isSelfContained_noScriptsFontsOrStylesFromElsewhere() throws Exception {
        for (Path file : htmlFiles()) {
            String html = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(html).as(file.toString()).doesNotContain("<script").doesNotContain("<link")
                    .doesNotContain("@import").doesNotContain("@font-face").doesNotContain("url(")
                    .doesNotContain("http://").doesNotContain("https://").contains("<style>");
        }
    }

    @Test
    void everyHtmlFile_passesTheHtmlValidator() throws Exception {
        List<String> files = htmlFiles().stream().map(Path::toString).toList();
        assertThat(files).hasSize(2 * 9 + 2 + 1);

        BrowserTools.Result result = PageChecks.validate(files);

        assertThat(result.code()).as(result.output()).isZero();
    }

    @Test
    void checks_failOnPagesBrokenOnPurpose(@TempDir Path broken) throws Exception {
        // a script error, a block wider than a phone (even one laid out 980 px wide, as a phone lays out
        // a page without a viewport), characters no font has, and an id used twice
        Path page = broken.resolve("broken.html");
        Files.writeString(page, """
                <!DOCTYPE html>
                <html lang="ru"><head><meta charset="utf-8"><title>Сломано</title></head>
                <body><h1>\uE100\uE101\uE102\uE103\uE104\uE105</h1>
                <div style="width: 1500px">широкий блок</div><p id="x">а</p><p id="x">б</p>
                <script>undefinedFunction();</script></body></html>
                """, StandardCharsets.UTF_8);
        Chromium.Page tab = browser.open(PHONE, 800, true);
        tab.load(page.toUri().toString());

        assertThat(tab.errors()).anySatisfy(error -> assertThat(error).contains("undefinedFunction"));
        assertThat(PageChecks.overflow(tab)).anySatisfy(element -> assertThat(element).startsWith("div"));
        assertThat(PageChecks.glyphs(tab, "h1", "\\p{Co}").problems()).isNotEmpty();
        BrowserTools.Result validation = PageChecks.validate(List.of(page.toString()));
        assertThat(validation.code()).isNotZero();
        assertThat(validation.output()).contains("no-dup-id");
    }
}
