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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.briefings.edition.publish.EditionPaths;

/**
 * One run per edition at a time on this host, for an H2 repository: an operating-system lock on
 * {@code output/.locks/<date>.lock}, which holds the owner's host, pid and start time, one
 * {@code key=value} per line. The system releases the lock when its process dies, even by
 * {@code kill -9}, so a lock that can be taken proves the previous owner is gone. The holder's
 * heartbeat is the file's modification time, touched at a fixed interval by a daemon thread.
 */
public final class FileEditionLock implements EditionLock {

    private final FileChannel channel;
    private final FileLock lock;
    private final Heartbeat heartbeat;

    private FileEditionLock(FileChannel channel, FileLock lock, byte[] content, Duration interval) {
        this.channel = channel;
        this.lock = lock;
        // Each beat writes the same bytes again through the channel that holds the lock, which moves
        // the file's modification time. Never open the file again in this process to touch it: closing
        // any other descriptor of a file releases the process's POSIX locks on it.
        this.heartbeat = new Heartbeat(interval, () -> channel.write(ByteBuffer.wrap(content), 0));
    }

    /**
     * Takes the lock if free.
     *
     * @param heartbeat how often the holder shows it is alive
     * @return the lock, or empty when another run holds it (see {@link #holder})
     */
    public static Optional<EditionLock> tryAcquire(Path output, LocalDate edition, Duration heartbeat) throws IOException {
        Path file = file(output, edition);
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        byte[] self = ("host=" + EditionLock.hostName() + "\npid=" + ProcessHandle.current().pid() + "\nstarted="
                + EditionLock.processStart() + "\n").getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(self), 0);
        channel.force(false);
        return Optional.of(new FileEditionLock(channel, lock, self, heartbeat));
    }

    /** How long a lock found held but empty is read again: its taker writes who it is right after taking it. */
    static final Duration TAKING = Duration.ofMillis(500);

    /**
     * The holder of a lock that could not be taken. Two runs started in the same instant: the
     * loser may read the file between the winner's taking the lock and writing who it is, and
     * would name "an unknown process"; it reads again, for a moment, until the holder is named.
     */
    public static LockHolder holderOfTakenLock(Path output, LocalDate edition) {
        long deadline = System.nanoTime() + TAKING.toNanos();
        LockHolder holder = holder(output, edition);
        while (holder.heartbeat().isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            holder = holder(output, edition);
        }
        return holder;
    }

    /** What the holder of an edition's lock wrote about itself, and its last heartbeat. */
    public static LockHolder holder(Path output, LocalDate edition) {
        Path file = file(output, edition);
        try {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    fields.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
                }
            }
            Instant beat = Files.getLastModifiedTime(file).toInstant();
            if (!fields.containsKey("pid")) {
                return LockHolder.unknown("an unknown process"); // released, or being taken this instant
            }
            return new LockHolder("host " + fields.getOrDefault("host", "unknown") + ", pid " + fields.get("pid")
                    + ", started " + fields.getOrDefault("started", "at an unknown time"), Optional.of(beat));
        } catch (IOException e) {
            return LockHolder.unknown("an unknown process");
        }
    }

    private static Path file(Path output, LocalDate edition) {
        return EditionPaths.locksFolder(output).resolve(edition + ".lock");
    }

    @Override
    public void close() throws IOException {
        heartbeat.close();
        // an empty file tells status that nobody holds the edition; a process that dies holding it
        // cannot empty it, and its pid then shows it is gone
        channel.truncate(0);
        lock.release();
        channel.close();
    }
}
