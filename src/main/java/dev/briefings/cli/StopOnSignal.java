package dev.briefings.cli;

import java.util.concurrent.TimeUnit;

import dev.briefings.edition.job.Faults;
import dev.briefings.edition.runs.Outcome;
import dev.briefings.edition.runs.StopRequests;

/**
 * SIGTERM (or Ctrl-C) during a run, from its first step to its summary: the shutdown hook records
 * the stop request, which the launcher acts on whenever it comes (before the job, the job stops as
 * it begins; during it, after the current chunk; during publication, once published), and waits
 * for the thread that runs the command to report how the run ended; that thread then ends the
 * process with the run's own exit code ({@link BriefingsCommand#exit}). A run that has not ended
 * {@value StopRequests#TIMEOUT_SECONDS} s after the signal is ended with exit 1.
 */
final class StopOnSignal implements AutoCloseable {

    private final Thread hook;

    StopOnSignal(StopRequests stops) {
        Thread running = Thread.currentThread();
        hook = new Thread(() -> {
            stops.request();
            Faults.release();
            try {
                running.join(TimeUnit.SECONDS.toMillis(StopRequests.TIMEOUT_SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.err.println("error: the run did not stop within " + StopRequests.TIMEOUT_SECONDS
                    + " s of the stop request; ending it. The next run resumes it.");
            System.err.flush();
            Runtime.getRuntime().halt(Outcome.EXIT_FAILED);
        }, "briefings-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The run has reported how it ended: a signal from now on ends the process as usual. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is waiting for this thread, which ends the process with the run's code
        }
    }
}
