package dev.briefings.edition.runs;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Instant;

/**
 * The guarantee that only one run works on an edition: held for the whole run and released when
 * the process ends, however it ends. A lock that can be taken therefore proves that whoever ran
 * before is gone, which is what makes it safe to recover a run they left unfinished.
 */
public interface EditionLock extends AutoCloseable {

    @Override
    void close() throws IOException;

    /** How this process names itself to a run that finds the edition busy. */
    static String describeSelf() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        return "host " + host + ", pid " + ProcessHandle.current().pid() + ", started " + started;
    }
}
