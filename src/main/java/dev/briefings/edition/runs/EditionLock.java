package dev.briefings.edition.runs;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;

/**
 * The guarantee that only one run works on an edition: held for the whole run and released when
 * the process ends, however it ends. A lock that can be taken therefore proves that whoever ran
 * before is gone, which is what makes it safe to recover a run they left unfinished. While held,
 * it shows a heartbeat, so that a holder that is alive but frozen can be told apart.
 */
public interface EditionLock extends AutoCloseable {

    @Override
    void close() throws IOException;

    /** This host's name, as locks and messages give it. */
    static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown host";
        }
    }

    /** When this process started. */
    static Instant processStart() {
        return Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    /** How this process names itself to a run that finds the edition busy. */
    static String describeSelf() {
        return "host " + hostName() + ", pid " + ProcessHandle.current().pid() + ", started " + processStart();
    }

    /**
     * How often every holder beats, whatever limit it was configured with: another run or a
     * {@code status} with a shorter limit must not take a live holder for a hung one. A beat costs
     * one small write (or one trivial query), so once a second costs nothing.
     */
    Duration HEARTBEAT = Duration.ofSeconds(1);

    /** The shortest limit after which a silent holder may be called hung: five missed beats. */
    Duration SHORTEST_STUCK_AFTER = Duration.ofSeconds(5);
}
