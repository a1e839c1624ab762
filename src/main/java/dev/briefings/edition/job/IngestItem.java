package dev.briefings.edition.job;

import java.util.Optional;

import dev.briefings.events.EventRecord;
import dev.briefings.events.RawRecord;
import dev.briefings.events.Rejection;

/**
 * One item of the ingest step, numbered in reading order: a record as parsed, then as validated
 * (or rejected); or a whole file that could not be read.
 */
public record IngestItem(long ordinal, Optional<RawRecord> raw, Optional<EventRecord> record, Optional<Rejection> rejection) {

    public IngestItem {
        raw = raw == null ? Optional.empty() : raw;
        record = record == null ? Optional.empty() : record;
        rejection = rejection == null ? Optional.empty() : rejection;
    }

    static IngestItem parsed(long ordinal, RawRecord raw) {
        return new IngestItem(ordinal, Optional.of(raw), Optional.empty(), Optional.empty());
    }

    static IngestItem rejected(long ordinal, Rejection rejection) {
        return new IngestItem(ordinal, Optional.empty(), Optional.empty(), Optional.of(rejection));
    }

    static IngestItem accepted(long ordinal, EventRecord record) {
        return new IngestItem(ordinal, Optional.empty(), Optional.of(record), Optional.empty());
    }

    /** The staged form: the raw tree is dropped once the record is validated. */
    Staged staged() {
        return new Staged(ordinal, record.orElse(null), rejection.orElse(null));
    }

    /** What the ingest step writes to its staging files. */
    public record Staged(long ordinal, EventRecord record, Rejection rejection) {
    }
}
