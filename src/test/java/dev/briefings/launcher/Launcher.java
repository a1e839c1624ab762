package dev.briefings.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.briefings.TestProject;

/**
 * The real {@code ./briefings} launcher, run as a child process the way users run it: its own JVM
 * with the launcher's options and target/briefings.jar, so that its heap, its locale and what it
 * prints are the users'. Integration tests (*IT, run by failsafe after package) use it.
 */
final class Launcher {

    /** The project's top folder (failsafe runs tests there). */
    static final Path ROOT = TestProject.root();

    static final Path SCRIPT = ROOT.resolve("briefings");

    /** What the launcher prints when it has to build the program first. */
    private static final String BUILDING = "building the program";

    private Launcher() {
    }

    /**
     * Fails unless target/briefings.jar exists and nothing in pom.xml or src/main is newer: the
     * launcher's own test for a rebuild, run with the same {@code find}. Otherwise each launcher
     * run in a test would start a Maven build of its own inside the one running the tests.
     * {@code mvn verify} packages the jar (always written anew) before the integration tests.
     */
    static void assertJarIsFresh() throws Exception {
        assertThat(ROOT.resolve("target/briefings.jar"))
                .as("target/briefings.jar: run the integration tests through mvn verify, which packages it first")
                .isRegularFile();
        Process find = new ProcessBuilder("find", "pom.xml", "src/main", "-newer", "target/briefings.jar", "-print")
                .directory(ROOT.toFile()).redirectErrorStream(true).start();
        String newer = new String(find.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(find.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(find.exitValue()).as(newer).isZero();
        assertThat(newer)
                .as("files newer than target/briefings.jar, which would make the launcher build the program inside "
                        + "the test; run the integration tests through mvn verify, which packages first")
                .isEmpty();
    }

    /** What a run printed, decoded as UTF-8 (what the launcher promises), and how it exited. */
    record Result(int exit, String out, String err) {

        /** Standard output and error together: everything the user sees. */
        String said() {
            return out + "\n" + err;
        }
    }

    /**
     * Runs a command (the launcher, or a script that calls it) in {@code folder} with exactly the
     * given environment; standard output and error go to files in {@code logs}. Fails if the run
     * takes longer than {@code timeout} (the whole process tree is killed) or if the launcher had
     * to build the program.
     */
    static Result run(Path folder, Map<String, String> environment, Duration timeout, Path logs, List<String> command)
            throws IOException, InterruptedException {
        Files.createDirectories(logs);
        Path out = logs.resolve("launcher.out");
        Path err = logs.resolve("launcher.err");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(folder.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new AssertionError(command + " did not finish within " + timeout + "; it printed:\n"
                    + read(out) + "\n" + read(err));
        }
        Result result = new Result(process.exitValue(), read(out), read(err));
        assertNoBuild(result.err());
        return result;
    }

    /** Fails if the launcher's standard error says it built the program (it must find the jar fresh). */
    static void assertNoBuild(String err) {
        assertThat(err).as("the launcher must find target/briefings.jar fresh and not start a Maven build")
                .doesNotContain(BUILDING);
    }

    /** The test JVM's environment (what the caller has) less every BRIEFINGS_ setting, so that none changes the run. */
    static Map<String, String> callersEnvironment() {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.keySet().removeIf(name -> name.startsWith("BRIEFINGS_"));
        return environment;
    }

    /** A file's text as UTF-8; bytes that are not UTF-8 become U+FFFD rather than an exception. */
    static String read(Path file) throws IOException {
        return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
    }
}
