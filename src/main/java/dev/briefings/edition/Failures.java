package dev.briefings.edition;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileStore;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import dev.briefings.data.InvalidProjectFile;
import dev.briefings.edition.publish.EditionPaths;
import dev.briefings.edition.runs.Outcome;
import dev.briefings.edition.runs.RepositoryProblem;

/**
 * What went wrong, told apart by exception type, by the repository's codes and by the state of
 * the output's file system (full, read-only), never by the text of a message; and how a run that
 * met it ends.
 */
public final class Failures {

    /** Below this much free space, a failed write is taken to be a full disk. */
    static final long NEARLY_FULL = 256 * 1024;

    private Failures() {
    }

    /** How a command that threw this ends. */
    public static Outcome outcomeOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidProjectFile || cause instanceof EditionLauncher.InvalidRequest
                    || cause instanceof ProjectCheck.FilesInvalid) {
                return Outcome.INVALID;
            }
            if (cause instanceof RepositoryProblem problem) {
                return problem.outcome();
            }
        }
        return Outcome.FAILED;
    }

    /**
     * What went wrong in a run, as the person who must fix it needs to read it.
     *
     * @param repository the job repository as the user knows it
     */
    static String explain(Throwable failure, Path output, String repository) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RepositoryProblem problem) {
                return problem.getMessage();
            }
            if (cause instanceof InvalidProjectFile invalid) {
                return invalid.describe();
            }
        }
        if (RepositoryProblem.kindOf(failure) != RepositoryProblem.Kind.OTHER) {
            return RepositoryProblem.of(repository, failure, "").getMessage();
        }
        Optional<String> full = diskFull(failure, output);
        if (full.isPresent()) {
            return full.get();
        }
        Throwable root = root(failure);
        if (root instanceof IOException) {
            FileStore store = store(output);
            if (root instanceof AccessDeniedException || (root instanceof FileSystemException && store != null
                    && store.isReadOnly())) {
                return "cannot write " + RepositoryProblem.rootMessage(failure) + "; give the run write access to "
                        + EditionPaths.display(output) + ". The published edition is intact.";
            }
        }
        return RepositoryProblem.rootMessage(failure);
    }

    /**
     * What to say when a failure came of a write to the full disk that holds the output (and the
     * embedded job repository): the repository's own message ("JDBC commit failed") sends an
     * on-call engineer to the database, not to the disk.
     */
    static Optional<String> diskFull(Throwable failure, Path output) {
        if (!(root(failure) instanceof IOException)) {
            return Optional.empty();
        }
        FileStore store = store(output);
        if (store == null || usable(store) >= NEARLY_FULL) {
            return Optional.empty();
        }
        return Optional.of("the disk holding " + EditionPaths.display(output) + " is full ("
                + RepositoryProblem.rootMessage(failure) + "); free space and run again. The published edition is intact.");
    }

    /** Whether a failure of a run is one that retrying cannot mend (the files the run uses must change). */
    static boolean invalid(Throwable failure) {
        return outcomeOf(failure) == Outcome.INVALID;
    }

    private static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static FileStore store(Path output) {
        try {
            return Files.getFileStore(output);
        } catch (IOException e) {
            return null;
        }
    }

    private static long usable(FileStore store) {
        try {
            return store.getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
