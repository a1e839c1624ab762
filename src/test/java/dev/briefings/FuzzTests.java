package dev.briefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefings.data.InvalidProjectFile;
import dev.briefings.edition.EditionLauncher;
import dev.briefings.edition.publish.Manifest;
import dev.briefings.edition.ProjectCheck;

/**
 * Seeded random mutations of valid record files and message files (deleted, inserted and swapped
 * text, YAML and ICU syntax, control and non-Latin characters). Whatever the mutation, a run never
 * crashes: it publishes (exit 0 or 3, with every record accounted for and no syntax leaking into
 * the text) or refuses the project files (exit 2); and it never writes outside its output folder.
 * The seed is fixed, so a failure names a mutation that reproduces it; raise
 * {@code -Dfuzz.iterations} for a longer search.
 */
class FuzzTests {

    private static final long SEED = 20201120L;
    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 30);
    private static final String ALPHABET = "{}[]:,-#&*!|>'\"%@`\\ \n\t\u0000\u0007\u202eабвгде日本語éüß0123456789 =?";

    @TempDir
    Path project;

    @Test
    void mutatedRecords_neverCrashTheRun_andEveryRecordIsAccountedFor() throws Exception {
        TestProject.copy(project);
        List<Path> files = dataFiles(project.resolve("events"));
        Random random = new Random(SEED);
        for (int i = 0; i < ITERATIONS; i++) {
            Path file = files.get(random.nextInt(files.size()));
            String original = Files.readString(file, StandardCharsets.UTF_8);
            String mutation = mutate(original, random);
            Files.writeString(file, mutation, StandardCharsets.UTF_8);
            try {
                runAndCheck("record mutation " + i + " of " + project.relativize(file), i, false);
            } finally {
                Files.writeString(file, original, StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void mutatedMessages_neverCrashTheRun_andNeverLeakSyntax() throws Exception {
        TestProject.copy(project);
        List<Path> files = dataFiles(project.resolve("translations/ru"));
        Random random = new Random(SEED + 1);
        for (int i = 0; i < ITERATIONS; i++) {
            Path file = files.get(random.nextInt(files.size()));
            String original = Files.readString(file, StandardCharsets.UTF_8);
            Files.writeString(file, mutate(original, random), StandardCharsets.UTF_8);
            try {
                runAndCheck("message mutation " + i + " of " + project.relativize(file), i, true);
            } finally {
                Files.writeString(file, original, StandardCharsets.UTF_8);
            }
        }
    }

    private void runAndCheck(String what, int iteration, boolean projectFilesMayBeRefused) throws Exception {
        Path output = project.resolve("output-" + iteration);
        Set<String> before = filesOutside(output);
        EditionLauncher.Result result;
        try {
            result = new EditionLauncher().run(TestProject.request(project, output));
        } catch (ProjectCheck.FilesInvalid | InvalidProjectFile refused) {
            assertThat(projectFilesMayBeRefused).as(what + " refused: " + refused.getMessage()).isTrue();
            assertThat(output.resolve("2020-11-20")).as(what).doesNotExist();
            assertThat(filesOutside(output)).as(what + " wrote outside its output").isEqualTo(before);
            return;
        } catch (RuntimeException crash) {
            throw new AssertionError(what + " crashed the run", crash);
        }
        assertThat(result.exitCode()).as(what + ": " + result.message() + " " + result.problems()).isIn(0, 3);
        assertThat(result.manifest()).isPresent();
        Manifest manifest = EditionChecks.manifest(output.resolve("2020-11-20"));
        var counts = manifest.records();
        // a file that cannot be read counts once, as one rejection standing for what it holds
        assertThat(counts.read()).as(what + " accounts for every record")
                .isEqualTo(counts.stories() + counts.background() + counts.otherEditions() + counts.rejected());
        assertThat(manifest.files().stream().filter(f -> f.story() != null).map(Manifest.FileEntry::story).distinct().count())
                .as(what + ": a brief per story").isEqualTo(counts.stories());
        EditionChecks.filesMatchManifest(output.resolve("2020-11-20"));
        for (Manifest.FileEntry file : manifest.files()) {
            String text = EditionChecks.visibleText(Files.readString(output.resolve("2020-11-20").resolve(file.path())),
                    file.format());
            assertThat(text).as(what + ": " + file.path()).doesNotContain("{", "}");
        }
        assertThat(filesOutside(output)).as(what + " wrote outside its output").isEqualTo(before);
    }

    /** One random edit: delete, insert, duplicate, swap or truncate. */
    static String mutate(String text, Random random) {
        if (text.isEmpty()) {
            return String.valueOf(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        int at = random.nextInt(text.length());
        int length = 1 + random.nextInt(Math.min(12, text.length() - at));
        return switch (random.nextInt(6)) {
            case 0 -> text.substring(0, at) + text.substring(at + length);
            case 1 -> {
                StringBuilder inserted = new StringBuilder();
                for (int i = 0; i < 1 + random.nextInt(5); i++) {
                    inserted.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                yield text.substring(0, at) + inserted + text.substring(at);
            }
            case 2 -> {
                List<String> lines = text.lines().toList();
                int line = random.nextInt(lines.size());
                List<String> copy = new java.util.ArrayList<>(lines);
                copy.add(line, lines.get(line));
                yield String.join("\n", copy) + "\n";
            }
            case 3 -> {
                List<String> lines = new java.util.ArrayList<>(text.lines().toList());
                java.util.Collections.swap(lines, random.nextInt(lines.size()), random.nextInt(lines.size()));
                yield String.join("\n", lines) + "\n";
            }
            case 4 -> text.substring(0, at);
            default -> text.substring(0, at) + text.substring(at, at + length).toUpperCase(java.util.Locale.ROOT)
                    + text.substring(at + length);
        };
    }

    private static List<Path> dataFiles(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json"))
                    .filter(f -> !f.toString().endsWith(".schema.json")).sorted().toList();
        }
    }

    /** Every file of the project outside the given output folder and the other outputs. */
    private Set<String> filesOutside(Path output) throws Exception {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(project)) {
            walk.map(p -> project.relativize(p).toString()).filter(p -> !p.startsWith("output")).forEach(files::add);
        }
        return files;
    }
}
