package dev.briefings.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.briefings.edition.runs.Outcome;
import dev.briefings.EditionChecks;
import dev.briefings.TestProject;
import dev.briefings.cli.BriefingsCommand;
import dev.briefings.edition.job.Faults;
import dev.briefings.edition.publish.Housekeeping;
import dev.briefings.edition.runs.RepositorySettings;
import dev.briefings.edition.runs.RunHistory;

/**
 * What a scheduler relies on, proved with real processes: an unchanged rerun is a no-op, a changed
 * translation regenerates, of two concurrent runs of one edition the second exits 4, runs of
 * different editions and {@code status} polled at any moment never make each other fail, a holder
 * frozen with SIGSTOP is reported hung (exit 1) once its heartbeat is older than the limit, a run
 * killed with SIGKILL while rendering or publishing is completed by the next run into an edition
 * byte-identical to an uninterrupted one with no temporary files left (and {@code status} says its
 * process is gone meanwhile), and SIGTERM stops a run with exit 1 for the next run to resume. Each
 * job repository (H2, PostgreSQL) runs the same contract.
 */
abstract class SchedulerRunsContract {

    /** Stories beyond the sample edition, so that rendering takes several chunks. */
    static final int EXTRA_STORIES = 220;

    @TempDir
    Path project;

    private final List<Process> children = new ArrayList<>();

    /** The job repository settings of this contract's backend for a test. */
    abstract RepositorySettings repository();

