package dev.briefings.events;

import dev.briefings.data.Position;

/**
 * Where a record was read: its file relative to the events folder, the position of the record in
 * the file, and its 1-based index among the records of that file.
 */
public record Origin(String file, Position position, int index) {

    @Override
    public String toString() {
        return file + ":" + position.line() + ":" + position.column();
    }
}
