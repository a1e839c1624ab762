package dev.briefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.briefings.cli.BriefingsCommand;
import dev.briefings.data.ListNode;
import dev.briefings.data.MapReader;
import dev.briefings.data.Node;
import dev.briefings.data.TreeReader;

/**
 * Every case under src/test/resources/bad-inputs/ (the same ones {@code run-all} there prints): the
 * run ends with the expected exit code and says the expected thing, valid records beside the bad
 * ones still render, nothing is written outside the output folder, and the published files hold
 * what they must (escaped HTML and Markdown, cleaned text) and never what they must not.
 */
class BadInputsTests {

    private static final Path CASES = TestProject.root().resolve("src/test/resources/bad-inputs");

    @TempDir
    Path work;

    static Stream<String> cases() throws Exception {
        try (Stream<Path> listing = Files.list(CASES)) {
            return listing.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInput_endsWithItsExitCodeAndAClearMessage(String name) throws Exception {
        // given the case's records (generated ones included) and options
        Path folder = CASES.resolve(name);
        MapReader expect = MapReader.of(new TreeReader().read(folder.resolve("expect.yaml")).orElseThrow(), "");
        Path events = folder.resolve("events");
        if (Files.exists(folder.resolve("generate"))) {
            TestProject.copyTree(events, work.resolve("events"));
            Process generate = new ProcessBuilder(folder.resolve("generate").toString(), work.resolve("events").toString())
                    .inheritIO().start();
            assertThat(generate.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(generate.exitValue()).isZero();
            events = work.resolve("events");
        }
        List<String> args = new ArrayList<>(List.of("--project", TestProject.root().toString(), "run"));
        List<String> extra = Files.exists(folder.resolve("args"))
                ? List.of(Files.readString(folder.resolve("args")).strip().replace("{case}", folder.toString()).split(" "))
                : List.of();
        if (!extra.contains("--date")) {
            args.addAll(List.of("--date", "2020-11-20"));
        }
        if (!extra.contains("--events")) {
            args.addAll(List.of("--events", events.toString()));
        }
        Path output = work.resolve("output");
        if (!extra.contains("--output")) {
            args.addAll(List.of("--output", output.toString()));
        }
        args.addAll(extra);
        Set<String> before = files(TestProject.root(), Set.of("target", "output", ".git"));

        // when the run is made
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BriefingsCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args.toArray(String[]::new));

        // then it exits as expected and says so, with no stack trace
        String said = out + "\n" + err;
        assertThat(code).as(said).isEqualTo(Integer.parseInt(expect.string("exit")));
        assertThat(said).contains(expect.string("message")).doesNotContain("\tat ").doesNotContain("Exception in");
        if (code == 0 || code == 3) {
            assertThat(said).as("the valid records beside the bad ones are published").containsPattern("stories +[1-9]");
        }
        for (Node check : expect.optional("output").map(n -> ((ListNode) n).items()).orElse(List.of())) {
            MapReader file = MapReader.of(check, "output");
            String content = Files.readString(output.resolve("2020-11-20").resolve(file.string("file")), StandardCharsets.UTF_8);
            file.optionalString("contains").ifPresent(text -> assertThat(content).contains(text));
            for (String excluded : file.strings("excludes")) {
                assertThat(content).doesNotContain(excluded);
            }
        }
        // and nothing is written outside the output folder
        assertThat(files(TestProject.root(), Set.of("target", "output", ".git"))).isEqualTo(before);
        assertThat(Path.of("/tmp/briefings-escape")).doesNotExist();
    }

    private static Set<String> files(Path root, Set<String> skipped) throws Exception {
        Set<String> files = new TreeSet<>();
        // skipped folders are not entered at all: target/ may hold a benchmark's large trees
        Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes attributes) {
                if (!dir.equals(root) && skipped.contains(root.relativize(dir).getName(0).toString())) {
                    return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                }
                files.add(root.relativize(dir).toString());
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
                if (!skipped.contains(root.relativize(file).getName(0).toString())) {
                    files.add(root.relativize(file).toString());
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        return files;
    }
}
