package dev.briefings.edition.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import dev.briefings.TestProject;
import dev.briefings.events.EventFiles;

class EventRecordReaderTests {

    @TempDir
    Path folder;

    private static List<String> ids(EventRecordReader reader, int max) {
        List<String> ids = new ArrayList<>();
        IngestItem item;
        while (ids.size() < max && (item = reader.read()) != null) {
            String rejected = item.rejection().map(r -> "rejected " + r.source()).orElse("");
            ids.add(item.raw().map(r -> r.origin().file() + "#" + r.origin().index()).orElse(rejected));
        }
        return ids;
    }

    @Test
    void reader_afterARestart_resumesAtTheNextUnreadRecord_ignoringFilesAddedMeanwhile() {
        // given the sample events and a reader that has read five records and saved its position
        Path events = folder.resolve("events");
        TestProject.copyTree(TestProject.root().resolve("events"), events);
        Path snapshot = folder.resolve("files.json");
        EventRecordReader first = new EventRecordReader(new EventFiles(events), snapshot);
        ExecutionContext context = new ExecutionContext();
        first.open(context);
        List<String> before = ids(first, 5);
        first.update(context);
        first.close();
        List<String> all = new ArrayList<>(before);
        all.addAll(ids(reopen(events, snapshot, new ExecutionContext(context)), Integer.MAX_VALUE));

        // when a file is added before the restart
        TestProject.write(events.resolve("0000-added.yaml"), "id: added\n");
        EventRecordReader second = reopen(events, snapshot, context);

        // then the restarted reader continues where the first stopped, over the same files
        List<String> after = ids(second, Integer.MAX_VALUE);
        assertThat(after).doesNotContainAnyElementsOf(before).noneMatch(id -> id.contains("added"));
        List<String> joined = new ArrayList<>(before);
        joined.addAll(after);
        assertThat(joined).isEqualTo(all).hasSize(38);
    }

    @Test
    void reader_closedHalfway_stopsItsParserThread() throws Exception {
        // the files are parsed ahead on a thread of their own (#15): a step that fails or is stopped
        // halfway closes the reader, and nothing may go on reading after it
        Path events = folder.resolve("events");
        TestProject.copyTree(TestProject.root().resolve("events"), events);
        for (int i = 0; i < 40; i++) {
            TestProject.copyTree(TestProject.root().resolve("events"), events.resolve("copy-" + i));
        }
        EventRecordReader reader = new EventRecordReader(new EventFiles(events), folder.resolve("files.json"));
        reader.open(new ExecutionContext());
        assertThat(ids(reader, 3)).hasSize(3);

        reader.close();

        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("ingest-parser") && t.isAlive());
    }

    private static EventRecordReader reopen(Path events, Path snapshot, ExecutionContext context) {
        EventRecordReader reader = new EventRecordReader(new EventFiles(events), snapshot);
        reader.open(context);
        return reader;
    }
}
