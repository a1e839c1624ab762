package dev.briefings.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefings.TestProject;
import dev.briefings.edition.publish.Manifest;
import dev.briefings.i18n.GlossaryFill;

/**
 * A Russian glossary that gives every name in the nominative only (people, organisations, places,
 * titles, topics): the run publishes, reads as the hand-written glossary does (the golden files),
 * lists every generated form in the manifest, and {@code glossary --fill} writes those same forms
 * into the file, so a run after filling publishes the same bytes.
 */
class NominativeGlossaryTests {

    /** A field written with all six cases, which the test rewrites as its nominative alone. */
    private static final Pattern SIX_CASES = Pattern.compile(
            "(?m)^( +)(given|surname|title|name|short|headline):\\n\\1  nom: (.*)\\n(?:\\1  (?:gen|dat|acc|ins|pre): .*\\n){5}");

    private static final Path GOLDEN = TestProject.root().resolve("src/test/resources/golden");

    @TempDir
    Path project;

    @TempDir
    Path output;

    @Test
    void nominativeOnlyGlossary_publishesTheGoldenEdition_listsTheGeneratedForms_andFillingChangesNoByte() throws Exception {
        // given the project with every Russian name cut to its nominative
        TestProject.copy(project);
        Path glossary = project.resolve("translations/ru/glossary.yaml");
        String handWritten = TestProject.read(glossary);
        Matcher matcher = SIX_CASES.matcher(handWritten);
        String nominatives = matcher.replaceAll("$1$2: $3\n");
        assertThat(SIX_CASES.matcher(handWritten).results().count()).as("fields cut to the nominative").isGreaterThan(100);
        TestProject.write(glossary, nominatives);

        // when the first sample edition is run
        EditionLauncher.Result first = run("nominative");

        // then it publishes, reads as the golden (hand-written) edition, and the manifest lists the generated forms
        assertThat(first.exitCode()).isZero();
        for (String file : List.of("ru/edition.txt", "ru/stories/" + TestProject.SEED + ".txt", "en/edition.txt")) {
            assertThat(TestProject.read(first.published().resolve(file))).as(file)
                    .isEqualTo(TestProject.read(GOLDEN.resolve("2020-11-20").resolve(file)));
        }
        List<Manifest.FallbackEntry> fallbacks = first.manifest().orElseThrow().fallbacks();
        assertThat(fallbacks).filteredOn(f -> f.locale().equals("ru")).extracting(Manifest.FallbackEntry::subject)
                .contains("rosgvardia", "lukashenko", "belarus");
        assertThat(fallbacks).filteredOn(f -> f.subject().equals("rosgvardia")).singleElement()
                .satisfies(f -> assertThat(f.what()).contains("generated from the nominative")
                        .contains("name Росгвардия → Росгвардии, Росгвардии, Росгвардию, Росгвардией, Росгвардии"));

        // when the glossary is filled and the edition run again
        GlossaryFill.Result filled = GlossaryFill.fill(project.resolve("translations"), "ru", true);
        EditionLauncher.Result second = run("filled");

        // then the file holds every form in full (the hand-written glossary, but for the misses the README lists),
        // no form is generated any more, and not one published byte changed
        assertThat(filled.changes()).hasSizeGreaterThan(100);
        assertThat(filled.skipped()).isEmpty();
        // the review hints fill writes as comments («… declined by its ending») are not part of the forms
        List<String> filledLines = TestProject.read(glossary).lines().map(l -> l.replaceAll(" # check: .*$", "")).toList();
        List<String> writtenLines = handWritten.lines().toList();
        assertThat(filledLines).hasSameSizeAs(writtenLines);
        List<String> differing = java.util.stream.IntStream.range(0, writtenLines.size())
                .filter(i -> !writtenLines.get(i).equals(filledLines.get(i)))
                .mapToObj(i -> writtenLines.get(i) + " | filled: " + filledLines.get(i)).toList();
        assertThat(differing).as("the one miss the README lists: Tom Moore's title ends in an apposition")
                .hasSize(5).allSatisfy(line -> assertThat(line).contains("капитан"));
        assertThat(second.exitCode()).isZero();
        assertThat(second.manifest().orElseThrow().fallbacks()).filteredOn(f -> f.what().contains("generated")).isEmpty();
        assertSameFiles(first.published(), second.published());
    }

    private EditionLauncher.Result run(String name) throws Exception {
        return new EditionLauncher().run(TestProject.request(project, output.resolve(name), TestProject.SAMPLE_EDITION,
                List.of("en", "ru")));
    }

    private static void assertSameFiles(Path published, Path republished) throws Exception {
        Path a = published.toRealPath();
        Path b = republished.toRealPath();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(a)) {
            files = walk.filter(Files::isRegularFile).map(a::relativize)
                    .filter(p -> !p.getFileName().toString().equals("manifest.json")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            assertThat(new String(Files.readAllBytes(b.resolve(file)), StandardCharsets.UTF_8)).as(file.toString())
                    .isEqualTo(new String(Files.readAllBytes(a.resolve(file)), StandardCharsets.UTF_8));
        }
    }
}
