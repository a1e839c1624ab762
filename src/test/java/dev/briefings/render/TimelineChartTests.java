package dev.briefings.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.briefings.events.EventDate;
import dev.briefings.i18n.TimelineEntry;

/** The timeline's dots and labels: which dates get a dot, where, and labels that never overlap. */
class TimelineChartTests {

    private static TimelineEntry day(String date, String label, boolean current) {
        return new TimelineEntry(EventDate.day(LocalDate.parse(date)), label, "caption " + label, current);
    }

    private static TimelineEntry month(String month, String label) {
        return new TimelineEntry(new EventDate(LocalDate.parse(month + "-01"), EventDate.Precision.MONTH,
                Optional.empty(), Optional.empty()), label, "caption " + label, false);
    }

    /** The seed story's background, as the localizer orders it. */
    private static List<TimelineEntry> seed() {
        return List.of(day("2020-08-09", "9 августа", false), day("2020-08-09", "9 августа", false),
                day("2020-08-27", "27 августа", false), month("2020-08", "август"),
                day("2020-09-14", "14 сентября", false), month("2020-09", "сентябрь"), month("2020-10", "октябрь"),
                day("2020-11-19", "19 ноября", true));
    }

    @Test
    void dots_areTheDates_aMonthOnlyWhereNoDayOfItIsShown() {
        TimelineChart chart = TimelineChart.of(seed());

        assertThat(chart.points()).extracting(TimelineChart.Point::label)
                .containsExactly("9 августа", "27 августа", "14 сентября", "октябрь", "19 ноября");
        assertThat(chart.points()).extracting(TimelineChart.Point::current)
                .containsExactly(false, false, false, false, true);
        assertThat(chart.points().get(0).title()).isEqualTo("9 августа\ncaption 9 августа\ncaption 9 августа");
    }

    @Test
    void dots_stand_inProportionToTime() {
        List<Double> xs = xs(TimelineChart.of(seed()));

        assertThat(xs.get(0)).isEqualTo(TimelineChart.START);
        assertThat(xs.get(xs.size() - 1)).isEqualTo(TimelineChart.END);
        // 9 Aug → 27 Aug is 18 of the 102 days to 19 Nov
        assertThat(xs.get(1)).isCloseTo(2 + 96 * 18 / 102.0, org.assertj.core.data.Offset.offset(0.06));
        // October, known only to the month, stands in its middle (1 October is 53 days on)
        assertThat(xs.get(3)).isCloseTo(2 + 96 * (53 + 15.5) / 102.0, org.assertj.core.data.Offset.offset(0.06));
    }

    @Test
    void labels_neverOverlap_atThePhoneWidth() {
        assertNoOverlap(TimelineChart.of(seed()));
        List<TimelineEntry> crowded = new ArrayList<>();
        for (int day = 1; day <= 12; day++) {
            crowded.add(day("2020-11-%02d".formatted(day), day + " ноября", false));
        }
        crowded.add(day("2020-11-13", "13 ноября", true));
        assertNoOverlap(TimelineChart.of(crowded));
    }

    @Test
    void veryUnevenTime_spacesTheDotsEvenly() {
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(day("1991-12-08", "8 декабря 1991 года", false));
        for (int day = 1; day <= 6; day++) {
            entries.add(day("2020-11-%02d".formatted(day), day + " ноября", false));
        }
        entries.add(day("2020-11-19", "19 ноября", true));

        List<Double> xs = xs(TimelineChart.of(entries));

        double step = (TimelineChart.END - TimelineChart.START) / (xs.size() - 1);
        for (int i = 0; i < xs.size(); i++) {
            assertThat(xs.get(i)).isCloseTo(TimelineChart.START + i * step, org.assertj.core.data.Offset.offset(0.06));
        }
    }

    @Test
    void oneDate_standsInTheMiddle() {
        TimelineChart chart = TimelineChart.of(List.of(day("2020-11-19", "19 ноября", false),
                day("2020-11-19", "19 ноября", true)));

        assertThat(chart.points()).singleElement().satisfies(point -> {
            assertThat(point.x()).isEqualTo("50.0");
            assertThat(point.current()).isTrue();
        });
    }

    @Test
    void rightToLeft_runsFromTheRight_withTheSameRows() {
        TimelineChart ltr = TimelineChart.of(seed());
        TimelineChart rtl = TimelineChart.of(seed(), true);

        assertThat(xs(rtl).get(0)).isEqualTo(100 - TimelineChart.START);
        assertThat(xs(rtl).get(4)).isEqualTo(100 - TimelineChart.END);
        assertThat(rtl.points()).extracting(TimelineChart.Point::labelY)
                .containsExactlyElementsOf(ltr.points().stream().map(TimelineChart.Point::labelY).toList());
        assertThat(rtl.points().get(0).textAnchor()).isEqualTo("end");
        assertThat(rtl.points().get(4).textAnchor()).isEqualTo("start");
    }

    @Test
    void chart_isTallEnoughForItsLabels() {
        TimelineChart chart = TimelineChart.of(seed());
        for (TimelineChart.Point point : chart.points()) {
            assertThat(point.labelY()).isBetween(13, chart.height() - 3);
        }
    }

    private static List<Double> xs(TimelineChart chart) {
        return chart.points().stream().map(p -> Double.parseDouble(p.x())).toList();
    }

    /** Two labels on one line (same baseline) must leave room between them at the narrowest width. */
    private static void assertNoOverlap(TimelineChart chart) {
        List<double[]> spans = new ArrayList<>();
        for (TimelineChart.Point point : chart.points()) {
            double at = Double.parseDouble(point.x()) / 100 * TimelineChart.MIN_WIDTH;
            double width = point.label().length() * TimelineChart.CHAR_WIDTH;
            double left = switch (point.textAnchor()) {
                case "start" -> at;
                case "end" -> at - width;
                default -> at - width / 2;
            };
            assertThat(left).as(point.label() + " starts inside the chart").isGreaterThanOrEqualTo(0);
            assertThat(left + width).as(point.label() + " ends inside the chart").isLessThanOrEqualTo(TimelineChart.MIN_WIDTH);
            for (int i = 0; i < spans.size(); i++) {
                TimelineChart.Point other = chart.points().get(i);
                if (other.labelY() == point.labelY()) {
                    assertThat(spans.get(i)[1] + TimelineChart.LABEL_GAP).as(other.label() + " clears " + point.label())
                            .isLessThanOrEqualTo(left);
                }
            }
            spans.add(new double[] {left, left + width});
        }
    }
}
