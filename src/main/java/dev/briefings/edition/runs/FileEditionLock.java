package dev.briefings.edition.runs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Optional;
import dev.briefings.edition.publish.EditionPaths;

/**
 * One run per edition at a time on this host, for the embedded repository: an operating-system
 * lock on {@code output/.locks/<date>.lock}, which holds the owner's host, pid and start time.
 * The system releases the lock when its process dies, even by {@code kill -9}, so a lock that
 * can be taken proves the previous owner is gone.
 */
public final class FileEditionLock implements EditionLock {

    private final FileChannel channel;
    private final FileLock lock;

    private FileEditionLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock if free.
     *
     * @return the lock, or empty when another run holds it (see {@link #owner})
     */
    public static Optional<EditionLock> tryAcquire(Path output, LocalDate edition) throws IOException {
        Path file = file(output, edition);
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(EditionLock.describeSelf().getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return Optional.of(new FileEditionLock(channel, lock));
    }

    /** What the holder of an edition's lock wrote about itself. */
    public static String owner(Path output, LocalDate edition) {
        try {
            String text = Files.readString(file(output, edition), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "an unknown process" : text;
        } catch (IOException e) {
            return "an unknown process";
        }
    }

    private static Path file(Path output, LocalDate edition) {
        return EditionPaths.locksFolder(output).resolve(edition + ".lock");
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
