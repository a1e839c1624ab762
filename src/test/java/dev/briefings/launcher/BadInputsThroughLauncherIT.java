package dev.briefings.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.briefings.data.ListNode;
import dev.briefings.data.MapReader;
import dev.briefings.data.Node;
import dev.briefings.data.TreeReader;

/**
 * Every case under src/test/resources/bad-inputs/ run through the real {@code ./briefings} and
 * target/briefings.jar, as users meet it: a JVM of its own with the launcher's fixed 256 MB heap,
 * and what it prints on standard output and error. {@code run-all --work DIR CASE} runs the case,
 * so the records, generated files and options are exactly the ones {@code run-all} gives
 * ./briefings, as a user meets them: the launcher's fixed heap, its environment, the real jar.
 */
class BadInputsThroughLauncherIT {

    private static final Path CASES = Launcher.ROOT.resolve("src/test/resources/bad-inputs");

    /** Case 15 (50 MB of records) takes about 40 s on a 2-core machine; a hung run fails long before CI's limit. */
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    /** Folders of the project that a run may write to, or that are too big to list for every case. */
    private static final Set<String> NOT_COMPARED = Set.of("target", "output", ".git", "node_modules");

    @TempDir
    Path work;

    @BeforeAll
    static void theJarIsBuiltAndFresh() throws Exception {
        Launcher.assertJarIsFresh();
    }

    static Stream<String> cases() throws Exception {
        try (Stream<Path> listing = Files.list(CASES)) {
            return listing.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInput_throughTheLauncher_endsWithItsExitCodeAndAClearMessage(String name) throws Exception {
        // given the case's expectations, a work folder of its own (run-all puts the output folder and any
        // generated records there) and the caller's environment without BRIEFINGS_ settings, so the
        // launcher's own JVM options (the 256 MB heap) are the ones used
        Path folder = CASES.resolve(name);
        MapReader expect = MapReader.of(new TreeReader().read(folder.resolve("expect.yaml")).orElseThrow(), "");
        Path caseWork = work.resolve("case");
        Set<String> before = projectFiles();

        // when run-all runs the case through ./briefings in processes of their own
        Launcher.Result runAll = Launcher.run(Launcher.ROOT, Launcher.callersEnvironment(), TIMEOUT, work.resolve("logs"),
                List.of(CASES.resolve("run-all").toString(), "--work", caseWork.toString(), name));

        // then the launcher ran the jar as built, exited as expected and said so, with no stack trace
        assertThat(caseWork.resolve("exit")).as("run-all ran the launcher:\n" + runAll.said()).isRegularFile();
        int code = Integer.parseInt(Launcher.read(caseWork.resolve("exit")).strip());
        String out = Launcher.read(caseWork.resolve("out"));
        String err = Launcher.read(caseWork.resolve("err"));
        String said = out + "\n" + err;
        Launcher.assertNoBuild(err);
        assertThat(code).as(said).isEqualTo(Integer.parseInt(expect.string("exit")));
        assertThat(runAll.exit()).as("run-all exits with the case's code").isEqualTo(code);
        assertThat(said).contains(expect.string("message")).doesNotContain("\tat ").doesNotContain("Exception in");
        if (code == 0 || code == 3) {
            assertThat(said).as("the valid records beside the bad ones are published").containsPattern("stories +[1-9]");
        }
        // and the published files hold what they must and never what they must not
        Path edition = caseWork.resolve("output").resolve("2020-11-20");
        for (Node check : expect.optional("output").map(n -> ((ListNode) n).items()).orElse(List.of())) {
            MapReader file = MapReader.of(check, "output");
            String content = Files.readString(edition.resolve(file.string("file")), StandardCharsets.UTF_8);
            file.optionalString("contains").ifPresent(text -> assertThat(content).contains(text));
            for (String excluded : file.strings("excludes")) {
                assertThat(content).doesNotContain(excluded);
            }
        }
        // and nothing is written outside the output folder
        assertThat(projectFiles()).isEqualTo(before);
        assertThat(Path.of("/tmp/briefings-escape")).doesNotExist();
    }

    /** The project's files and folders, less those a run may write to and the build's. */
    private static Set<String> projectFiles() throws Exception {
        Path root = Launcher.ROOT;
        Set<String> files = new TreeSet<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (!dir.equals(root) && NOT_COMPARED.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                files.add(root.relativize(dir).toString());
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (!NOT_COMPARED.contains(file.getFileName().toString())) {
                    files.add(root.relativize(file).toString());
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }
}
