package dev.briefings.edition.runs;

import java.util.Optional;

import org.springframework.batch.core.BatchStatus;

/**
 * How a run ended, and the exit code the run contract gives it. This is the one mapping from
 * outcome to exit code: the run, {@code briefings status} and the run summary all use it.
 */
public enum Outcome {
    /** A new generation of the edition was published. */
    PUBLISHED,
    /** Nothing changed since the edition was published; nothing was done. */
    UP_TO_DATE,
    /** The job failed or was stopped; the next run resumes it. */
    FAILED,
    /** The invocation or the project files are invalid, or something only a person can mend: retrying cannot help. */
    INVALID,
    /** Another run of the same edition is in progress. */
    BUSY,
    /** Another run holds the edition but has shown no sign of life for too long: someone must look at it. */
    STUCK;

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_INVALID = 2;
    public static final int EXIT_REJECTED = 3;
    public static final int EXIT_BUSY = 4;

    /**
     * The exit code of a run that ended this way.
     *
     * @param rejected how many records the edition left out (only counts for a complete edition)
     */
    public int exitCode(int rejected) {
        return switch (this) {
            case PUBLISHED, UP_TO_DATE -> rejected > 0 ? EXIT_REJECTED : EXIT_OK;
            case FAILED, STUCK -> EXIT_FAILED;
            case INVALID -> EXIT_INVALID;
            case BUSY -> EXIT_BUSY;
        };
    }

    /** The outcome of a job execution as the repository recorded it; empty while it has not ended. */
    public static Optional<Outcome> of(BatchStatus status) {
        return switch (status) {
            case COMPLETED -> Optional.of(PUBLISHED);
            case FAILED, STOPPED, ABANDONED, UNKNOWN -> Optional.of(FAILED);
            case STARTING, STARTED, STOPPING -> Optional.empty();
        };
    }
}
