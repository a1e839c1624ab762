package dev.briefings.render;

import java.util.ArrayList;
import java.util.List;

import dev.briefings.i18n.TimelineEntry;

/**
 * One date of a timeline as a list shows it: the date's label, then what happened that day, each
 * headline on a line of its own (a headline keeps its capital; after a dash, Russian would want a
 * small letter that a headline starting with a name must not get).
 *
 * @param label    the date ("9 августа", "октябрь")
 * @param captions the headlines of the events of that date, in timeline order
 * @param current  whether the story itself happened then
 */
public record TimelineDate(String label, List<String> captions, boolean current) {

    public TimelineDate {
        captions = List.copyOf(captions);
    }

    /** Groups a timeline's entries by date, keeping their order; entries of one date are adjacent. */
    public static List<TimelineDate> of(List<TimelineEntry> entries) {
        List<TimelineDate> dates = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            TimelineEntry entry = entries.get(i);
            captions.add(entry.caption());
            boolean last = i + 1 == entries.size() || !entries.get(i + 1).date().equals(entry.date());
            if (last) {
                boolean current = entries.subList(i + 1 - captions.size(), i + 1).stream().anyMatch(TimelineEntry::current);
                dates.add(new TimelineDate(entry.label(), captions, current));
                captions = new ArrayList<>();
            }
        }
        return dates;
    }
}
