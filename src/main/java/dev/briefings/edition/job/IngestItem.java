package dev.briefings.edition.job;

import java.util.Optional;

import dev.briefings.events.EventRecord;
import dev.briefings.events.RawRecord;
import dev.briefings.events.Rejection;

/**
 * One item of the ingest step, numbered in reading order: a record as parsed, then as validated
 * (or rejected); or a whole file that could not be read. A rejected record whose own fields say
 * it is a story of another edition (or of none) is marked so: this edition does not list it.
 */
public record IngestItem(long ordinal, Optional<RawRecord> raw, Optional<EventRecord> record, Optional<Rejection> rejection,
        boolean otherEdition) {

    public IngestItem {
        raw = raw == null ? Optional.empty() : raw;
        record = record == null ? Optional.empty() : record;
        rejection = rejection == null ? Optional.empty() : rejection;
    }

    static IngestItem parsed(long ordinal, RawRecord raw) {
        return new IngestItem(ordinal, Optional.of(raw), Optional.empty(), Optional.empty(), false);
    }

    /** A rejection whose edition cannot be told (a file that cannot be read): every edition lists it. */
    static IngestItem rejected(long ordinal, Rejection rejection) {
        return rejected(ordinal, rejection, false);
    }

    static IngestItem rejected(long ordinal, Rejection rejection, boolean otherEdition) {
        return new IngestItem(ordinal, Optional.empty(), Optional.empty(), Optional.of(rejection), otherEdition);
    }

    static IngestItem accepted(long ordinal, EventRecord record) {
        return new IngestItem(ordinal, Optional.empty(), Optional.of(record), Optional.empty(), false);
    }

    /** The staged form: the raw tree is dropped once the record is validated. */
    Staged staged() {
        return new Staged(ordinal, record.orElse(null), rejection.orElse(null), otherEdition);
    }

    /** What the ingest step writes to its staging files. */
    public record Staged(long ordinal, EventRecord record, Rejection rejection, boolean otherEdition) {
    }
}
