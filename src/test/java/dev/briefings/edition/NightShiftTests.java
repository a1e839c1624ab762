package dev.briefings.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefings.EditionChecks;
import dev.briefings.TestProject;
import dev.briefings.edition.publish.ManifestSummary;
import dev.briefings.edition.runs.EditionLock;
import dev.briefings.edition.runs.FileEditionLock;
import dev.briefings.edition.runs.Outcome;
import dev.briefings.edition.runs.RepositoryProblem;
import dev.briefings.edition.runs.RepositorySettings;
import dev.briefings.edition.runs.RunHistory;

/**
 * What a scheduler and an operator meet on real nights, in one process: a date with no stories,
 * folders tidied by hand, links an operator made, a deleted or damaged job repository, a loop of
 * links among the records, a file beside the records that is not one.
 */
class NightShiftTests {

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

    private EditionLauncher.Result run(LocalDate edition) throws Exception {
        return launcher.run(TestProject.request(project, output, edition, List.of()));
    }

    private EditionLauncher.Result forced() throws Exception {
        EditionLauncher.Request plain = TestProject.request(project, output);
        return launcher.run(new EditionLauncher.Request(plain.edition(), plain.events(), plain.output(),
                plain.translations(), plain.templates(), plain.configuration(), plain.locales(), plain.formats(),
                plain.timezone(), true, plain.repository()));
    }

    @Test
    void dateWithNoStories_publishesAnEditionThatSaysSoInEveryLocale_andExits0() throws Exception {
        // given records of other days only
        LocalDate quiet = LocalDate.of(2020, 11, 25);

        // when that date's edition is run, twice (cron every ten minutes)
        EditionLauncher.Result first = run(quiet);
        EditionLauncher.Result again = run(quiet);

        // then it is published with no briefs, says so in each locale's own words, and leaves no staging behind
        assertThat(first.outcome()).as(first.message() + first.problems()).isEqualTo(Outcome.PUBLISHED);
        assertThat(first.exitCode()).isZero();
        ManifestSummary manifest = first.manifest().orElseThrow();
        assertThat(manifest.briefs()).isZero();
        assertThat(manifest.files()).isEqualTo(6);
        Path edition = output.resolve("2020-11-25");
        assertThat(Files.readString(edition.resolve("en/edition.txt"))).endsWith("\n\nNo stories for this date.\n");
        assertThat(Files.readString(edition.resolve("ru/edition.md"))).endsWith("\n\nЗа этот день новостей нет.\n");
        assertThat(Files.readString(edition.resolve("ru/edition.html"))).contains("<p class=\"empty\">За этот день новостей нет.</p>")
                .doesNotContain("<nav class=\"contents\">");
        EditionChecks.filesMatchManifest(edition);
        assertThat(output.resolve(".work")).isEmptyDirectory();
        assertThat(again.outcome()).isEqualTo(Outcome.UP_TO_DATE);
        assertThat(again.exitCode()).isZero();
    }

    @Test
    void dateLinkThatPointsOutsideTheOutput_isReplaced_andWhatItPointedToIsLeftAlone() throws Exception {
        // given an operator's link from output/<date> to an archive folder elsewhere
        Path archive = project.resolve("archive/2020-11-20");
        TestProject.write(archive.resolve("keep.txt"), "an editor's file");
        Files.createDirectories(output);
        Files.createSymbolicLink(output.resolve("2020-11-20"), archive);

        // when the edition is published
        EditionLauncher.Result result = run();

        // then output/<date> is this program's link again, and the archive is untouched
        assertThat(result.exitCode()).isZero();
        assertThat(output.resolve("2020-11-20").toRealPath().getParent()).isEqualTo(output.resolve(".editions").toRealPath());
        assertThat(archive.resolve("keep.txt")).hasContent("an editor's file");
    }

