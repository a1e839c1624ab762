package dev.briefings.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.briefings.events.EventDate;
import dev.briefings.i18n.TimelineEntry;

/**
 * The geometry of a story's timeline as an inline SVG: a horizontal axis with a dot per date,
 * placed in proportion to time, and each date's label under or over the axis.
 * <p>
 * Dots sit at percentages of the width, so the chart fills any screen while its text keeps its
 * size. Labels are laid out for the narrowest screen (a phone's {@value #MIN_WIDTH} px column):
 * a label goes on the first row where it clears its neighbours, rows alternating below and above
 * the axis, so nothing overlaps at any width. When time is so uneven that labels would need more
 * than {@value #MAX_PROPORTIONAL_ROWS} rows, dots are spaced evenly instead, in order.
 * <p>
 * A date known only to the month or year is a dot of its own unless a more precise date falls in
 * it: "октябрь" stands alone, but an event "in August" beside 9 and 27 August has no place of its
 * own on the axis (the dated list and the prose still tell it).
 *
 * @param height the chart's height in px
 * @param axisY  where the axis runs, in px from the top
 * @param start  where the axis starts, in percent of the width (as written in the SVG)
 * @param end    where it ends
 * @param points the dots, left to right
 */
public record TimelineChart(int height, int axisY, String start, String end, List<Point> points) {

    /** The narrowest column the labels are laid out for, in CSS px. */
    static final int MIN_WIDTH = 280;
    /** Rows of labels beyond which proportional placement gives way to even spacing. */
    static final int MAX_PROPORTIONAL_ROWS = 4;
    /** An upper estimate of a character's width at the label size (13 px serif), in px. */
    static final double CHAR_WIDTH = 7.8;
    /** The least room between two labels on a row, in px. */
    static final int LABEL_GAP = 8;
    static final int LINE = 16;
    static final double START = 2.0;
    static final double END = 98.0;

    /**
     * A dot and its label.
     *
     * @param x          where, in percent of the chart's width (as written in the SVG)
     * @param labelY     the label's baseline, in px
     * @param tickEnd    where the thin line from the dot toward its label ends, in px
     * @param textAnchor start, middle or end: how the label hangs from the dot
     * @param label      the date
     * @param title      the date and what happened then, a line each, shown on hover
     * @param current    whether this is the story's own date
     */
    public record Point(String x, int labelY, int tickEnd, String textAnchor, String label, String title,
            boolean current) {
    }

    public TimelineChart {
        points = List.copyOf(points);
    }

    /** Lays out a timeline's entries left to right; several events of one date share a dot. */
    public static TimelineChart of(List<TimelineEntry> entries) {
        return of(entries, false);
    }

    /**
     * Lays out a timeline's entries, from right to left for a right-to-left language: the
     * left-to-right chart mirrored, which keeps its labels clear of each other.
     */
    public static TimelineChart of(List<TimelineEntry> entries, boolean rightToLeft) {
        List<Dot> dots = dots(entries);
        List<Double> proportional = proportional(dots);
        Layout layout = Layout.of(dots, proportional);
        if (layout.rows() > MAX_PROPORTIONAL_ROWS) {
            layout = Layout.of(dots, even(dots.size()));
        }
        TimelineChart chart = layout.chart(dots);
        return rightToLeft ? chart.mirrored() : chart;
    }

    private TimelineChart mirrored() {
        List<Point> mirrored = new ArrayList<>();
        for (Point point : points) {
            String anchor = switch (point.textAnchor()) {
                case "start" -> "end";
                case "end" -> "start";
                default -> "middle";
            };
            mirrored.add(new Point(percent(100 - Double.parseDouble(point.x())), point.labelY(), point.tickEnd(), anchor,
                    point.label(), point.title(), point.current()));
        }
        return new TimelineChart(height, axisY, start, end, mirrored);
    }

    /** One dot: a date and everything that happened then. */
    private record Dot(EventDate date, String label, List<String> captions, boolean current) {

        double time() {
            LocalDate day = date.date();
            return switch (date.precision()) {
                case DAY -> day.toEpochDay();
                case MONTH -> day.withDayOfMonth(1).toEpochDay() + day.lengthOfMonth() / 2.0;
                case YEAR -> day.withDayOfYear(1).toEpochDay() + day.lengthOfYear() / 2.0;
            };
        }

