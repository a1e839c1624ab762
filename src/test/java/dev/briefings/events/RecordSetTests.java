package dev.briefings.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.briefings.data.Position;

class RecordSetTests {

    private static final LocalDate EDITION = LocalDate.of(2020, 11, 20);
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private static EventRecord record(String id, String file, int priority, EventDate date, List<String> background) {
        return new EventRecord(id, "infection.reported", date, "moscow", Map.of("person", List.of("putin")), Map.of(),
                Map.of(), Optional.empty(), Optional.empty(), background, priority, new Origin(file, new Position(2, 1), 1));
    }

    private static EventRecord record(String id, List<String> background) {
        return record(id, id + ".yaml", 5, EventDate.day(EDITION), background);
    }

    @Test
    void resolve_sameIdInTwoFiles_rejectsBothCopies() {
        RecordSet set = RecordSet.resolve(List.of(record("a", "one.yaml", 5, EventDate.day(EDITION), List.of()),
                record("a", "two.yaml", 5, EventDate.day(EDITION), List.of()), record("b", List.of())), Set.of());

        assertThat(set.find("a")).isEmpty();
        assertThat(set.find("b")).isPresent();
        assertThat(set.rejections()).extracting(Rejection::source).containsExactlyInAnyOrder("one.yaml", "two.yaml");
        assertThat(set.rejections().get(0).reason()).contains("also used at");
    }

    @Test
    void resolve_backgroundThatNamesNoRecord_rejectsTheRecordNamingIt() {
        RecordSet set = RecordSet.resolve(List.of(record("a", List.of("missing"))), Set.of());

        assertThat(set.find("a")).isEmpty();
        assertThat(set.rejections()).singleElement().satisfies(r -> {
            assertThat(r.id()).contains("a");
            assertThat(r.reason()).contains("no record has the id 'missing'");
        });
    }

    @Test
    void resolve_backgroundThatNamesARejectedRecord_keepsTheStoryWithoutIt() {
        RecordSet set = RecordSet.resolve(List.of(record("a", List.of("broken"))), Set.of("broken"));

        EventRecord story = set.find("a").orElseThrow();
        assertThat(set.backgroundOf(story)).isEmpty();
        assertThat(set.rejections()).isEmpty();
    }

    @Test
    void resolve_backgroundLoop_rejectsEveryRecordInIt() {
        RecordSet set = RecordSet.resolve(List.of(record("a", List.of("b")), record("b", List.of("c")),
                record("c", List.of("a")), record("d", List.of("a"))), Set.of());

        assertThat(set.rejections()).extracting(r -> r.id().orElseThrow()).contains("a", "b", "c");
        assertThat(set.rejections().get(0).reason()).contains("loop").contains("a → b → c → a");
    }

    @Test
    void storiesOf_ordersByPriorityThenNewestFirst() {
        EventDate morning = new EventDate(EDITION, EventDate.Precision.DAY, Optional.of(LocalTime.of(9, 0)), Optional.empty());
        EventDate evening = new EventDate(EDITION, EventDate.Precision.DAY, Optional.of(LocalTime.of(21, 0)), Optional.empty());
        EventDate newYork = new EventDate(EDITION, EventDate.Precision.DAY, Optional.of(LocalTime.of(12, 0)),
                Optional.of(ZoneId.of("America/New_York"))); // 20:00 in Moscow
        RecordSet set = RecordSet.resolve(List.of(
                record("low", "f.yaml", 7, evening, List.of()),
                record("morning", "f.yaml", 2, morning, List.of()),
                record("evening", "f.yaml", 2, evening, List.of()),
                record("new-york", "f.yaml", 2, newYork, List.of()),
                record("yesterday", "f.yaml", 1, EventDate.day(EDITION.minusDays(1)), List.of())), Set.of());

        assertThat(set.storiesOf(EDITION, MOSCOW)).extracting(EventRecord::id)
                .containsExactly("evening", "new-york", "morning", "low");
    }
}
