package dev.briefings.edition;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One run per edition at a time on this host: an operating-system lock on
 * {@code output/.locks/<date>.lock}, which holds the owner's host, pid and start time. The
 * system releases the lock when its process dies, even by {@code kill -9}, so a lock that can be
 * taken proves the previous owner is gone.
 */
public final class EditionLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private EditionLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Who holds a lock: "host pid 1234, started 2026-11-25T03:00:00Z". */
    public record Owner(String description) {
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
        channel.write(ByteBuffer.wrap(describeSelf().getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return Optional.of(new EditionLock(channel, lock));
    }

    /** What the holder of an edition's lock wrote about itself. */
    public static Owner owner(Path output, LocalDate edition) {
        try {
            String text = Files.readString(file(output, edition), StandardCharsets.UTF_8).strip();
            return new Owner(text.isEmpty() ? "an unknown process" : text);
        } catch (IOException e) {
            return new Owner("an unknown process");
        }
    }

    private static Path file(Path output, LocalDate edition) {
        return EditionPaths.locksFolder(output).resolve(edition + ".lock");
    }

    private static String describeSelf() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        long pid = ProcessHandle.current().pid();
        Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        return "host " + host + ", pid " + pid + ", started " + started;
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
