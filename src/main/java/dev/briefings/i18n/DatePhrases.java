package dev.briefings.i18n;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import dev.briefings.events.EventDate;

/**
 * Dates in newsroom style, relative to the edition: a weekday within the past week ("on
 * Thursday", "в четверг"), day and month within the year ("on August 27", "27 августа"), the
 * full date otherwise; a month alone as "in October", "в октябре".
 * <p>
 * Java only decides the style; each phrase ({@code when}, {@code since}, {@code full}, …) is the
 * locale's message {@code date.<phrase>}, which receives:
 * {@code style} (weekday, day_month, full, month, month_year, year), {@code absolute} (the
 * style without relative forms: full, month_year, year), {@code date} (for ICU date skeletons),
 * {@code weekday} (monday … sunday) and {@code month} (january … december) as select keys.
 */
final class DatePhrases {

    /** Days before (or after) the edition within which a weekday names the day unambiguously. */
    static final int WEEKDAY_WINDOW = 6;

    /** The phrase for a date as a label on its own, in a timeline ("August 9", "октябрь"). */
    static final String LABEL = "label";

    private final MessageCatalog messages;
    /** The locale's calendar, never set: each date is a copy of it (making one anew showed in the render profile, #15). */
    private final Calendar prototype;

    DatePhrases(MessageCatalog messages) {
        this.messages = messages;
        this.prototype = Calendar.getInstance(TimeZone.GMT_ZONE, messages.locale());
    }

    /** The style of a date seen from an edition. */
    static String style(EventDate date, LocalDate edition) {
        LocalDate day = date.date();
        return switch (date.precision()) {
            case DAY -> Math.abs(ChronoUnit.DAYS.between(day, edition)) <= WEEKDAY_WINDOW ? "weekday"
                    : day.getYear() == edition.getYear() ? "day_month" : "full";
            case MONTH -> day.getYear() == edition.getYear() ? "month" : "month_year";
            case YEAR -> "year";
        };
    }

    /** The style of a date on its own, with no edition to be relative to. */
    static String absoluteStyle(EventDate date) {
        return switch (date.precision()) {
            case DAY -> "full";
            case MONTH -> "month_year";
            case YEAR -> "year";
        };
    }

    /** The arguments every {@code date.*} message receives. */
    Map<String, Object> arguments(EventDate date, LocalDate edition) {
        Map<String, Object> args = new HashMap<>();
        args.put("style", style(date, edition));
        args.put("absolute", absoluteStyle(date));
        args.put("date", calendar(date.date()));
        args.put("weekday", date.date().getDayOfWeek().name().toLowerCase(Locale.ROOT));
        args.put("month", date.date().getMonth().name().toLowerCase(Locale.ROOT));
        return args;
    }

    String phrase(String name, EventDate date, LocalDate edition) {
        return messages.get(key(name)).format(arguments(date, edition));
    }

    /** The phrase in the style of a date of another year than the edition's: it names its year. */
    String phraseWithYear(String name, EventDate date, LocalDate edition) {
        Map<String, Object> args = arguments(date, edition);
        args.put("style", absoluteStyle(date));
        return messages.get(key(name)).format(args);
    }

    static String key(String phrase) {
        return "date." + phrase;
    }

    /**
     * A calendar at midnight UTC of the day, in the locale's calendar system. ICU formats a
     * calendar in its own time zone, so output never depends on the JVM's default zone.
     */
    static Calendar calendar(LocalDate day, ULocale locale) {
        return at(Calendar.getInstance(TimeZone.GMT_ZONE, locale), day);
    }

    /** {@link #calendar(LocalDate, ULocale)} in this locale. */
    Calendar calendar(LocalDate day) {
        return at((Calendar) prototype.clone(), day);
    }

    private static Calendar at(Calendar calendar, LocalDate day) {
        calendar.setTimeInMillis(day.toEpochDay() * 86_400_000L);
        return calendar;
    }
}
