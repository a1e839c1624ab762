package dev.briefings.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefings.EditionChecks;
import dev.briefings.TestProject;
import dev.briefings.edition.publish.Manifest;
import dev.briefings.edition.runs.Outcome;

/**
 * A rerun after a change renders only the stories whose inputs changed and reuses the published
 * pages of the others (the same files, linked), publishes the same bytes as a run that renders
 * everything, and says what changed since the edition published before.
 */
class IncrementalRunTests {

    private static final String CASES = "2020-11-20-russia-coronavirus-cases";
    private static final String APEC = "2020-11-20-putin-apec-summit";
    private static final String MICHIGAN = "2020-11-20-trump-michigan-lawmakers";
    private static final String ROSGVARDIA = "2020-11-19-rosgvardia-belarus-agreement";
    private static final int STORIES = 9;

    @TempDir
    Path root;

    private Path project;
    private final EditionLauncher launcher = new EditionLauncher();

    @BeforeEach
    void copyProject() {
        project = TestProject.copy(root.resolve("project"));
    }

    private EditionLauncher.Result run(Path output) throws Exception {
        return launcher.run(TestProject.request(project, output));
    }

    private EditionLauncher.Result force(Path output) throws Exception {
        EditionLauncher.Request plain = TestProject.request(project, output);
        return launcher.run(new EditionLauncher.Request(plain.edition(), plain.events(), plain.output(),
                plain.translations(), plain.templates(), plain.configuration(), plain.locales(), plain.formats(),
                plain.timezone(), true, plain.repository()));
    }

    private void edit(String file, String from, String to) {
        Path path = project.resolve(file);
        String text = TestProject.read(path);
        assertThat(text).contains(from);
        TestProject.write(path, text.replace(from, to));
    }

    private static Map<String, Long> counts(long en, long ru) {
        return Map.of("en", en, "ru", ru);
    }

    private static Object inode(Path file) throws Exception {
        return Files.getAttribute(file, "unix:ino");
    }

    @Test
    void aChangedRecord_rendersThatStoryOnly_andLinksThePublishedPagesOfTheOthers() throws Exception {
        Path output = root.resolve("output");
        EditionLauncher.Result first = run(output);
        assertThat(first.renders().rendered()).isEqualTo(counts(STORIES, STORIES));
        Path before = output.resolve("2020-11-20").toRealPath();

        edit("events/2020-11-20/russia-coronavirus.yaml", "deaths: 461", "deaths: 462");
        EditionLauncher.Result second = run(output);

        assertThat(second.outcome()).isEqualTo(Outcome.PUBLISHED);
        assertThat(second.renders().rendered()).isEqualTo(counts(1, 1));
        assertThat(second.renders().reused()).isEqualTo(counts(STORIES - 1, STORIES - 1));
        Path after = output.resolve("2020-11-20").toRealPath();
        assertThat(after).isNotEqualTo(before);
        for (String page : List.of("ru/stories/" + APEC + ".txt", "en/stories/" + APEC + ".html")) {
            assertThat(inode(after.resolve(page))).as(page).isEqualTo(inode(before.resolve(page)));
        }
        assertThat(Files.readString(after.resolve("ru/stories/" + CASES + ".txt"))).contains("462");
        assertThat(Files.readString(before.resolve("ru/stories/" + CASES + ".txt"))).contains("461");
        assertThat(inode(after.resolve("ru/stories/" + CASES + ".txt")))
                .isNotEqualTo(inode(before.resolve("ru/stories/" + CASES + ".txt")));
        assertThat(Files.readString(after.resolve("ru/edition.txt"))).contains("462");
        EditionChecks.filesMatchManifest(output.resolve("2020-11-20"));

        Manifest.Changes changes = EditionChecks.manifest(output.resolve("2020-11-20")).changes();
        assertThat(changes.since()).isEqualTo(first.manifest().orElseThrow().fingerprint());
        for (String locale : List.of("en", "ru")) {
            assertThat(changes.locales().get(locale))
                    .isEqualTo(new Manifest.LocaleChanges(List.of(), List.of(CASES), List.of()));
        }
        assertThat(second.manifest().orElseThrow().changes()).isEqualTo(changes);
    }

