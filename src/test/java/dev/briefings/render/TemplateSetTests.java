package dev.briefings.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefings.TestProject;
import dev.briefings.data.InvalidProjectFile;

class TemplateSetTests {

    private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\"";

    private static StoryView story(String headline) {
        return new StoryView("id", "story-id", headline, "Minsk, November 19, 2020", List.of("First <b>paragraph</b>."),
                List.of(), false, List.of(), false, null, "Source: Interfax.", true, Map.of("background", "Background"));
    }

    @Test
    void html_escapesEverythingItInserts() {
        String html = TestProject.templates().render("en", OutputFormat.HTML, "story", story(HOSTILE));

        assertThat(html).doesNotContain("<script>").doesNotContain("<b>")
                .contains("&lt;script&gt;")
                .contains("&amp;")
                .contains("First &lt;b&gt;paragraph&lt;/b&gt;.");
    }

    @Test
    void markdownAndText_insertValuesAsTheyAre() {
        String markdown = TestProject.templates().render("en", OutputFormat.MARKDOWN, "story", story("Tom & Jerry"));
        String text = TestProject.templates().render("en", OutputFormat.TEXT, "story", story("Tom & Jerry"));

        assertThat(markdown).startsWith("## Tom & Jerry\n").doesNotContain("&amp;");
        assertThat(text).startsWith("Tom & Jerry\nMinsk, November 19, 2020\n");
    }

    @Test
    void briefPage_isACompletePageInTheLocalesLanguage() {
        PageView page = new PageView("ru", "ltr", "Заголовок", "Сводка", List.of(new PageView.Entry("a", "Заголовок", "<p>x</p>")), false,
                Map.of("contents", "Содержание"));

        String html = TestProject.templates().render("ru", OutputFormat.HTML, "brief", page);

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"ru\" dir=\"ltr\">")
                .contains("<meta charset=\"utf-8\">")
                .contains("<title>Заголовок</title>")
                .contains("<style>")
                .contains("<p>x</p>")
                .endsWith("</html>\n")
                .doesNotContain("<link").doesNotContain("<script");
    }

    @Test
    void localeFolder_overridesOneTemplate_forThatLocaleOnly(@TempDir Path project) {
        TestProject.copy(project);
        TestProject.write(project.resolve("templates/ru/story.txt.mustache"), "RU: {{headline}}\n");
        TemplateSet templates = new TemplateSet(project.resolve("templates"));

        assertThat(templates.render("ru", OutputFormat.TEXT, "story", story("Заголовок"))).isEqualTo("RU: Заголовок\n");
        assertThat(templates.render("en", OutputFormat.TEXT, "story", story("Headline"))).startsWith("Headline\nMinsk");
    }

    @Test
    void missingTemplate_isAProjectFileError(@TempDir Path empty) {
        assertThatThrownBy(() -> new TemplateSet(empty).check(List.of("en")))
                .isInstanceOf(InvalidProjectFile.class)
                .hasMessageContaining("template missing");
    }
}