        boolean holds(EventDate other) {
            LocalDate day = date.date();
            LocalDate that = other.date();
            return switch (date.precision()) {
                case DAY -> false;
                case MONTH -> other.precision() == EventDate.Precision.DAY && that.getYear() == day.getYear()
                        && that.getMonth() == day.getMonth();
                case YEAR -> other.precision() != EventDate.Precision.YEAR && that.getYear() == day.getYear();
            };
        }
    }

    private static List<Dot> dots(List<TimelineEntry> entries) {
        Map<String, Dot> byDate = new LinkedHashMap<>();
        for (TimelineEntry entry : entries) {
            String key = entry.date().toString();
            Dot dot = byDate.get(key);
            if (dot == null) {
                byDate.put(key, new Dot(entry.date(), entry.label(), new ArrayList<>(List.of(entry.caption())),
                        entry.current()));
            } else {
                dot.captions().add(entry.caption());
                if (entry.current()) {
                    byDate.put(key, new Dot(dot.date(), dot.label(), dot.captions(), true));
                }
            }
        }
        List<Dot> dots = new ArrayList<>();
        for (Dot dot : byDate.values()) {
            boolean absorbed = !dot.current() && byDate.values().stream().anyMatch(other -> dot.holds(other.date()));
            if (!absorbed) {
                dots.add(dot);
            }
        }
        dots.sort((a, b) -> Double.compare(a.time(), b.time()));
        return dots;
    }

    private static List<Double> proportional(List<Dot> dots) {
        double first = dots.get(0).time();
        double span = dots.get(dots.size() - 1).time() - first;
        if (span <= 0) {
            return even(dots.size());
        }
        List<Double> xs = new ArrayList<>();
        for (Dot dot : dots) {
            xs.add(START + (END - START) * (dot.time() - first) / span);
        }
        return xs;
    }

    private static List<Double> even(int count) {
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            xs.add(count == 1 ? 50.0 : START + (END - START) * i / (count - 1));
        }
        return xs;
    }

    private static String percent(double x) {
        return String.format(Locale.ROOT, "%.1f", x);
    }

    /** Where each label goes at the narrowest width: its row and how it hangs from its dot. */
    private record Layout(List<Double> xs, List<Integer> rowOf, List<String> anchors, int rows) {

        static Layout of(List<Dot> dots, List<Double> xs) {
            List<Double> rowEnds = new ArrayList<>();
            List<Integer> rowOf = new ArrayList<>();
            List<String> anchors = new ArrayList<>();
            for (int i = 0; i < dots.size(); i++) {
                double at = xs.get(i) / 100 * MIN_WIDTH;
                double width = dots.get(i).label().length() * CHAR_WIDTH;
                double left = at - width / 2;
                String anchor = "middle";
                if (left < 0) {
                    left = at;
                    anchor = "start";
                } else if (at + width / 2 > MIN_WIDTH) {
                    left = at - width;
                    anchor = "end";
                }
                int row = 0;
                while (row < rowEnds.size() && rowEnds.get(row) + LABEL_GAP > left) {
                    row++;
                }
                if (row == rowEnds.size()) {
                    rowEnds.add(0.0);
                }
                rowEnds.set(row, left + width);
                rowOf.add(row);
                anchors.add(anchor);
            }
            return new Layout(xs, rowOf, anchors, rowEnds.size());
        }

        /** Even rows go below the axis, odd rows above it, each further out than the last. */
        TimelineChart chart(List<Dot> dots) {
            int above = rows / 2;
            int below = rows - above;
            int axisY = above == 0 ? 10 : 25 + (above - 1) * LINE;
            int height = axisY + 25 + (below - 1) * LINE;
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < dots.size(); i++) {
                Dot dot = dots.get(i);
                int row = rowOf.get(i);
                int level = row / 2;
                boolean under = row % 2 == 0;
                int labelY = under ? axisY + 20 + level * LINE : axisY - 10 - level * LINE;
                int tickEnd = under ? labelY - 12 : labelY + 4;
                String title = dot.label() + "\n" + String.join("\n", dot.captions());
                points.add(new Point(percent(xs.get(i)), labelY, tickEnd, anchors.get(i), dot.label(), title,
                        dot.current()));
            }
            return new TimelineChart(height, axisY, percent(START), percent(END), points);
        }
    }
}