    @Test
    void anIncrementalRun_publishesTheSameBytesAsARunWithForce() throws Exception {
        Path incremental = root.resolve("incremental");
        Path forced = root.resolve("forced");
        run(incremental);
        run(forced);
        edit("events/2020-11-20/russia-coronavirus.yaml", "deaths: 461", "deaths: 462");
        edit("translations/ru/glossary.yaml", "  name: ТАСС\n", "  name: ИТАР-ТАСС\n");
        edit("templates/edition.txt.mustache", "{{", "\n{{");

        EditionLauncher.Result reusing = run(incremental);
        EditionLauncher.Result rendering = force(forced);

        assertThat(reusing.renders().reused().get("en")).isEqualTo(STORIES - 1L);
        assertThat(rendering.renders().rendered()).isEqualTo(counts(STORIES, STORIES));
        assertThat(rendering.renders().reused()).isEqualTo(counts(0, 0));
        assertThat(contents(incremental.resolve("2020-11-20"))).isEqualTo(contents(forced.resolve("2020-11-20")));
        assertThat(Files.readString(incremental.resolve("2020-11-20/ru/edition.txt"))).contains("ИТАР-ТАСС");
    }

    @Test
    void aChangedGlossaryEntry_rendersTheStoriesThatNameIt_inThatLocaleOnly() throws Exception {
        Path output = root.resolve("output");
        run(output);
        // TASS is the source of two stories of the sample edition
        edit("translations/ru/glossary.yaml", "  name: ТАСС\n", "  name: ИТАР-ТАСС\n");

        EditionLauncher.Result again = run(output);

        assertThat(again.renders().rendered()).isEqualTo(counts(0, 2));
        Manifest.Changes changes = again.manifest().orElseThrow().changes();
        assertThat(changes.locales().get("ru").changed()).containsExactly(APEC, CASES);
        assertThat(changes.locales().get("en").changed()).isEmpty();
    }

    @Test
    void aChangedKindMessage_rendersTheStoriesOfThatKind_withTheirBackground() throws Exception {
        Path output = root.resolve("output");
        run(output);
        // a meeting is the Michigan story, and background to the Rosgvardia one
        edit("translations/ru/kinds/meeting.held.yaml", "встретились", "провели встречу");

        EditionLauncher.Result again = run(output);

        assertThat(again.renders().rendered()).isEqualTo(counts(0, 2));
        assertThat(again.manifest().orElseThrow().changes().locales().get("ru").changed())
                .containsExactly(ROSGVARDIA, MICHIGAN);
    }

    @Test
    void aChangedStoryTemplate_rendersEveryStory_whileAChangedEditionTemplateRendersNone() throws Exception {
        Path output = root.resolve("output");
        run(output);

        edit("templates/edition.md.mustache", "{{", "\n{{");
        EditionLauncher.Result edition = run(output);
        assertThat(edition.renders().rendered()).isEqualTo(counts(0, 0));
        assertThat(edition.manifest().orElseThrow().changes().locales().values())
                .allSatisfy(c -> assertThat(c.changed()).isEmpty());

        edit("templates/story.md.mustache", "{{", "\n{{");
        EditionLauncher.Result stories = run(output);
        assertThat(stories.renders().rendered()).isEqualTo(counts(STORIES, STORIES));
        assertThat(stories.manifest().orElseThrow().changes().locales().get("en").changed()).hasSize(STORIES);
    }

    @Test
    void aRecordMovedWithinItsFile_isNotRenderedAgain() throws Exception {
        Path output = root.resolve("output");
        run(output);
        // two lines more above the record shift its position in the file, not what it says
        edit("events/2020-11-20/russia-coronavirus.yaml", "id: 2020-11-20-russia-coronavirus-cases",
                "# checked by the night desk\n\nid: 2020-11-20-russia-coronavirus-cases");

        EditionLauncher.Result again = run(output);

        assertThat(again.outcome()).isEqualTo(Outcome.PUBLISHED);
        assertThat(again.renders().rendered()).isEqualTo(counts(0, 0));
        assertThat(again.renders().reused()).isEqualTo(counts(STORIES, STORIES));
    }

