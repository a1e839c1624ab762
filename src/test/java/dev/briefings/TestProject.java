package dev.briefings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import dev.briefings.i18n.Translations;
import dev.briefings.render.OutputFormat;
import dev.briefings.render.TemplateSet;
import dev.briefings.edition.EditionLauncher;
import dev.briefings.edition.runs.RepositorySettings;

/** The project's real files, and copies of them that a test may change. */
public final class TestProject {

    /** The sample edition's date. */
    public static final LocalDate SAMPLE_EDITION = LocalDate.of(2020, 11, 20);

    public static final ZoneId NEWSROOM = ZoneId.of("Europe/Moscow");

    /** The id of the seed story's main record. */
    public static final String SEED = "2020-11-19-rosgvardia-belarus-agreement";

    private static Translations translations;

    private TestProject() {
    }

    /** The repository's top folder (Maven runs tests there). */
    public static Path root() {
        return Path.of("").toAbsolutePath();
    }

    /** The shipped translations, loaded once for all tests that only read them. */
    public static synchronized Translations translations() {
        if (translations == null) {
            translations = Translations.load(root().resolve("translations"));
        }
        return translations;
    }

    public static TemplateSet templates() {
        return new TemplateSet(root().resolve("templates"));
    }

    /** Copies events/, translations/, templates/ and briefings.yaml into a folder a test may change. */
    public static Path copy(Path target) {
        for (String folder : List.of("events", "translations", "templates")) {
            copyTree(root().resolve(folder), target.resolve(folder));
        }
        try {
            Files.copy(root().resolve("briefings.yaml"), target.resolve("briefings.yaml"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Deletes a folder and everything in it. */
    public static void deleteTree(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A run of the sample edition from a project folder into an output folder, all locales and formats. */
    public static EditionLauncher.Request request(Path project, Path output) {
        return request(project, output, SAMPLE_EDITION, List.of());
    }

    public static EditionLauncher.Request request(Path project, Path output, LocalDate edition, List<String> locales) {
        return new EditionLauncher.Request(edition, project.resolve("events"), output, project.resolve("translations"),
                project.resolve("templates"), List.of(project.resolve("briefings.yaml")), locales,
                List.of(OutputFormat.values()), NEWSROOM, false, RepositorySettings.embedded());
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
