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
     * How often a holder beats for a limit after which a silent holder counts as hung: a sixth of
     * the limit, at least every second and at most every minute.
     */
    static Duration heartbeatFor(Duration stuckAfter) {
        return Heartbeat.intervalFor(stuckAfter);
    }
}