    @Test
    void afterTheJobRepositoryIsDeleted_aNewGenerationNeverTakesThePublishedFoldersName() throws Exception {
        // given a published edition, and an operator who deletes the job repository
        run();
        Path published = output.resolve("2020-11-20").toRealPath();
        EditionChecks.deleteTree(output.resolve(".jobs"));

        // when the edition is generated again with the same inputs
        EditionLauncher.Result again = forced();

        // then the new generation has a folder of its own, and the edition is whole
        assertThat(again.outcome()).isEqualTo(Outcome.PUBLISHED);
        Path now = output.resolve("2020-11-20").toRealPath();
        assertThat(now.getFileName().toString()).isNotEqualTo(published.getFileName().toString()).endsWith("-2");
        // the one before is kept, untouched, for briefings diff
        assertThat(published.resolve("manifest.json")).isRegularFile();
        EditionChecks.filesMatchManifest(output.resolve("2020-11-20"));
    }

    @Test
    void dateThatIsAFileOrAFolderThisProgramDidNotPublish_exits2AndIsLeftAlone() throws Exception {
        Files.createDirectories(output);
        TestProject.write(output.resolve("2020-11-20"), "an operator's notes");

        assertThatThrownBy(this::run).isInstanceOf(EditionLauncher.InvalidRequest.class)
                .hasMessageContaining("2020-11-20 is a file this program did not publish").hasMessageContaining("move it");
        assertThat(output.resolve("2020-11-20")).hasContent("an operator's notes");

        Files.delete(output.resolve("2020-11-20"));
        TestProject.write(output.resolve("2020-11-20/copied-by-hand.txt"), "restored from a backup");
        assertThatThrownBy(this::run).isInstanceOf(EditionLauncher.InvalidRequest.class)
                .hasMessageContaining("is a folder this program did not publish");
        assertThat(output.resolve("2020-11-20/copied-by-hand.txt")).exists();
    }

    @Test
    void linkLoopAmongTheRecords_exits2NamingIt() throws Exception {
        Files.createSymbolicLink(project.resolve("events/2020-11-20/loop"), project.resolve("events"));

        assertThatThrownBy(this::run).isInstanceOf(EditionLauncher.InvalidRequest.class)
                .hasMessageContaining("loop").hasMessageContaining("is a link to a folder that contains it")
                .hasMessageContaining("remove the link");
        assertThat(Failures.outcomeOf(catchThrowable())).isEqualTo(Outcome.INVALID);
    }

    private Throwable catchThrowable() {
        try {
            run();
            return null;
        } catch (Exception e) {
            return e;
        }
    }

    @Test
    void fileBesideTheRecordsThatIsNotOne_doesNotRegenerateTheEdition() throws Exception {
        run();
        TestProject.write(project.resolve("events/README.md"), "# Where the wire records go\n");

        EditionLauncher.Result again = run();

        assertThat(again.outcome()).isEqualTo(Outcome.UP_TO_DATE);
    }

