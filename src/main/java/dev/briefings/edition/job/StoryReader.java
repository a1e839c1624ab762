package dev.briefings.edition.job;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import dev.briefings.data.Json;
import dev.briefings.events.EventRecord;
import dev.briefings.edition.publish.Plan;
import dev.briefings.edition.runs.JobKeys;

/**
 * Reads the edition's stories from the ingest step's staging files, in reading order, one file of
 * records at a time. The count of stories read is saved, so a restart resumes after the last
 * committed chunk. (The edition documents put the stories in publication order afterwards.)
 */
public class StoryReader extends AbstractItemCountingItemStreamItemReader<StoryItem> {

    /** The stories the committed chunks hold, as the reader keeps it in the step's execution context. */
    public static final String COUNT = JobKeys.RENDER_COUNT;

    private final Path ingest;
    private final Path plan;
    private final LocalDate edition;

    private Set<String> excluded;
    private Iterator<Path> chunks;
    private Iterator<IngestItem.Staged> items;

    public StoryReader(Path ingest, Path plan, LocalDate edition) {
        this.ingest = ingest;
        this.plan = plan;
        this.edition = edition;
        setName("stories");
    }

    @Override
    protected void doOpen() throws IOException {
        excluded = Json.read(plan, Plan.class).excluded();
        chunks = PlanTasklet.stagedChunks(ingest).iterator();
        items = List.<IngestItem.Staged>of().iterator();
    }

    @Override
    protected StoryItem doRead() throws IOException {
        while (true) {
            while (items.hasNext()) {
                EventRecord record = items.next().record();
                if (record != null && record.belongsTo(edition) && !excluded.contains(record.id())) {
                    return new StoryItem(getCurrentItemCount() - 1L, record);
                }
            }
            if (!chunks.hasNext()) {
                return null;
            }
            items = List.of(Json.read(chunks.next(), IngestItem.Staged[].class)).iterator();
        }
    }

    @Override
    protected void doClose() {
        chunks = null;
        items = null;
    }
}
