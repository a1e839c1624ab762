package dev.briefings.edition.job;

import java.io.PrintWriter;
import java.util.Map;

/**
 * How a run shows its progress: a bar redrawn in place on a terminal, a plain line every few
 * seconds in CI or when standard error goes to a file, or nothing. The command line chooses once,
 * before the job starts.
 */
public final class ProgressDisplay {

    /** The ways to show progress. */
    public enum Mode { BAR, LINES, NONE }

    private static volatile Mode mode = Mode.LINES;
    private static volatile PrintWriter terminal = new PrintWriter(System.err, true);

    private ProgressDisplay() {
    }

    /** Shows progress this way from now on; the bar is drawn on the given writer (standard error). */
    public static void use(Mode chosen, PrintWriter err) {
        mode = chosen;
        terminal = err;
    }

    /** Back to the default: plain lines through the log. */
    public static void reset() {
        use(Mode.LINES, new PrintWriter(System.err, true));
    }

    static Mode mode() {
        return mode;
    }

    static PrintWriter terminal() {
        return terminal;
    }

    /**
     * The mode for an environment: plain lines in CI ({@code CI} set) or on a dumb terminal; the
     * bar when the launcher saw standard error on a terminal ({@code BRIEFINGS_STDERR_TTY=1});
     * plain lines otherwise.
     */
    public static Mode auto(Map<String, String> environment) {
        String ci = environment.getOrDefault("CI", "");
        if (!ci.isEmpty() && !ci.equalsIgnoreCase("false")) {
            return Mode.LINES;
        }
        boolean tty = "1".equals(environment.get("BRIEFINGS_STDERR_TTY"));
        return tty && !"dumb".equals(environment.get("TERM")) ? Mode.BAR : Mode.LINES;
    }
}
