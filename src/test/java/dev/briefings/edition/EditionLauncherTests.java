package dev.briefings.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefings.edition.runs.Outcome;
import dev.briefings.EditionChecks;
import dev.briefings.TestProject;
import dev.briefings.edition.runs.EditionLock;
import dev.briefings.edition.runs.FileEditionLock;
import dev.briefings.edition.publish.ManifestSummary;

/** Runs of the real job through the launcher, as the command line makes them, on the embedded H2 repository. */
class EditionLauncherTests {

    @TempDir
    Path project;

    private Path output;
    private final EditionLauncher launcher = new EditionLauncher();

    @BeforeEach
    void copyProject() {
        TestProject.copy(project);
        output = project.resolve("output");
    }

    private EditionLauncher.Result run() throws Exception {
        return launcher.run(TestProject.request(project, output));
    }

    private Path edition() {
        return output.resolve("2020-11-20");
    }

    @Test
    void run_onAFreshProject_publishesTheEditionAndExits0() throws Exception {
        EditionLauncher.Result result = run();

        assertThat(result.outcome()).isEqualTo(Outcome.PUBLISHED);
        assertThat(result.exitCode()).isZero();
        assertThat(output.resolve(".jobs")).isDirectoryContaining(p -> p.getFileName().toString().endsWith(".mv.db"));
        EditionChecks.filesMatchManifest(edition());
    }

    @Test
    void run_intoANewOutputFolder_skipsTheCheckOfFilesThatPassedForAnotherOne_whenTheProgramKeepsTheirDigests()
            throws Exception {
        Path shared = project.resolve("target/.checked");
        EditionLauncher remembering = new EditionLauncher(java.util.Optional.of(shared),
                new dev.briefings.edition.runs.StopRequests());
        assertThat(remembering.run(TestProject.request(project, output)).outcome()).isEqualTo(Outcome.PUBLISHED);
        assertThat(shared).isDirectory();
        try (var digests = Files.list(shared)) {
            assertThat(digests).hasSize(1);
        }

        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(EditionLauncher.class);
        ch.qos.logback.classic.Level level = logger.getLevel();
        var logs = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        logs.start();
        logger.addAppender(logs);
        logger.setLevel(ch.qos.logback.classic.Level.DEBUG);
        EditionLauncher.Result elsewhere;
        try {
            elsewhere = remembering.run(TestProject.request(project, project.resolve("elsewhere")));
        } finally {
            logger.detachAppender(logs);
            logger.setLevel(level);
        }

        assertThat(elsewhere.outcome()).isEqualTo(Outcome.PUBLISHED);
        assertThat(logs.list).anySatisfy(event ->
                assertThat(event.getFormattedMessage()).contains("passed the check before, unchanged"));
        assertThat(project.resolve("elsewhere").resolve(CheckStamp.FILE)).isRegularFile();
    }

    @Test
    void run_whenNothingChanged_isANoOpThatExits0() throws Exception {
        run();
        Path version = edition().toRealPath();
        Map<String, String> before = snapshot(edition());

        EditionLauncher.Result again = run();

        assertThat(again.outcome()).isEqualTo(Outcome.UP_TO_DATE);
        assertThat(again.exitCode()).isZero();
        assertThat(again.message()).contains("up to date");
        assertThat(edition().toRealPath()).isEqualTo(version);
        assertThat(snapshot(edition())).isEqualTo(before);
    }

    @Test
    void run_whenTranslationChanged_regeneratesEdition() throws Exception {
        run();
        Path firstVersion = edition().toRealPath();
        Path messages = project.resolve("translations/ru/messages.yaml");
        TestProject.write(messages, TestProject.read(messages).replace("Предыстория", "Контекст"));

        EditionLauncher.Result again = run();

        assertThat(again.outcome()).isEqualTo(Outcome.PUBLISHED);
        assertThat(Files.readString(edition().resolve("ru/edition.txt"))).contains("Контекст").doesNotContain("Предыстория");
        // the version before is kept, for briefings diff
        assertThat(firstVersion).isDirectory();
        Path secondVersion = edition().toRealPath();
        assertThat(output.resolve(".editions")).isDirectoryContaining(p -> p.toAbsolutePath().normalize().equals(secondVersion));
        try (var versions = Files.list(output.resolve(".editions"))) {
            assertThat(versions.count()).isEqualTo(2);
        }
    }

