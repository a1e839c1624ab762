package dev.briefings.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefings.EditionChecks;
import dev.briefings.TestProject;
import dev.briefings.i18n.Translations;
import dev.briefings.edition.publish.Manifest;

/**
 * Locales and event kinds are data: each test adds one by copying files from
 * src/test/resources/fixtures/ into a copy of the project, and runs the real job.
 */
class ExtensionByFilesTests {

    private static final Path FIXTURES = TestProject.root().resolve("src/test/resources/fixtures");

    @TempDir
    Path project;

    /** Copies a fixture's files into the project; a file named x.append.yaml is appended to x.yaml. */
    private void addFixture(String name) throws Exception {
        Path fixture = FIXTURES.resolve(name);
        try (Stream<Path> walk = Files.walk(fixture)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("README.md")).toList()) {
                String relative = fixture.relativize(file).toString();
                if (relative.endsWith(".append.yaml")) {
                    Path target = project.resolve(relative.replace(".append.yaml", ".yaml"));
                    TestProject.write(target, TestProject.read(target) + "\n" + TestProject.read(file));
                } else {
                    TestProject.write(project.resolve(relative), TestProject.read(file));
                }
            }
        }
    }

    /**
     * The German fixture translates the kinds of the first sample edition, not the whole library: a
     * newsroom adding a locale starts with the kinds it publishes. The copy keeps those kinds and
     * the first sample edition's records only; every other kind would be a missing message.
     */
    private void coverOnlyTheKindsGermanTranslates() throws java.io.IOException {
        Set<String> german;
        try (Stream<Path> listing = Files.list(project.resolve("translations/de/kinds"))) {
            german = listing.map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
        for (String locale : List.of("", "en/", "ru/")) {
            try (Stream<Path> listing = Files.list(project.resolve("translations/" + locale + "kinds"))) {
                for (Path file : listing.filter(f -> !german.contains(f.getFileName().toString())).toList()) {
                    Files.delete(file);
                }
            }
        }
        try (Stream<Path> listing = Files.list(project.resolve("events"))) {
            for (Path folder : listing.filter(Files::isDirectory).filter(f -> !f.endsWith("2020-11-20")).toList()) {
                TestProject.deleteTree(folder);
            }
        }
    }

    @Test
    void thirdLocale_fromFilesAlone_rendersTheSampleEdition() throws Exception {
        // given German translations and a German template override, and nothing else
        TestProject.copy(project);
        addFixture("third-locale");
        coverOnlyTheKindsGermanTranslates();

        // when the sample edition runs
        EditionLauncher.Result result = new EditionLauncher().run(TestProject.request(project, project.resolve("output")));

        // then it is published in German too, every story, every format
        assertThat(result.exitCode()).isZero();
        assertThat(result.manifest().orElseThrow().files()).isEqualTo(3 * (9 * 3 + 3));
        Manifest manifest = EditionChecks.manifest(result.published());
        assertThat(manifest.locales()).containsExactly("de", "en", "ru");
        assertThat(manifest.files()).filteredOn(f -> f.locale().equals("de")).hasSize(9 * 3 + 3);
        Path edition = result.published();
        EditionChecks.filesMatchManifest(edition);
        EditionChecks.textIsClean(edition, Translations.load(project.resolve("translations")));
        assertThat(Files.readString(edition.resolve("de/edition.html"))).contains("<html lang=\"de\" dir=\"ltr\">");

        String german = Files.readString(edition.resolve("de/edition.txt"));
        assertThat(german)
                .startsWith("Nachrichtenüberblick – Freitag, 20. November 2020\n\n— — —\n")
                .contains("Die russische Nationalgarde und das belarussische Innenministerium haben am Donnerstag in Minsk "
                        + "ein Abkommen über den Kampf gegen Terrorismus und Extremismus unterzeichnet.")
                .contains("Am 9. August erhielt Alexander Lukaschenko bei einer umstrittenen Wahl eine sechste Amtszeit "
                        + "als Präsident von Belarus.")
                .contains("Im Oktober ordnete der russische Ministerpräsident Michail Mischustin Verhandlungen über ein "
                        + "Kooperationsabkommen zwischen der Nationalgarde und dem belarussischen Innenministerium an.")
                .contains("Georgia bestätigt Bidens Sieg")
                .contains("Der russische Corona-Krisenstab meldete am Freitag 24.318 neue Infektionen.");
        assertThat(german).doesNotContain("* * *"); // the German template override is used
        // and the names German lacks are borrowed from English and reported, as is the quote with no German text
        assertThat(manifest.fallbacks()).filteredOn(f -> f.locale().equals("de"))
                .extracting(Manifest.FallbackEntry::subject)
                .contains("pfizer", "biontech", "reuters", "tass", "2020-08-27-putin-police-reserve");
        // and the other locales are unchanged
        assertThat(Files.readString(edition.resolve("en/edition.txt")))
                .isEqualTo(TestProject.read(TestProject.root().resolve("src/test/resources/golden/2020-11-20/en/edition.txt")));
    }

    @Test
    void newEventKind_fromFilesAlone_isValidatedAndRendered() throws Exception {
        // given the kind sanctions.listed, its messages, an entity and a record, as files
        TestProject.copy(project);
        addFixture("new-kind");

        // when the sample edition runs
        EditionLauncher.Result result = new EditionLauncher().run(TestProject.request(project, project.resolve("output")));

        // then the new story is published in both languages, last (priority 9), with its optional sentence
        assertThat(result.exitCode()).isZero();
        Path edition = result.published();
        String id = "2020-11-20-eu-sanctions-test";
        assertThat(Files.readString(edition.resolve("en/stories/" + id + ".txt")))
                .startsWith("EU sanctions Lukashenko and Belarusian authorities\n")
                .contains("The European Union imposed sanctions on Belarusian President Alexander Lukashenko and the "
                        + "Belarusian authorities on Friday. The sanctions cover 15 people.");
        assertThat(Files.readString(edition.resolve("ru/stories/" + id + ".txt")))
                .startsWith("Евросоюз ввел санкции против Лукашенко и белорусских властей\n")
                .contains("Евросоюз в пятницу ввел санкции против президента Беларуси Александра Лукашенко и "
                        + "белорусских властей. Санкции затрагивают 15 человек.");
        List<String> order = EditionChecks.manifest(edition).files().stream()
                .filter(f -> f.path().startsWith("en/stories/") && f.format().equals("txt")).map(Manifest.FileEntry::story).toList();
        assertThat(order).contains(id);
        String contents = Files.readString(edition.resolve("en/edition.txt"));
        assertThat(contents.indexOf("EU sanctions")).isGreaterThan(contents.indexOf("Trump Jr. tests positive"));
        EditionChecks.textIsClean(edition, Translations.load(project.resolve("translations")));
    }
}
