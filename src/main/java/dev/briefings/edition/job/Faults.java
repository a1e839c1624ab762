package dev.briefings.edition.job;

import java.util.Locale;

/**
 * Named points in a run where a test can make the process stop and wait to be killed, to prove
 * that a run killed there is recovered by the next one. Set {@code BRIEFINGS_FAULT} to a point's
 * name; the process prints {@code briefings-fault: <name>} to standard error and waits there until
 * it is killed, or until a stop is requested (SIGTERM), when it goes on so that the stop can be
 * observed. Without the variable every point does nothing.
 */
public final class Faults {

    /** The variable naming the point to stop at. */
    public static final String VARIABLE = "BRIEFINGS_FAULT";

    private static final String CHOSEN = System.getenv(VARIABLE);
    private static final java.util.concurrent.CountDownLatch RELEASED = new java.util.concurrent.CountDownLatch(1);

    private Faults() {
    }

    public static void point(String name) {
        if (CHOSEN == null || !CHOSEN.toLowerCase(Locale.ROOT).equals(name)) {
            return;
        }
        System.err.println("briefings-fault: " + name);
        System.err.flush();
        try {
            RELEASED.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets a run waiting at a fault point go on. */
    public static void release() {
        RELEASED.countDown();
    }
}
