package dev.briefings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the README and TRANSLATING.md promise about the shipped kinds stays true as kinds are added. */
class DocumentationTests {

    @Test
    void readmeAndTranslatingGuide_listEveryShippedKind() {
        String readme = TestProject.read(TestProject.root().resolve("README.md"));
        String translating = TestProject.read(TestProject.root().resolve("TRANSLATING.md"));
        int kinds = TestProject.translations().kinds().all().size();

        for (String kind : TestProject.translations().kinds().ids()) {
            assertThat(readme).as("README.md's table of kinds").contains("| `" + kind + "` |");
            assertThat(translating).as("TRANSLATING.md's list of kinds").contains("`" + kind + "`");
        }
        assertThat(readme).contains(kinds + " kinds ship");
        assertThat(translating).contains("The " + kinds + " kinds:");
    }
}
