package dev.briefings.i18n;

import dev.briefings.events.EventDate;

/**
 * One dated event in a story's timeline: a background record or, last, the story itself.
 *
 * @param date    when it happened, as precisely as the record knows
 * @param label   the date as a label in the locale ("9 августа", "октябрь")
 * @param caption the event's headline in the locale
 * @param current whether this is the story itself rather than its background
 */
public record TimelineEntry(EventDate date, String label, String caption, boolean current) {
}
