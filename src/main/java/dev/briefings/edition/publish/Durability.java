package dev.briefings.edition.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes what was written survive a power loss before the run relies on it: before the published
 * link is switched to a new version, and before the old version is deleted. One {@code syncfs}
 * of the output's file system (through coreutils' {@code sync -f}) writes every file and folder
 * of a new version in one go, where an {@code fsync} per file would take minutes for a large
 * edition; where that command is missing, every file and folder is synced one by one.
 */
public final class Durability {

    private static final Logger LOG = LoggerFactory.getLogger(Durability.class);

    private Durability() {
    }

    /** Writes to disk everything written so far under a folder (and on its file system). */
    public static void syncTree(Path folder) throws IOException {
        if (syncFileSystem(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.toList()) {
                sync(path);
            }
        }
    }

    /** Writes a folder's entries (names, renames, links) to disk. */
    public static void syncFolder(Path folder) throws IOException {
        sync(folder);
    }

    private static void sync(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (!Files.isDirectory(path)) {
                throw e;
            }
            // some systems cannot sync a folder through a channel; its files are synced
        }
    }

    private static boolean syncFileSystem(Path folder) {
        try {
            Process sync = new ProcessBuilder("sync", "-f", folder.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (sync.waitFor(10, TimeUnit.MINUTES) && sync.exitValue() == 0) {
                return true;
            }
            sync.destroyForcibly();
        } catch (IOException e) {
            LOG.debug("No sync command ({}); syncing file by file", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
