package dev.briefings.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * When an event happened, as precisely as the record knows it: a day, a month ("in October") or a
 * year, with an optional local time and time zone used to order stories of the same day.
 */
public record EventDate(LocalDate date, Precision precision, Optional<LocalTime> time, Optional<ZoneId> zone) {

    /** How much of the date is known. */
    public enum Precision { DAY, MONTH, YEAR }

    public EventDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        time = time == null ? Optional.empty() : time;
        zone = zone == null ? Optional.empty() : zone;
    }

    public static EventDate day(LocalDate date) {
        return new EventDate(date, Precision.DAY, Optional.empty(), Optional.empty());
    }

    /** The date as written in a record: {@code 2020-11-19}, {@code 2020-10} or {@code 2020}. */
    @Override
    public String toString() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> Integer.toString(date.getYear());
        };
    }

    /** A key that orders events in time; events without a time sort as the start of their day. */
    public String sortKey() {
        return date + "T" + time.map(LocalTime::toString).orElse("00:00");
    }
}