    @Test
    void storiesAddedAndRemoved_areListedPerLocale() throws Exception {
        Path output = root.resolve("output");
        run(output);
        Files.delete(project.resolve("events/2020-11-20/alex-allan.yaml"));
        TestProject.write(project.resolve("events/2020-11-20/extra.yaml"), """
                id: 2020-11-20-extra-infection
                kind: infection.reported
                date: 2020-11-20
                place: washington
                participants: {person: trump-jr, disease: coronavirus}
                source: {agency: reuters, reported: 2020-11-20}
                """);

        EditionLauncher.Result again = run(output);

        assertThat(again.renders().rendered()).isEqualTo(counts(1, 1));
        for (String locale : List.of("en", "ru")) {
            assertThat(again.manifest().orElseThrow().changes().locales().get(locale)).isEqualTo(
                    new Manifest.LocaleChanges(List.of("2020-11-20-extra-infection"), List.of(),
                            List.of("2020-11-20-alex-allan-resigns")));
        }
    }

    @Test
    void thePublishedGenerationAndTheOneBeforeAreKept_olderOnesAreDeleted() throws Exception {
        Path output = root.resolve("output");
        EditionLauncher.Result first = run(output);
        assertThat(first.manifest().orElseThrow().changes().since()).isNull();
        assertThat(first.manifest().orElseThrow().changes().locales().get("ru").added()).hasSize(STORIES);
        Path firstVersion = output.resolve("2020-11-20").toRealPath();
        edit("events/2020-11-20/russia-coronavirus.yaml", "deaths: 461", "deaths: 462");
        run(output);
        Path secondVersion = output.resolve("2020-11-20").toRealPath();
        assertThat(folders(output.resolve(".editions"))).containsExactlyInAnyOrder(firstVersion.getFileName().toString(),
                secondVersion.getFileName().toString());

        edit("events/2020-11-20/russia-coronavirus.yaml", "deaths: 462", "deaths: 463");
        run(output);

        Path thirdVersion = output.resolve("2020-11-20").toRealPath();
        assertThat(firstVersion).doesNotExist();
        assertThat(folders(output.resolve(".editions"))).containsExactlyInAnyOrder(secondVersion.getFileName().toString(),
                thirdVersion.getFileName().toString());
        assertThat(folders(output.resolve(".renders"))).containsExactly(thirdVersion.getFileName().toString());
        assertThat(Files.readString(secondVersion.resolve("ru/stories/" + CASES + ".txt"))).contains("462");
    }

    @Test
    void withoutTheRenderCache_everyStoryIsRenderedAndStillComparedWithThePublishedPages() throws Exception {
        Path output = root.resolve("output");
        run(output);
        TestProject.deleteTree(output.resolve(".renders"));
        edit("events/2020-11-20/russia-coronavirus.yaml", "deaths: 461", "deaths: 462");

        EditionLauncher.Result again = run(output);

        assertThat(again.renders().rendered()).isEqualTo(counts(STORIES, STORIES));
        assertThat(again.manifest().orElseThrow().changes().locales().get("ru").changed()).containsExactly(CASES);
    }

    @Test
    void aDamagedRenderCache_costsARenderOfThoseStories_andNothingElse() throws Exception {
        Path incremental = root.resolve("incremental");
        Path forced = root.resolve("forced");
        run(incremental);
        run(forced);
        Path cache = incremental.resolve(".renders").resolve(incremental.resolve("2020-11-20").toRealPath().getFileName());
        // a power loss cut the Russian text index short, and garbled a line of the English HTML
        Files.write(cache.resolve("ru.txt.index"), new byte[] {0, 0});
        Path lines = cache.resolve("en.html.jsonl");
        String text = Files.readString(lines);
        Files.writeString(lines, text.substring(0, 40) + "\u0000" + text.substring(41));
        edit("events/2020-11-20/russia-coronavirus.yaml", "deaths: 461", "deaths: 462");

        EditionLauncher.Result reusing = run(incremental);
        force(forced);

        assertThat(reusing.outcome()).isEqualTo(Outcome.PUBLISHED);
        assertThat(reusing.renders().rendered().get("ru")).isEqualTo(STORIES);
        assertThat(reusing.renders().rendered().get("en")).isBetween(1L, 2L);
        assertThat(contents(incremental.resolve("2020-11-20"))).isEqualTo(contents(forced.resolve("2020-11-20")));
    }

    private static List<String> folders(Path folder) throws Exception {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.map(p -> p.getFileName().toString()).toList();
        }
    }

    /** Every file of an edition by path, with its sha256. */
    static Map<String, String> contents(Path edition) throws Exception {
        Path real = edition.toRealPath();
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(real)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(real.relativize(file).toString(), EditionChecks.sha256(file));
            }
        }
        return files;
    }
}
