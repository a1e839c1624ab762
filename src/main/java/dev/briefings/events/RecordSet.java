package dev.briefings.events;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * All records of a run that passed their own checks, after the checks across records: an id used
 * twice rejects every copy, a background id that names no record rejects the record naming it,
 * and background that loops rejects the records in the loop. Background that names a record
 * rejected for its own faults is left out of the story, which still runs.
 */
public final class RecordSet {

    private final Map<String, EventRecord> records;
    private final List<Rejected> rejected;

    /** A record that passed its own checks and failed one across records, with why. */
    public record Rejected(EventRecord record, Rejection rejection) {
    }

    private RecordSet(Map<String, EventRecord> records, List<Rejected> rejected) {
        this.records = records;
        this.rejected = List.copyOf(rejected);
    }

    /**
     * Runs the checks across records.
     *
     * @param valid      records that passed their own checks, in reading order
     * @param rejectedIds ids of records rejected for their own faults (background naming them is dropped quietly)
     */
    public static RecordSet resolve(List<EventRecord> valid, Set<String> rejectedIds) {
        List<Rejected> rejections = new ArrayList<>();
        Map<String, List<EventRecord>> byId = new LinkedHashMap<>();
        for (EventRecord record : valid) {
            byId.computeIfAbsent(record.id(), id -> new ArrayList<>()).add(record);
        }
        Map<String, EventRecord> unique = new LinkedHashMap<>();
        for (Map.Entry<String, List<EventRecord>> entry : byId.entrySet()) {
            List<EventRecord> copies = entry.getValue();
            if (copies.size() == 1) {
                unique.put(entry.getKey(), copies.get(0));
                continue;
            }
            for (EventRecord copy : copies) {
                List<String> others = copies.stream().filter(c -> c != copy).map(c -> c.origin().toString()).toList();
                rejections.add(reject(copy, "the id '" + copy.id() + "' is also used at " + String.join(", ", others)
                        + "; every record needs its own id"));
            }
        }
        Set<String> duplicated = new HashSet<>(byId.keySet());
        duplicated.removeAll(unique.keySet());

        boolean changed = true;
        while (changed) {
            changed = false;
            for (EventRecord record : List.copyOf(unique.values())) {
                for (String other : record.background()) {
                    if (!unique.containsKey(other) && !rejectedIds.contains(other) && !duplicated.contains(other)) {
                        unique.remove(record.id());
                        rejections.add(reject(record, "background: no record has the id '" + other + "'"));
                        changed = true;
                        break;
                    }
                }
            }
        }

        for (List<String> cycle : cycles(unique)) {
            String loop = String.join(" → ", cycle) + " → " + cycle.get(0);
            for (String id : cycle) {
                EventRecord record = unique.remove(id);
                if (record != null) {
                    rejections.add(reject(record, "background: records refer to each other in a loop (" + loop + ")"));
                }
            }
        }
        return new RecordSet(unique, rejections);
    }

    private static Rejected reject(EventRecord record, String reason) {
        return new Rejected(record, new Rejection(record.origin().file(), record.origin().position(),
                Optional.of(record.id()), reason));
    }

    /** Loops in the background graph, each listed once, found by depth-first search in id order. */
    private static List<List<String>> cycles(Map<String, EventRecord> records) {
        List<List<String>> cycles = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>(); // 1 = on the path, 2 = done
        for (String start : records.keySet().stream().sorted().toList()) {
            if (!state.containsKey(start)) {
                visit(start, records, state, new ArrayList<>(), cycles);
            }
        }
        return cycles;
    }

    private static void visit(String id, Map<String, EventRecord> records, Map<String, Integer> state,
            List<String> path, List<List<String>> cycles) {
        state.put(id, 1);
        path.add(id);
        EventRecord record = records.get(id);
        for (String next : record.background()) {
            if (!records.containsKey(next)) {
                continue;
            }
            Integer seen = state.get(next);
            if (seen == null) {
                visit(next, records, state, path, cycles);
            } else if (seen == 1) {
                cycles.add(List.copyOf(path.subList(path.indexOf(next), path.size())));
            }
        }
        path.remove(path.size() - 1);
        state.put(id, 2);
    }

    public List<Rejection> rejections() {
        return rejected.stream().map(Rejected::rejection).toList();
    }

    /** The records rejected by the checks across records, with why. */
    public List<Rejected> rejected() {
        return rejected;
    }

    public Optional<EventRecord> find(String id) {
        return Optional.ofNullable(records.get(id));
    }

    public int size() {
        return records.size();
    }

    /** A record's background that is available, in the order the record lists it. */
    public List<EventRecord> backgroundOf(EventRecord record) {
        return record.background().stream().map(records::get).filter(r -> r != null).toList();
    }

    /**
     * The stories of an edition: most important first (priority 1 before 9), then the most
     * recent first, then by id so that the order never depends on file layout.
     */
    public List<EventRecord> storiesOf(LocalDate edition, ZoneId newsroom) {
        Comparator<EventRecord> order = Comparator.comparingInt(EventRecord::priority)
                .thenComparing(Comparator.comparing((EventRecord r) -> instantKey(r, newsroom)).reversed())
                .thenComparing(EventRecord::id);
        return records.values().stream().filter(r -> r.belongsTo(edition)).sorted(order).toList();
    }

    private static String instantKey(EventRecord record, ZoneId newsroom) {
        EventDate date = record.date();
        if (date.time().isEmpty()) {
            return date.sortKey();
        }
        return date.date().atTime(date.time().get()).atZone(date.zone().orElse(newsroom))
                .withZoneSameInstant(newsroom).toLocalDateTime().toString();
    }
}
