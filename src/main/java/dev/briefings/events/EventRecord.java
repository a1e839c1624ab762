package dev.briefings.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One validated news-event record: what happened (its kind), when and where, who took part in
 * which role, what it counts, who said what, who reported it and which earlier records explain it.
 */
public record EventRecord(
        String id,
        String kind,
        EventDate date,
        String place,
        Map<String, List<String>> participants,
        Map<String, Count> counts,
        Map<String, String> attributes,
        Optional<Quote> quote,
        Optional<Source> source,
        List<String> background,
        int priority,
        Origin origin) {

    /** Priority when a record names none; 1 is the most important. */
    public static final int DEFAULT_PRIORITY = 5;

    public EventRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(place, "place");
        participants = Map.copyOf(participants);
        counts = Map.copyOf(counts);
        attributes = Map.copyOf(attributes);
        quote = quote == null ? Optional.empty() : quote;
        source = source == null ? Optional.empty() : source;
        background = List.copyOf(background);
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * The record without what only its telling needs (participants, counts, attributes, quote):
     * enough to check it against the others and to order it, at a fraction of the memory.
     */
    public EventRecord summary() {
        return new EventRecord(id, kind, date, place, Map.of(), Map.of(), Map.of(), Optional.empty(), source, background,
                priority, origin);
    }

    /** The entities of a role, empty when the record leaves the role out. */
    public List<String> role(String name) {
        return participants.getOrDefault(name, List.of());
    }

    /** The edition a record is a story of: the day its source reported it, else the day it happened. */
    public LocalDate editionDate() {
        return source.map(Source::reported).orElse(date.date());
    }

    /**
     * Whether the record is a story of the given edition: reported that day by its source, or,
     * with no source, happening that day. Other records serve as background or belong to
     * other days' editions.
     */
    public boolean belongsTo(LocalDate edition) {
        if (source.isPresent()) {
            return source.get().reported().equals(edition);
        }
        return date.precision() == EventDate.Precision.DAY && date.date().equals(edition);
    }
}
