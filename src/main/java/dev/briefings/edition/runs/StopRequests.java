package dev.briefings.edition.runs;

/**
 * A stop asked of a run (SIGTERM, Ctrl-C), from the moment the run begins until it has reported
 * how it ended. The command line records the request from its shutdown hook; the launcher asks
 * before it starts the job, and while the job runs it registers how to stop it, which runs at
 * once when the request came first. A request that comes before the job exists is therefore never
 * lost (it stops the job as it begins), and one that comes after the job has ended changes nothing.
 */
public final class StopRequests {

    /** How long a stopping run may take to finish its chunk (or its publication) before the process ends anyway. */
    public static final long TIMEOUT_SECONDS = 60;

    private boolean requested;
    private Runnable onStop;

    /** Records the request and, while a job runs, asks it to stop. */
    public void request() {
        Runnable stop;
        synchronized (this) {
            requested = true;
            stop = onStop;
        }
        if (stop != null) {
            stop.run();
        }
    }

    public synchronized boolean requested() {
        return requested;
    }

    /**
     * How to stop the job from now on ({@code null} once it has ended); run at once when a stop
     * was requested before.
     */
    public void whileRunning(Runnable stop) {
        boolean already;
        synchronized (this) {
            onStop = stop;
            already = requested;
        }
        if (already && stop != null) {
            stop.run();
        }
    }
}