    @Test
    void damagedJobRepository_exits2SayingWhatToMoveAway() throws Exception {
        // given an edition whose repository file was damaged (a power loss, a disk error)
        run();
        Path file = RepositorySettings.embeddedFile(output, TestProject.SAMPLE_EDITION);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, 100));

        // when the edition must be generated again
        Path messages = project.resolve("translations/en/messages.yaml");
        TestProject.write(messages, TestProject.read(messages).replace("      Background\n", "      Context\n"));
        Throwable failure = catchThrowable();

        // then the run stops with exit 2 and says which file to move away, and the published edition stays
        assertThat(failure).isInstanceOfSatisfying(RepositoryProblem.class, problem -> {
            assertThat(problem.kind()).isEqualTo(RepositoryProblem.Kind.DAMAGED);
            assertThat(problem.getMessage()).contains("2020-11-20.mv.db is damaged").contains("mv ")
                    .contains("published editions are not affected");
        });
        assertThat(Failures.outcomeOf(failure).exitCode(0)).isEqualTo(2);
        EditionChecks.filesMatchManifest(output.resolve("2020-11-20"));

        // and once it is moved away, the next run publishes
        Files.move(file, file.resolveSibling(file.getFileName() + ".damaged"));
        assertThat(run().outcome()).isEqualTo(Outcome.PUBLISHED);
    }

    @Test
    void stagingLeftAfterRepositoryDeleted_isNotReused_andIsCleanedAfterPublishing() throws Exception {
        // given staging left by a run whose repository was deleted since
        run();
        Path messages = project.resolve("translations/en/messages.yaml");
        TestProject.write(messages, TestProject.read(messages).replace("      Background\n", "      Context\n"));
        EditionChecks.deleteTree(output.resolve(".jobs"));
        try (Stream<Path> versions = Files.list(output.resolve(".editions"))) {
            String name = versions.findFirst().orElseThrow().getFileName().toString();
            Files.createDirectories(output.resolve(".work").resolve(name.substring(0, name.lastIndexOf('-')) + "-7/ingest"));
        }

        // when the edition is generated again
        EditionLauncher.Result again = run();

        // then it is published and nothing of this edition is left in .work
        assertThat(again.outcome()).isEqualTo(Outcome.PUBLISHED);
        assertThat(output.resolve(".work")).isEmptyDirectory();
        SchedulerRunsContract.assertNoLeftovers(output);
    }

    @Test
    void recordFileWhoseNameIsNotUtf8_isRejectedSayingSo_andTheRestIsPublished() throws Exception {
        // given a record file whose name is Latin-1 bytes (copied off an old Windows share)
        Process copy = new ProcessBuilder("bash", "-c", "printf -v name 'caf\\xe9.yaml'; cp \"$0\" \"$1/$name\"",
                project.resolve("events/2020-11-20/trump-jr.yaml").toString(),
                project.resolve("events/2020-11-20").toString()).inheritIO().start();
        assertThat(copy.waitFor()).isZero();

        // when the edition is run
        EditionLauncher.Result result = run();

        // then the file is listed as rejected with the reason, and the edition is published (exit 3)
        assertThat(result.outcome()).as(result.message() + result.problems()).isEqualTo(Outcome.PUBLISHED);
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.manifest().orElseThrow().rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.source()).startsWith("2020-11-20/caf").endsWith(".yaml");
            assertThat(rejected.reason()).contains("the file name is not UTF-8").contains("rename it");
        });
    }

    @Test
    void badRecordsOfAnotherNight_areListedByTheirOwnEdition_notByEveryEdition() throws Exception {
        // given, beside the sample, a file of another night's records: some broken, one whose date
        // cannot be read, one of a month only, two sharing an id; and a story of the sample's date
        // naming another night's broken record as background
        TestProject.write(project.resolve("events/2021-03-16/night.yaml"), """
                - id: bad-kind-of-march-16
                  kind: no.such.kind
                  date: 2021-03-16
                  place: moscow
                - id: bad-unreadable-date
                  kind: no.such.kind
                  date: yesterday
                  place: moscow
                - id: bad-month-only
                  kind: no.such.kind
                  date: 2021-03
                  place: moscow
                - id: bad-reported-march-16
                  kind: no.such.kind
                  date: 2020-11-20
                  place: moscow
                  source: {agency: tass, reported: 2021-03-16}
                - id: twice-on-march-16
                  kind: summit.attended
                  date: 2021-03-16
                  place: moscow
                  participants: {attendees: putin, summit: apec-summit, host: malaysia}
                  attributes: {format: video}
                - id: twice-on-march-16
                  kind: summit.attended
                  date: 2021-03-16
                  place: moscow
                  participants: {attendees: putin, summit: apec-summit, host: malaysia}
                  attributes: {format: video}
                - id: bad-background-of-october
                  kind: no.such.kind
                  date: 2020-10-01
                  place: moscow
                - id: story-with-bad-background
                  kind: summit.attended
                  date: 2020-11-20
                  place: moscow
                  participants: {attendees: putin, summit: apec-summit, host: malaysia}
                  attributes: {format: video}
                  background: [bad-background-of-october]
                """);

        // when the sample's edition and that night's are run
        EditionLauncher.Result sample = run();
        EditionLauncher.Result march = run(LocalDate.of(2021, 3, 16));

        // then the sample's lists only what may be its own: the record whose date cannot be read and
        // the broken background of its own story; the rest are counted as other editions' records
        ManifestSummary sampleManifest = sample.manifest().orElseThrow();
        assertThat(sampleManifest.rejected()).extracting(r -> r.id())
                .containsExactlyInAnyOrder("bad-unreadable-date", "bad-background-of-october");
        assertThat(sampleManifest.records().stories()).isEqualTo(10);
        assertThat(sampleManifest.records().read()).isEqualTo(sampleManifest.records().stories()
                + sampleManifest.records().background() + sampleManifest.records().otherEditions()
                + sampleManifest.records().rejected());
        // and that night's lists its own, and the unreadable one, but not the month-only record,
        // which is no edition's story, nor the sample's story's background
        assertThat(march.exitCode()).isEqualTo(3);
        assertThat(march.manifest().orElseThrow().rejected()).extracting(r -> r.id()).containsExactlyInAnyOrder(
                "bad-kind-of-march-16", "bad-unreadable-date", "bad-reported-march-16", "twice-on-march-16",
                "twice-on-march-16");
    }

    @Test
    void status_saysWhenARunHoldsAnEditionBeforeItsJobBegins_andAPurgeLeavesThatEditionAlone() throws Exception {
        // given published editions, and a run that has just taken the lock of one of them
        run();
        run(LocalDate.of(2020, 11, 19));
        try (EditionLock held = FileEditionLock.tryAcquire(output, TestProject.SAMPLE_EDITION, EditionLock.HEARTBEAT)
                .orElseThrow();
                RunHistory history = RunHistory.open(RepositorySettings.embedded(), output).orElseThrow()) {

            // when an operator asks for the status, and for a purge of everything
            RunHistory.Listing listing = history.list(Optional.empty(), 20);
            RunHistory.Purge dryRun = history.purge(LocalDateTime.now().plusDays(1), true);
            RunHistory.Purge purge = history.purge(LocalDateTime.now().plusDays(1), false);

            // then the status says a run holds 2020-11-20, and neither purge touches it
            assertThat(listing.notes()).anySatisfy(note -> assertThat(note).startsWith("2020-11-20: a run holds the edition")
                    .contains("pid " + ProcessHandle.current().pid()).contains("has not started its job yet"));
            assertThat(dryRun.busy()).singleElement().satisfies(file -> assertThat(file).endsWith("2020-11-20.mv.db"));
            assertThat(purge.busy()).isEqualTo(dryRun.busy());
            assertThat(purge.runs()).isEqualTo(dryRun.runs()).allSatisfy(r -> assertThat(r.edition()).isEqualTo("2020-11-19"));
        }
    }

    @Test
    void status_withOneDamagedRepositoryFile_stillListsTheOtherEditions() throws Exception {
        // given two published editions, one of whose repository files is damaged
        run();
        run(LocalDate.of(2020, 11, 19));
        Path damaged = RepositorySettings.embeddedFile(output, LocalDate.of(2020, 11, 19));
        Files.write(damaged, java.util.Arrays.copyOf(Files.readAllBytes(damaged), 100));

        // when an operator asks for the status
        RunHistory.Listing listing;
        try (RunHistory history = RunHistory.open(RepositorySettings.embedded(), output).orElseThrow()) {
            listing = history.list(Optional.empty(), 20);
        }

        // then the sound edition is listed with its counts, and the damaged file is named with what to do
        assertThat(listing.runs()).singleElement().satisfies(r -> {
            assertThat(r.edition()).isEqualTo("2020-11-20");
            assertThat(r.records()).isEqualTo(38);
            assertThat(r.exitCode()).contains(0);
        });
        assertThat(listing.notes()).singleElement().satisfies(note -> assertThat(note)
                .contains("2020-11-19.mv.db is damaged").contains("move it away"));
    }
}
