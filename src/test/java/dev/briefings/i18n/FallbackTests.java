package dev.briefings.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefings.TestProject;

/** What stands in for a missing translation, and that every stand-in is reported. */
class FallbackTests {

    @TempDir
    Path project;

    private static final String ALLAN = """
            id: resigns
            kind: resignation.announced
            date: 2020-11-20
            place: london
            participants: {person: alex-allan, post: ministerial-standards-adviser}
            """;

    private Stories withGlossaryEdit(String locale, String from, String to) {
        TestProject.copy(project);
        Path glossary = project.resolve("translations").resolve(locale).resolve("glossary.yaml");
        String text = TestProject.read(glossary);
        assertThat(text).contains(from);
        TestProject.write(glossary, text.replace(from, to));
        return new Stories(Translations.load(project.resolve("translations")));
    }

    @Test
    void russianPersonInTheNominativeOnly_isDeclinedByPetrovich_andReported() {
        // given a glossary that gives Allan's names in the nominative only
        Stories stories = withGlossaryEdit("ru", """
                alex-allan:
                  given:
                    nom: Алекс
                    gen: Алекса
                    dat: Алексу
                    acc: Алекса
                    ins: Алексом
                    pre: Алексе
                  surname:
                    nom: Аллан
                    gen: Аллана
                    dat: Аллану
                    acc: Аллана
                    ins: Алланом
                    pre: Аллане
                """, """
                alex-allan:
                  given: Алекс
                  surname: Аллан
                """);
        String infection = ALLAN.replace("kind: resignation.announced", "kind: infection.reported")
                .replace(", post: ministerial-standards-adviser", ", disease: coronavirus");

        // when a headline needs his surname in the genitive
        LocalizedStory story = stories.tell("ru", infection);

        // then petrovich4j declines it, and the summary will say so
        assertThat(story.headline()).isEqualTo("У Аллана выявили коронавирус");
        assertThat(story.fallbacks()).singleElement().satisfies(f -> {
            assertThat(f.locale()).isEqualTo("ru");
            assertThat(f.subject()).isEqualTo("alex-allan");
            assertThat(f.what()).contains("generated from the nominative").contains("Аллан → Аллана, Аллану, Аллана, Алланом, Аллане");
        });
    }

    @Test
    void entityMissingFromTheEnglishGlossary_isTransliteratedFromRussian_andReported() {
        // given an English glossary without Mishustin
        Stories stories = withGlossaryEdit("en", "mishustin: {given: Mikhail, surname: Mishustin, title: Russian Prime Minister}\n", "");
        String talks = """
                id: talks
                kind: talks.ordered
                date: 2020-10
                place: moscow
                participants: {issuer: mishustin, parties: [rosgvardia, belarus-interior-ministry], subject: cooperation-agreement}
                """;

        // when a story names him
        LocalizedStory story = stories.tell("en", talks);

        // then his Russian name is romanized (BGN/PCGN), without a title, and reported
        assertThat(story.body().get(0)).startsWith("In October, Mikhail Mishustin ordered talks");
        assertThat(story.fallbacks()).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("mishustin");
            assertThat(f.what()).contains("taken from ru").contains("Russian-Latin/BGN").contains("Mikhail Mishustin");
        });
    }

    @Test
    void entityMissingFromTheRussianGlossary_borrowsTheEnglishName() {
        Stories stories = withGlossaryEdit("ru", """
                pfizer:
                  gender: feminine
                  invariable: true
                  name: Pfizer
                """, "");
        String request = """
                id: request
                kind: authorization.requested
                date: 2020-11-20
                place: washington
                participants: {applicants: [pfizer], regulator: fda, product: covid-vaccine}
                attributes: {type: emergency}
                """;

        LocalizedStory story = stories.tell("ru", request);

        assertThat(story.body().get(0)).startsWith("Pfizer в пятницу обратился в Управление");
        assertThat(story.fallbacks()).singleElement().satisfies(f -> assertThat(f.what()).contains("taken from en"));
    }
}