    @Test
    void run_withForce_regeneratesAnUnchangedEdition() throws Exception {
        run();
        Path firstVersion = edition().toRealPath();
        var forced = TestProject.request(project, output);
        forced = new EditionLauncher.Request(forced.edition(), forced.events(), forced.output(), forced.translations(),
                forced.templates(), forced.configuration(), forced.locales(), forced.formats(), forced.timezone(), true,
                forced.repository());

        EditionLauncher.Result again = launcher.run(forced);

        assertThat(again.outcome()).isEqualTo(Outcome.PUBLISHED);
        assertThat(edition().toRealPath()).isNotEqualTo(firstVersion);
    }

    @Test
    void run_afterAFailedPublication_exits1_andTheNextRunResumesTheSameGeneration() throws Exception {
        // given a file where the publish step must create its folder
        TestProject.write(output.resolve(".editions"), "in the way");

        // when the run reaches publication it fails, saying the next run resumes it
        EditionLauncher.Result failed = run();
        assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(failed.exitCode()).isEqualTo(Outcome.EXIT_FAILED);
        assertThat(failed.message()).contains("the next run resumes it");
        assertThat(edition()).doesNotExist();

        // then, once the obstacle is gone, the next run completes the same job instance
        Files.delete(output.resolve(".editions"));
        EditionLauncher.Result resumed = run();
        assertThat(resumed.outcome()).isEqualTo(Outcome.PUBLISHED);
        assertThat(edition().toRealPath().getFileName().toString()).endsWith("-1");
        EditionChecks.filesMatchManifest(edition());
        try (var history = dev.briefings.edition.runs.RunHistory.open(TestProject.request(project, output).repository(),
                output).orElseThrow()) {
            // the resumed run did not plan again; status still gives it the counts of its plan
            assertThat(history.runs(java.util.Optional.empty(), 1)).singleElement()
                    .satisfies(r -> assertThat(r.records()).isEqualTo(38));
        }
        try (var work = Files.list(output.resolve(".work"))) {
            assertThat(work).isEmpty();
        }
    }

    @Test
    void run_withBadRecords_publishesTheRestAndExits3() throws Exception {
        // given a file with one good record and one with an impossible date, and a file that is not YAML
        TestProject.write(project.resolve("events/2020-11-20/extra.yaml"), """
                - id: 2020-11-20-good
                  kind: infection.reported
                  date: 2020-11-20
                  place: moscow
                  participants: {person: trump, disease: coronavirus}
                - id: 2020-11-20-bad-date
                  kind: infection.reported
                  date: 2020-02-30
                  place: moscow
                  participants: {person: trump, disease: coronavirus}
                """);
        TestProject.write(project.resolve("events/broken.yaml"), "id: [unclosed\n");

        EditionLauncher.Result result = run();

        assertThat(result.exitCode()).isEqualTo(Outcome.EXIT_REJECTED);
        ManifestSummary manifest = result.manifest().orElseThrow();
        assertThat(manifest.rejected()).hasSize(2);
        assertThat(manifest.rejected()).anySatisfy(r -> {
            assertThat(r.source()).isEqualTo("2020-11-20/extra.yaml");
            assertThat(r.id()).isEqualTo("2020-11-20-bad-date");
            assertThat(r.position().line()).isEqualTo(8);
            assertThat(r.reason()).contains("date").contains("not a real date");
        });
        assertThat(manifest.rejected()).anySatisfy(r -> {
            assertThat(r.source()).isEqualTo("broken.yaml");
            assertThat(r.id()).isNull();
            assertThat(r.reason()).contains("not well-formed YAML");
        });
        assertThat(edition().resolve("en/stories/2020-11-20-good.txt")).exists();
        assertThat(manifest.records().stories()).isEqualTo(10);
    }

