package dev.briefings.edition.runs;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/**
 * The job repository cannot be used: locked, unreachable, damaged, refusing the credentials, or
 * not a database this program supports. Told apart by exception type, SQL state and vendor code,
 * never by the text of a message, and each kind says what to do and how the run ends.
 */
public final class RepositoryProblem extends RuntimeException {

    /** What is wrong with the repository, and how a run that meets it ends. */
    public enum Kind {
        /** Another process has the embedded repository open and did not let go in time. */
        LOCKED(Outcome.FAILED),
        /** The database server cannot be reached. */
        UNREACHABLE(Outcome.FAILED),
        /** The embedded repository's file is damaged (a power loss, a disk error, a hand edit). */
        DAMAGED(Outcome.INVALID),
        /** The database refuses the user, the password or the database name. */
        REFUSED(Outcome.INVALID),
        /** The URL names a database this program does not support. */
        UNSUPPORTED(Outcome.INVALID),
        /** Anything else the database reported. */
        OTHER(Outcome.FAILED);

        private final Outcome outcome;

        Kind(Outcome outcome) {
            this.outcome = outcome;
        }
    }

    private final Kind kind;

    public RepositoryProblem(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** How a run that meets this problem ends. */
    public Outcome outcome() {
        return kind.outcome;
    }

    /**
     * Explains a failure to open or use a repository.
     *
     * @param repository the repository as a user knows it (its URL without the password, or its file)
     * @param advice     for a damaged embedded repository: what to move away
     */
    public static RepositoryProblem of(String repository, Throwable failure, String advice) {
        Kind kind = kindOf(failure);
        String detail = rootMessage(failure);
        String message = switch (kind) {
            case LOCKED -> "the job repository " + repository + " is kept open by another process; run again when it "
                    + "has let go. Details: " + detail;
            case UNREACHABLE -> "the job repository " + repository + " cannot be reached: " + detail
                    + "; check that the database is running and the URL is right";
            case DAMAGED -> "the job repository " + repository + " is damaged (" + detail + "); " + advice;
            case REFUSED -> "the job repository " + repository + " refused the connection: " + detail
                    + "; check the user, the password and the database name";
            case UNSUPPORTED, OTHER -> "the job repository " + repository + " cannot be used: " + detail;
        };
        return new RepositoryProblem(kind, message, failure);
    }

    /** The kind of a failure, from the codes and types in its chain of causes. */
    public static Kind kindOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                int code = sql.getErrorCode();
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                    return damagedWithin(sql) ? Kind.DAMAGED : Kind.LOCKED;
                }
                if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1) {
                    return Kind.DAMAGED;
                }
                if (code == ErrorCode.IO_EXCEPTION_1 || code == ErrorCode.IO_EXCEPTION_2) {
                    if (damagedWithin(sql)) {
                        return Kind.DAMAGED;
                    }
                }
                if (state.startsWith("08")) {
                    return Kind.UNREACHABLE;
                }
                if (state.startsWith("28") || state.equals("3D000")) {
                    return Kind.REFUSED;
                }
            }
            if (cause instanceof MVStoreException store) {
                if (store.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                    return Kind.LOCKED;
                }
                if (corrupt(store)) {
                    return Kind.DAMAGED;
                }
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException) {
                return Kind.UNREACHABLE;
            }
        }
        return Kind.OTHER;
    }

    /** Whether an H2 failure was caused by a file that cannot be read as a database (cut short, or corrupt). */
    private static boolean damagedWithin(SQLException failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof EOFException) {
                return true;
            }
            if (cause instanceof MVStoreException store && corrupt(store)) {
                return true;
            }
        }
        return false;
    }

    private static boolean corrupt(MVStoreException store) {
        int code = store.getErrorCode();
        return code == DataUtils.ERROR_FILE_CORRUPT || code == DataUtils.ERROR_UNSUPPORTED_FORMAT
                || code == DataUtils.ERROR_CHUNK_NOT_FOUND || code == DataUtils.ERROR_BLOCK_NOT_FOUND;
    }

    /** The innermost cause's type and message. */
    public static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        // H2 ends its first line with "; SQL statement:" and the statement on the next: a message
        // cut there reads as cut off (an on-call tryout); the statement is for --debug
        String first = message == null ? "" : message.lines().findFirst().orElse("").replaceFirst(";? ?SQL statement:\\s*$", "");
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + first);
    }
}