    @BeforeEach
    void copyProjectWithExtraStories() {
        TestProject.copy(project);
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < EXTRA_STORIES; i++) {
            records.append(String.format("""
                    - id: 2020-11-20-extra-%04d
                      kind: infection.reported
                      date: 2020-11-20
                      place: washington
                      participants: {person: trump-jr, disease: coronavirus}
                      source: {agency: reuters, reported: 2020-11-20}
                      priority: %d
                    """, i, 1 + i % 9));
        }
        TestProject.write(project.resolve("events/extra.yaml"), records.toString());
    }

    @AfterEach
    void killChildren() {
        children.forEach(Process::destroyForcibly);
    }

    private EditionLauncher.Request request(Path output) {
        EditionLauncher.Request plain = TestProject.request(project, output);
        return new EditionLauncher.Request(plain.edition(), plain.events(), plain.output(), plain.translations(),
                plain.templates(), plain.configuration(), plain.locales(), plain.formats(), plain.timezone(), false,
                repository());
    }

    private EditionLauncher.Result runInProcess(Path output) throws IOException {
        return new EditionLauncher().run(request(output));
    }

    private EditionLauncher.Request request(Path output, LocalDate edition, Duration stuckAfter) {
        EditionLauncher.Request plain = TestProject.request(project, output, edition, List.of());
        return new EditionLauncher.Request(plain.edition(), plain.events(), plain.output(), plain.translations(),
                plain.templates(), plain.configuration(), plain.locales(), plain.formats(), plain.timezone(), false,
                repository(), stuckAfter);
    }

    /** Runs {@code briefings status} in this process, on this contract's repository; returns its exit code. */
    private int status(Path output, StringWriter out, StringWriter err) {
        List<String> args = new ArrayList<>(List.of("--project", project.toString(), "status", "--output",
                output.toString()));
        if (repository().url().isPresent()) {
            // the command reads its repository from the configuration, as an operator's would
            Path config = project.resolve("status-config.yaml");
            StringBuilder yaml = new StringBuilder("timezone: Europe/Moscow\nrepository:\n  url: " + repository().url().get());
            repository().user().ifPresent(user -> yaml.append("\n  user: ").append(user));
            repository().password().filter(pw -> !pw.isEmpty()).ifPresent(pw -> yaml.append("\n  password: ").append(pw));
            TestProject.write(config, yaml + "\n");
            args.addAll(List.of("--config", config.toString()));
        }
        return BriefingsCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args.toArray(String[]::new));
    }

    private static void signal(Process process, String signal) throws Exception {
        assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor()).isZero();
    }

    @Test
    void runsOfTwoEditionsAtOnce_andStatusMeanwhile_neverMakeEachOtherFail() throws Exception {
        // given a run of the sample edition in the middle of rendering, in its own process
        Path output = project.resolve("output");
        Process first = startChild(output, "render-chunk-1");
        awaitFault(first, "render-chunk-1");

        // when another edition is generated into the same output folder, and an operator asks for the status
        EditionLauncher.Result other = new EditionLauncher().run(request(output, LocalDate.of(2020, 11, 19),
                EditionLauncher.STUCK_AFTER));
        StringWriter out = new StringWriter();
        int status = status(output, out, new StringWriter());

        // then the other edition is published, the status lists both, and the first run goes on untouched
        assertThat(other.exitCode()).as(other.message() + other.problems()).isZero();
        assertThat(status).isZero();
        assertThat(out.toString()).contains("2020-11-19").contains("2020-11-20")
                .containsPattern("2020-11-20 generation 1: running \\(.*pid " + first.pid())
                // how far it came at its last commit: the first chunk of stories is written, not committed
                .containsPattern("2020-11-20 generation 1: running \\(.*\\), rendering: 0 of (\\d+) stories");
        assertThat(first.isAlive()).isTrue();
        first.destroy();
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(runInProcess(output).exitCode()).isZero();
    }

    @Test
    void statusPolledInALoop_neverMakesARunFail() throws Exception {
        // given a run of the sample edition (several render chunks) in its own process
        Path output = project.resolve("output");
        Process run = startChild(output, null);

        // when a monitor polls the status as fast as it can until the run ends
        int polls = 0;
        while (run.isAlive()) {
            StringWriter err = new StringWriter();
            int code = status(output, new StringWriter(), err);
            assertThat(code).as(err.toString()).isZero();
            polls++;
        }

        // then the run published its edition
        assertThat(run.exitValue()).as(childOutput()).isZero();
        assertThat(polls).isPositive();
        EditionChecks.filesMatchManifest(output.resolve("2020-11-20"));
    }

    @Test
    void runThatHangs_isReportedByTheNextRunWithExit1NamingIt_whileALiveOneGives4() throws Exception {
        // given a run that holds the edition, beating every second, and is then frozen (SIGSTOP)
        Path output = project.resolve("output");
        Duration limit = Duration.ofSeconds(5);
        Process frozen = startChild(output, "render-chunk-1", "2020-11-20", Map.of("BRIEFINGS_STUCK_AFTER", "5s"));
        awaitFault(frozen, "render-chunk-1");
        Thread.sleep(limit.plusSeconds(1).toMillis());
        EditionLauncher.Result whileAlive = new EditionLauncher().run(request(output, TestProject.SAMPLE_EDITION, limit));
        signal(frozen, "STOP");
        try {
            Thread.sleep(limit.plusMillis(1500).toMillis());

            // when the scheduler runs the edition again
            EditionLauncher.Result next = new EditionLauncher().run(request(output, TestProject.SAMPLE_EDITION, limit));

            // then a live holder means busy (4), a silent one means hung (1), named so that someone can act
            assertThat(whileAlive.outcome()).as(whileAlive.message()).isEqualTo(Outcome.BUSY);
            assertThat(next.outcome()).isEqualTo(Outcome.STUCK);
            assertThat(next.exitCode()).isEqualTo(1);
            assertThat(next.message()).contains("looks hung").contains("pid " + frozen.pid()).contains("kill it");
        } finally {
            signal(frozen, "CONT");
        }
    }

    /** Starts {@code briefings run} in its own JVM, stopping at a fault point when one is named. */
    Process startChild(Path output, String fault) throws IOException {
        return startChild(output, fault, "2020-11-20", Map.of());
    }

    /** Starts {@code briefings run} of an edition in its own JVM, with extra environment variables. */
    Process startChild(Path output, String fault, String date, Map<String, String> environment) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.briefings.cli.BriefingsCommand",
                "--project", project.toString(), "run", "--date", date, "--output", output.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        builder.redirectOutput(project.resolve(childLog(date, "out")).toFile());
        builder.redirectError(project.resolve(childLog(date, "err")).toFile());
        builder.environment().remove(Faults.VARIABLE);
        if (fault != null) {
            builder.environment().put(Faults.VARIABLE, fault);
        }
        repository().url().ifPresent(url -> builder.environment().put("BRIEFINGS_REPOSITORY_URL", url));
        repository().user().ifPresent(user -> builder.environment().put("BRIEFINGS_REPOSITORY_USER", user));
        repository().password().ifPresent(pw -> builder.environment().put("BRIEFINGS_REPOSITORY_PASSWORD", pw));
        builder.environment().putAll(environment);
        Process process = builder.start();
        children.add(process);
        return process;
    }

    /** The file a child's output goes to: child.out and child.err for the sample edition, else named by date. */
    static String childLog(String date, String stream) {
        return date.equals("2020-11-20") ? "child." + stream : "child-" + date + "." + stream;
    }

    void awaitFault(Process child, String fault) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Path err = project.resolve("child.err");
        while (System.nanoTime() < deadline) {
            if (Files.exists(err) && Files.readString(err, StandardCharsets.UTF_8).contains("briefings-fault: " + fault)) {
                return;
            }
            assertThat(child.isAlive()).as("the child stopped early: " + childOutput()).isTrue();
            Thread.sleep(50);
        }
        throw new AssertionError("the child never reached " + fault + ": " + childOutput());
    }

    /** Starts a run, sends it SIGTERM once it waits at the fault point, and returns it ended. */
    Process stoppedAt(Path output, String fault) throws Exception {
        Process stopped = startChild(output, fault);
        awaitFault(stopped, fault);
        stopped.destroy();
        assertThat(stopped.waitFor(60, TimeUnit.SECONDS)).as("the stopped run ended").isTrue();
        return stopped;
    }

    /** The edition published in the output folder is the one an uninterrupted run publishes, with nothing left over. */
    void assertSameAsAnUninterruptedRun(Path output) throws Exception {
        runInProcess(project.resolve("clean"));
        assertThat(contents(output.resolve("2020-11-20"))).isEqualTo(contents(project.resolve("clean/2020-11-20")));
        assertNoLeftovers(output);
    }

    private String childOutput() throws IOException {
        Path err = project.resolve("child.err");
        return Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8) : "";
    }

    @Test
    void unchangedRerun_isANoOpThatExits0() throws Exception {
        Path output = project.resolve("output");
        runInProcess(output);
        Map<String, String> before = contents(output.resolve("2020-11-20"));

        EditionLauncher.Result again = runInProcess(output);

        assertThat(again.outcome()).isEqualTo(Outcome.UP_TO_DATE);
        assertThat(again.exitCode()).isZero();
        assertThat(contents(output.resolve("2020-11-20"))).isEqualTo(before);
    }

    @Test
    void changedTranslation_regeneratesTheEdition() throws Exception {
        Path output = project.resolve("output");
        runInProcess(output);
        Path messages = project.resolve("translations/en/messages.yaml");
        TestProject.write(messages, TestProject.read(messages).replace("      Background\n", "      Context\n"));

        EditionLauncher.Result again = runInProcess(output);

        assertThat(again.outcome()).isEqualTo(Outcome.PUBLISHED);
        assertThat(Files.readString(output.resolve("2020-11-20/en/edition.txt"))).contains("\nContext\n");
    }

    @Test
    void ofTwoConcurrentRuns_theSecondExits4_namingTheFirst() throws Exception {
        Path output = project.resolve("output");
        Process first = startChild(output, "render-chunk-1");
        awaitFault(first, "render-chunk-1");

        EditionLauncher.Result second = runInProcess(output);

        assertThat(second.outcome()).isEqualTo(Outcome.BUSY);
        assertThat(second.exitCode()).isEqualTo(4);
        assertThat(second.message()).contains("pid " + first.pid()).contains("started");
    }

    @ParameterizedTest(name = "killed at {0}")
    @ValueSource(strings = {"render-chunk-2", "publish-document-ru-txt", "publish-documents", "publish-moved",
            "publish-switched"})
    void runKilledWithSigkill_isCompletedByTheNextRun_identicalToAnUninterruptedOne(String fault) throws Exception {
        // given a run killed at the fault point
        Path output = project.resolve("output");
        Process killed = startChild(output, fault);
        awaitFault(killed, fault);
        killed.destroyForcibly();
        assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        StringWriter status = new StringWriter();
        assertThat(status(output, status, new StringWriter())).isZero();
        assertThat(status.toString()).contains("2020-11-20 generation 1: ").contains("is gone").contains("resumes it");

        // when the scheduler runs it again
        EditionLauncher.Result next = runInProcess(output);

        // then the edition is complete and the same as a run nothing interrupted
        assertThat(next.exitCode()).isZero();
        // and the summary says which run it resumed (the killed one, which the next run marked failed);
        // killed after the switch, the edition was published already and the next run finds it up to date
        if (fault.equals("publish-switched")) {
            assertThat(next.message()).contains("is up to date");
        } else {
            assertThat(next.message()).contains("published to").contains("(resumed the run started ")
                    .endsWith(", which ended FAILED)");
        }
        EditionLauncher.Result clean = runInProcess(project.resolve("clean"));
        assertThat(clean.exitCode()).isZero();
        assertThat(clean.message()).doesNotContain("resumed");
        assertThat(contents(output.resolve("2020-11-20"))).isEqualTo(contents(project.resolve("clean/2020-11-20")));
        EditionChecks.filesMatchManifest(output.resolve("2020-11-20"));
        assertNoLeftovers(output);
        // and it was resumed, not made again from the start as after a power loss (the generation
        // killed while it published had moved its staged pages to their version folder already)
        assertThat(output.resolve("2020-11-20").toRealPath().getFileName().toString()).endsWith("-1");
        // and what the next run reuses was kept beside it
        assertThat(output.resolve(".renders").resolve(output.resolve("2020-11-20").toRealPath().getFileName())
                .resolve("stories.txt")).isRegularFile();
    }

    @ParameterizedTest(name = "incremental run killed at {0}")
    @ValueSource(strings = {"render-chunk-1", "publish-documents"})
    void incrementalRunKilledWithSigkill_isCompletedByTheNextRun_identicalToARunWithForce(String fault)
            throws Exception {
        // given an edition published twice, and a record and a Russian name changed since
        Path output = project.resolve("output");
        Path clean = project.resolve("clean");
        assertThat(runInProcess(output).exitCode()).isZero();
        assertThat(runInProcess(clean).exitCode()).isZero();
        Path record = project.resolve("events/2020-11-20/russia-coronavirus.yaml");
        TestProject.write(record, TestProject.read(record).replace("deaths: 461", "deaths: 462"));
        Path glossary = project.resolve("translations/ru/glossary.yaml");
        TestProject.write(glossary, TestProject.read(glossary).replace("  name: ТАСС\n", "  name: ИТАР-ТАСС\n"));

        // when the incremental run is killed, and the scheduler runs it again
        Process killed = startChild(output, fault);
        awaitFault(killed, fault);
        killed.destroyForcibly();
        assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        EditionLauncher.Result next = runInProcess(output);

        // then it reused what had not changed, and published what a run rendering everything publishes
        assertThat(next.exitCode()).isZero();
        EditionLauncher.Request plain = request(clean);
        EditionLauncher.Result forced = new EditionLauncher().run(new EditionLauncher.Request(plain.edition(),
                plain.events(), plain.output(), plain.translations(), plain.templates(), plain.configuration(),
                plain.locales(), plain.formats(), plain.timezone(), true, repository()));
        assertThat(forced.exitCode()).isZero();
        // (a run that only publishes counts what the attempt before it rendered)
        assertThat(next.renders().rendered()).isEqualTo(java.util.Map.of("en", 1L, "ru", 2L));
        assertThat(contents(output.resolve("2020-11-20"))).isEqualTo(contents(clean.resolve("2020-11-20")));
        assertThat(next.manifest().orElseThrow().changes()).isEqualTo(forced.manifest().orElseThrow().changes());
        EditionChecks.filesMatchManifest(output.resolve("2020-11-20"));
        assertNoLeftovers(output);
    }

    @Test
    void sigterm_stopsTheRunWithExit1_andTheNextRunResumesIt() throws Exception {
        Path output = project.resolve("output");
        Process stopped = stoppedAt(output, "render-chunk-1");

        assertThat(stopped.exitValue()).as(childOutput()).isEqualTo(1);
        assertThat(childOutput()).contains("stopped before it was published; the next run resumes it")
                .doesNotContain("JobInterruptedException");
        assertThat(output.resolve("2020-11-20")).doesNotExist();
        try (RunHistory history = RunHistory.open(repository(), output).orElseThrow()) {
            assertThat(history.runs(java.util.Optional.empty(), 1)).singleElement()
                    .satisfies(run -> assertThat(run.status()).isEqualTo("STOPPED"));
        }

        EditionLauncher.Result resumed = runInProcess(output);

        assertThat(resumed.exitCode()).isZero();
        assertThat(output.resolve("2020-11-20").toRealPath().getFileName().toString()).endsWith("-1");
        // every story rendered once over the two attempts: the resumed one went on after the first chunk
        // (the stop once closed the story reader under the running step, which saved its position as 0)
        long stories = resumed.manifest().orElseThrow().briefs() / 3 / 2;
        assertThat(resumed.renders().rendered()).isEqualTo(java.util.Map.of("en", stories, "ru", stories));
        assertSameAsAnUninterruptedRun(output);
    }

    @ParameterizedTest
    @ValueSource(strings = {"job-prepared", "job-begins"})
    void sigterm_beforeOrAsTheJobBegins_stopsItWithExit1_andTheNextRunPublishes(String fault) throws Exception {
        // given a run stopped by SIGTERM once its files are checked, before its job exists or as it begins
        Path output = project.resolve("output");
        Process stopped = stoppedAt(output, fault);

        // then it stops at once, says so, publishes nothing, and the next run publishes the edition
        assertThat(stopped.exitValue()).as(childOutput()).isEqualTo(1);
        assertThat(childOutput()).contains("stopped before it was published").doesNotContain("did not stop within");
        assertThat(output.resolve("2020-11-20")).doesNotExist();
        try (RunHistory history = RunHistory.open(repository(), output).orElseThrow()) {
            var runs = history.runs(java.util.Optional.empty(), 5);
            if (fault.equals("job-begins")) {
                assertThat(runs).singleElement().satisfies(run -> assertThat(run.status()).isEqualTo("STOPPED"));
            } else {
                assertThat(runs).isEmpty();
            }
        }
        EditionLauncher.Result next = runInProcess(output);
        assertThat(next.exitCode()).isZero();
        if (fault.equals("job-begins")) {
            // the stopped attempt never planned: its row keeps no counts once the resumed one has them
            try (RunHistory history = RunHistory.open(repository(), output).orElseThrow()) {
                assertThat(history.runs(java.util.Optional.empty(), 5)).satisfiesExactlyInAnyOrder(
                        run -> assertThat(run).extracting(RunHistory.Run::status, RunHistory.Run::records)
                                .containsExactly("STOPPED", 0),
                        run -> assertThat(run).extracting(RunHistory.Run::status, RunHistory.Run::stories)
                                .containsExactly("COMPLETED", next.manifest().orElseThrow().records().stories()));
            }
        }
        assertSameAsAnUninterruptedRun(output);
    }

    @Test
    void sigterm_afterTheJobHasEnded_stillPrintsTheSummary_andExitsWithTheRunsCode() throws Exception {
        Path output = project.resolve("output");
        Process stopped = stoppedAt(output, "job-ended");

        assertThat(stopped.exitValue()).as(childOutput()).isZero();
        assertThat(Files.readString(project.resolve("child.out"), StandardCharsets.UTF_8))
                .startsWith("Edition 2020-11-20 published to").contains("rendered   en");
        EditionChecks.filesMatchManifest(output.resolve("2020-11-20"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"publish-documents", "publish-switched"})
    void sigterm_duringPublication_letsItFinish_exit0_andTheRunIsRecordedCompleted(String fault) throws Exception {
        // given a run stopped by SIGTERM once it has begun to publish (before and after the switch)
        Path output = project.resolve("output");
        Process stopped = stoppedAt(output, fault);

        // then the edition is published, the process says so with exit 0, and the history agrees
        assertThat(stopped.exitValue()).as(childOutput()).isZero();
        assertThat(childOutput()).contains("Stop requested during publication")
                .doesNotContain("stopped before it was published");
        assertThat(Files.readString(project.resolve("child.out"), StandardCharsets.UTF_8))
                .startsWith("Edition 2020-11-20 published to").containsPattern("rendered   en (\\d+), ru \\1 of \\1 stories");
        EditionChecks.filesMatchManifest(output.resolve("2020-11-20"));
        try (RunHistory history = RunHistory.open(repository(), output).orElseThrow()) {
            assertThat(history.runs(java.util.Optional.empty(), 1)).singleElement()
                    .satisfies(run -> assertThat(run.status()).isEqualTo("COMPLETED"));
        }
        // and the next run finds it up to date, identical to an uninterrupted run's
        EditionLauncher.Result next = runInProcess(output);
        assertThat(next.outcome()).isEqualTo(Outcome.UP_TO_DATE);
        assertSameAsAnUninterruptedRun(output);
    }

    /**
     * No temporary file, link or staging area survives, and of each edition only the published
     * version and the one published before it remain (with the render cache of the published one).
     */
    static void assertNoLeftovers(Path output) throws IOException {
        try (Stream<Path> walk = Files.walk(output)) {
            assertThat(walk.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".tmp") || name.endsWith(".link"))).isEmpty();
        }
        try (Stream<Path> versions = Files.list(output.resolve(".editions"))) {
            for (Path version : versions.toList()) {
                LocalDate edition = LocalDate.parse(version.getFileName().toString().substring(0, 10));
                assertThat(Housekeeping.keptVersions(output, edition, Housekeeping.KEPT_GENERATIONS))
                        .contains(version.toAbsolutePath().normalize());
            }
        }
        if (Files.isDirectory(output.resolve(".renders"))) {
            try (Stream<Path> caches = Files.list(output.resolve(".renders"))) {
                for (Path cache : caches.toList()) {
                    LocalDate edition = LocalDate.parse(cache.getFileName().toString().substring(0, 10));
                    assertThat(output.resolve(edition.toString()).toRealPath().getFileName())
                            .isEqualTo(cache.getFileName());
                }
            }
        }
        if (Files.isDirectory(output.resolve(".work"))) {
            try (Stream<Path> work = Files.list(output.resolve(".work"))) {
                assertThat(work).isEmpty();
            }
        }
    }

    /** Every file of an edition (through its link) with its bytes' hash. */
    static Map<String, String> contents(Path edition) throws Exception {
        Path real = edition.toRealPath();
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(real)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(real.relativize(file).toString().replace(File.separatorChar, '/'), EditionChecks.sha256(file));
            }
        }
        return files;
    }
}
