package dev.briefings.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;

import dev.briefings.data.Json;

/**
 * How a command says that it failed, on standard error: {@code error: <message>} and indented
 * details on a terminal; one JSON object per line with {@code --log-format json}, with the same
 * {@code timestamp}, {@code level}, {@code loggerName} and {@code formattedMessage} fields as the JSON
 * logs, so that a log shipper reads the final error like every other line.
 */
final class ErrorLines {

    /** One error, as a JSON log line. */
    record ErrorLine(long timestamp, String level, String loggerName, String formattedMessage, List<String> details,
            int exitCode) {
    }

    private final PrintWriter err;
    private final boolean json;

    ErrorLines(PrintWriter err, boolean json) {
        this.err = err;
        this.json = json;
    }

    /** Says that the command failed, and how it exits; the details are lines as a terminal shows them. */
    void error(String message, List<String> details, int exitCode) {
        if (json) {
            err.println(Json.line(new ErrorLine(Instant.now().toEpochMilli(), "ERROR", "briefings", message,
                    details.stream().map(String::strip).filter(line -> !line.isEmpty()).toList(), exitCode)));
        } else {
            err.println("error: " + message);
            details.forEach(err::println);
        }
        err.flush();
    }

    boolean json() {
        return json;
    }
}
