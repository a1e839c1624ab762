package dev.briefings.events;

import java.util.Optional;

import dev.briefings.data.Position;

/**
 * A record (or a whole file) left out of the edition: the file, where in it, the record's id when
 * it could be read, and why. Listed in the manifest's {@code rejected} and in the run summary.
 */
public record Rejection(String source, Position position, Optional<String> id, String reason) {

    public Rejection {
        id = id == null ? Optional.empty() : id;
    }

    /** "file:line:column id: reason", for the terminal. */
    public String describe() {
        return source + ":" + position.line() + ":" + position.column()
                + id.map(i -> " " + i).orElse("") + ": " + reason;
    }
}
