package dev.briefings.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class archive (#15): the first run of a command writes an archive of the classes
 * it loaded, a later launch adopts it once its writer is gone and it loads, and runs after that
 * start from it. A dump cut short (its writer killed while writing) would crash the JVM that maps
 * it: the launcher must throw it away, not use it. Nothing of this may show in what a run prints.
 * <p>
 * Uses the {@code history} command, which no other launcher test runs, so that its archive files
 * are this test's alone.
 */
class ClassArchiveIT {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final String COMMAND = "history";

    @TempDir
    Path work;

    @BeforeAll
    static void theJarIsBuiltAndFresh() throws Exception {
        Launcher.assertJarIsFresh();
    }

    @Test
    void theFirstRunWritesTheArchive_aLaterOneAdoptsIt_andTheOutputIsTheSame() throws Exception {
        // given no archive of the command for this jar
        Archives archives = archives();
        archives.removeAll();

        // when the command runs for the first time
        Launcher.Result first = history("first");

        // then it wrote a dump named by its process id, marked as a run that did the command's work,
        // and printed nothing about it
        assertThat(first.exit()).as(first.said()).isZero();
        assertThat(archives.dumps()).as("the first run's dump").hasSize(1);
        assertThat(archives.markers()).as("its marker").hasSize(1);
        assertThat(archives.adopted()).isEmpty();
        assertNothingAboutArchives(first);

        // when it runs again, the dump is checked and adopted; and a third run starts from it
        Launcher.Result second = history("second");
        Launcher.Result third = history("third");

        assertThat(archives.adopted()).as("the adopted archive").hasSize(1);
        assertThat(archives.dumps()).as("dumps left after adoption").isEmpty();
        assertThat(archives.markers()).as("markers left after adoption").isEmpty();
        assertThat(second.exit()).as(second.said()).isZero();
        assertThat(third.exit()).as(third.said()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(third.out()).isEqualTo(first.out());
        assertNothingAboutArchives(second);
        assertNothingAboutArchives(third);
    }

    @Test
    void aDumpCutShortIsThrownAway_andTheRunSucceeds() throws Exception {
        // given a complete archive, made by a first run and adopted by a second
        Archives archives = archives();
        archives.removeAll();
        Launcher.Result reference = history("reference");
        history("adopting");
        assertThat(archives.adopted()).hasSize(1);
        Path archive = archives.adopted().get(0);
        // and, instead of it, the first 64 KB of it under the name of a writer that is gone: a dump
        // whose process was killed while it wrote (a JVM that maps such a file dies of SIGBUS)
        long gone = finishedProcessId();
        // (marked as a whole run's: the writer leaves the marker before the JVM writes the dump)
        Path cutShort = archive.resolveSibling(archive.getFileName() + "." + gone);
        byte[] whole = Files.readAllBytes(archive);
        Files.write(cutShort, java.util.Arrays.copyOf(whole, 64 * 1024));
        Files.write(cutShort.resolveSibling(cutShort.getFileName() + ".ok"), new byte[0]);
        Files.delete(archive);

        // when the command runs
        Launcher.Result run = history("after-cut-short");

        // then it ran as before, the cut-short dump is gone and was never adopted, and the JVM did not crash
        assertThat(run.exit()).as(run.said()).isZero();
        assertThat(run.out()).isEqualTo(reference.out());
        assertThat(cutShort).doesNotExist();
        assertThat(cutShort.resolveSibling(cutShort.getFileName() + ".ok")).as("its marker").doesNotExist();
        assertThat(archives.adopted()).as("a cut-short dump must not become the archive").isEmpty();
        assertThat(run.said()).doesNotContain("fatal error", "SIGBUS");
        try (Stream<Path> files = Files.list(work)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.startsWith("hs_err"));
        }
        assertNothingAboutArchives(run);
    }

    @Test
    void aFirstRunThatStoppedEarly_isNotAdopted_theNextWholeRunsDumpIs() throws Exception {
        // given no archive, and a first run with a mistyped option: it loaded a fraction of the
        // classes a run of the command loads
        Archives archives = archives();
        archives.removeAll();
        Launcher.Result mistyped = Launcher.run(work, environment(Map.of()), TIMEOUT, work.resolve("logs-mistyped"),
                List.of(Launcher.SCRIPT.toString(), COMMAND, "--output", work.resolve("output").toString(), "--olderr"));
        assertThat(mistyped.exit()).as(mistyped.said()).isEqualTo(2);
        assertThat(archives.dumps()).as("the mistyped run's dump").hasSize(1);
        Path early = archives.dumps().get(0);
        long earlySize = Files.size(early);
        assertThat(archives.markers()).as("a run that stopped early is not marked").isEmpty();

        // when the command runs as meant, twice
        Launcher.Result whole = history("whole");
        assertThat(early).as("the early run's dump, thrown away").doesNotExist();
        assertThat(archives.adopted()).as("nothing adopted from the early run").isEmpty();
        Launcher.Result next = history("next");

        // then the whole run's dump is the archive
        assertThat(whole.exit()).as(whole.said()).isZero();
        assertThat(next.exit()).as(next.said()).isZero();
        assertThat(archives.adopted()).as("the whole run's archive").hasSize(1);
        assertThat(Files.size(archives.adopted().get(0))).as("the whole run's archive against the early one's")
                .isGreaterThan(earlySize);
        assertNothingAboutArchives(mistyped);
    }

    @Test
    void aHelpOrVersionRun_writesNoDump() throws Exception {
        // given no archive of the command (a --help would never be adopted: writing one only costs time)
        Archives archives = archives();
        archives.removeAll();

        for (String flag : List.of("--help", "-h", "--version")) {
            Launcher.Result run = Launcher.run(work, environment(Map.of()), TIMEOUT, work.resolve("logs-" + flag),
                    List.of(Launcher.SCRIPT.toString(), COMMAND, flag));

            assertThat(run.exit()).as(run.said()).isZero();
            assertThat(archives.dumps()).as("dumps after " + COMMAND + " " + flag).isEmpty();
            assertNothingAboutArchives(run);
        }
    }

    @Test
    void withTheArchivesOff_noneIsWritten() throws Exception {
        Archives archives = archives();
        archives.removeAll();

        Launcher.Result run = Launcher.run(work, environment(Map.of("BRIEFINGS_CDS", "off")), TIMEOUT,
                work.resolve("logs-off"), List.of(Launcher.SCRIPT.toString(), COMMAND, "--output",
                        work.resolve("output").toString()));

        assertThat(run.exit()).as(run.said()).isZero();
        assertThat(archives.adopted()).isEmpty();
        assertThat(archives.dumps()).isEmpty();
    }

    private Launcher.Result history(String label) throws IOException, InterruptedException {
        return Launcher.run(work, environment(Map.of()), TIMEOUT, work.resolve("logs-" + label),
                List.of(Launcher.SCRIPT.toString(), COMMAND, "--output", work.resolve("output").toString()));
    }

    private static Map<String, String> environment(Map<String, String> settings) {
        Map<String, String> environment = Launcher.callersEnvironment();
        environment.putAll(settings);
        return environment;
    }

    private static void assertNothingAboutArchives(Launcher.Result run) {
        assertThat(run.said()).as("what the run printed").doesNotContain("[cds]", "shared archive", "CDS",
                "SharedArchiveFile");
    }

    /**
     * The file names the launcher gives this command's archives for the jar: target/briefings-run-<first
     * 16 hex digits of the jar's SHA-256>.jar.history.<the JVM's checksum>.jsa, and .<pid> after it for a dump.
     */
    private static Archives archives() throws Exception {
        byte[] jar = Files.readAllBytes(Launcher.ROOT.resolve("target/briefings.jar"));
        String sum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jar)).substring(0, 16);
        return new Archives(Launcher.ROOT.resolve("target"), "briefings-run-" + sum + ".jar." + COMMAND + ".");
    }

    private record Archives(Path folder, String prefix) {

        private List<Path> matching(java.util.function.Predicate<String> rest) throws IOException {
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(file -> {
                    String name = file.getFileName().toString();
                    return name.startsWith(prefix) && rest.test(name.substring(prefix.length()));
                }).toList();
            }
        }

        /** The adopted archive, if any. */
        List<Path> adopted() throws IOException {
            return matching(rest -> rest.matches("[0-9]+\\.jsa"));
        }

        /** The marks runs left beside their dumps: the run did the command's usual work. */
        List<Path> markers() throws IOException {
            return matching(rest -> rest.matches("[0-9]+\\.jsa\\.[0-9]+\\.ok"));
        }

        /** Dumps not (yet) adopted: named by their writer's process id. */
        List<Path> dumps() throws IOException {
            return matching(rest -> rest.matches("[0-9]+\\.jsa\\.[0-9]+"));
        }

        void removeAll() throws IOException {
            for (Path file : matching(rest -> true)) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** The id of a process that has ended. */
    private static long finishedProcessId() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }
}