    @Test
    void run_withBrokenRussianTranslation_exits2AndLeavesOutputUntouched() throws Exception {
        run();
        // the files that passed the check are remembered; changed files are checked again
        assertThat(output.resolve(CheckStamp.FILE)).isRegularFile();
        Map<String, String> before = snapshot(output);
        Path kind = project.resolve("translations/ru/kinds/talks.ordered.yaml");
        TestProject.write(kind, TestProject.read(kind).replace("{parties_ins}", "{parties_ins"));

        assertThatThrownBy(this::run).isInstanceOf(ProjectCheck.FilesInvalid.class)
                .satisfies(e -> assertThat(((ProjectCheck.FilesInvalid) e).errors()).singleElement().satisfies(f -> {
                    assertThat(f.file()).isEqualTo(kind);
                    assertThat(f.check().id()).isEqualTo("icu-syntax");
                    assertThat(f.key()).isEqualTo("talks.ordered.lede");
                }));
        assertThat(snapshot(output)).isEqualTo(before);
    }

    @Test
    void run_whileAnotherRunHoldsTheEdition_exits4AndSaysWho() throws Exception {
        try (EditionLock held = FileEditionLock.tryAcquire(output, TestProject.SAMPLE_EDITION, java.time.Duration.ofSeconds(10)).orElseThrow()) {
            EditionLauncher.Result result = run();

            assertThat(result.outcome()).isEqualTo(Outcome.BUSY);
            assertThat(result.exitCode()).isEqualTo(Outcome.EXIT_BUSY);
            assertThat(result.message()).contains("pid " + ProcessHandle.current().pid()).contains("started");
        }
        assertThat(edition()).doesNotExist();
    }

    @Test
    void run_withUnknownLocale_isAnInvalidRequestThatNamesTheLocalesThereAre() {
        assertThatThrownBy(() -> launcher.run(TestProject.request(project, output, TestProject.SAMPLE_EDITION, List.of("uk"))))
                .isInstanceOf(EditionLauncher.InvalidRequest.class)
                .hasMessageContaining("unknown locale 'uk'")
                .hasMessageContaining("en, ru");
    }

    @Test
    void run_withMissingEventsFolder_isAnInvalidRequest() throws Exception {
        Files.move(project.resolve("events"), project.resolve("elsewhere"));
        assertThatThrownBy(this::run).isInstanceOf(EditionLauncher.InvalidRequest.class)
                .hasMessageContaining("events folder").hasMessageContaining("does not exist");
        assertThat(output).doesNotExist();
    }

    @Test
    void run_withEventsGivenAsAFile_saysItIsAFile_notThatItIsMissing() throws Exception {
        Files.move(project.resolve("events"), project.resolve("elsewhere"));
        Files.writeString(project.resolve("events"), "id: a-record-file\n");
        assertThatThrownBy(this::run).isInstanceOf(EditionLauncher.InvalidRequest.class)
                .hasMessageContaining("is a file, not a folder").hasMessageContaining("--events DIR");
    }

    @Test
    void run_withOutputThatIsAFile_isAnInvalidRequest() {
        TestProject.write(output, "not a folder");
        assertThatThrownBy(this::run).isInstanceOf(EditionLauncher.InvalidRequest.class).hasMessageContaining("is a file");
    }

    @Test
    void run_forLocalesAsked_publishesOnlyThose() throws Exception {
        EditionLauncher.Result result = launcher.run(TestProject.request(project, output, TestProject.SAMPLE_EDITION,
                List.of("ru")));

        assertThat(result.manifest().orElseThrow().locales()).containsExactly("ru");
        assertThat(edition().resolve("en")).doesNotExist();
    }

    /** Every file under a folder with its hash, following the edition link. */
    private static Map<String, String> snapshot(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (var walk = Files.walk(folder, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(file).toString();
                if (!name.startsWith(".jobs") && !name.startsWith(".locks")) {
                    files.put(name, EditionChecks.sha256(file));
                }
            }
        }
        return files;
    }
}
