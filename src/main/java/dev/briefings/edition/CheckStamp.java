package dev.briefings.edition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers that the project files passed the check a run makes, so that the next run with the
 * same translations, templates, locales and program does not check them again: the check reads
 * every message and glossary, which costs more than the rest of a small run. Kept in
 * {@code output/.checked} as the digest of what was checked; any change to those files, the
 * locales or the program makes another digest, and the check runs again. The launcher also keeps
 * the digests that passed beside the program ({@code target/.checked/}, one empty file each), so a
 * run into a new or emptied output folder skips the check too.
 */
final class CheckStamp {

    private static final Logger LOG = LoggerFactory.getLogger(CheckStamp.class);

    static final String FILE = ".checked";

    private CheckStamp() {
    }

    /** The digest of what a run's check reads. */
    static String digest(Path translations, Path templates, List<String> locales, String program) throws IOException {
        return new InputFingerprint().folder("translations", translations).folder("templates", templates)
                .text("locales " + String.join(",", locales)).text("program " + program).hex();
    }

    /**
     * Whether files with this digest passed the check before: in this output folder, or in the
     * program's own folder of digests that passed (the launcher's {@code target/.checked/}), so that
     * a run into a new output folder does not check the same files again either.
     */
    static boolean passed(Path output, Optional<Path> shared, String digest) {
        return passed(output, digest) || shared.map(folder -> Files.isRegularFile(folder.resolve(digest))).orElse(false);
    }

    /** Whether files with this digest passed the check before, in this output folder. */
    static boolean passed(Path output, String digest) {
        Path file = output.resolve(FILE);
        try {
            return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).strip().equals(digest);
        } catch (IOException e) {
            return false;
        }
    }

    /** Records that files with this digest passed, in the output folder and the shared folder. */
    static void record(Path output, Optional<Path> shared, String digest) {
        record(output, digest);
        shared.ifPresent(folder -> {
            if (Files.isRegularFile(folder.resolve(digest))) {
                return;
            }
            try {
                Files.createDirectories(folder);
                Files.write(folder.resolve(digest), new byte[0]);
                forgetOld(folder);
            } catch (IOException | UncheckedIOException e) {
                LOG.debug("Cannot record in {} that the project files passed the check ({})", folder, e.getMessage());
            }
        });
    }

    /** Digests of files as they were more than {@value #SHARED_DAYS} days ago are not worth keeping. */
    private static void forgetOld(Path folder) throws IOException {
        FileTime before = FileTime.from(Instant.now().minus(Duration.ofDays(SHARED_DAYS)));
        try (Stream<Path> digests = Files.list(folder)) {
            for (Path file : digests.toList()) {
                if (Files.getLastModifiedTime(file).compareTo(before) < 0) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    static final int SHARED_DAYS = 30;

    /** Records that files with this digest passed; a folder that cannot be written only costs a check next time. */
    static void record(Path output, String digest) {
        if (passed(output, digest)) {
            return;
        }
        try {
            Path temp = Files.createTempFile(output, FILE, ".tmp");
            try {
                Files.writeString(temp, digest + "\n", StandardCharsets.UTF_8);
                Files.move(temp, output.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            LOG.debug("Cannot record that the project files passed the check ({}); the next run checks them again",
                    e.getMessage());
        }
    }
}
