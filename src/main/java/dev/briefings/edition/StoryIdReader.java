package dev.briefings.edition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import dev.briefings.data.Json;

/** Reads the plan's stories in order; the count of stories read is saved, so a restart resumes. */
public class StoryIdReader extends AbstractItemCountingItemStreamItemReader<String> {

    private final Path plan;
    private List<String> stories;

    public StoryIdReader(Path plan) {
        this.plan = plan;
        setName("stories");
    }

    @Override
    protected void doOpen() throws IOException {
        stories = Json.read(plan, Plan.class).stories();
    }

    @Override
    protected String doRead() {
        int index = getCurrentItemCount() - 1;
        return index < stories.size() ? stories.get(index) : null;
    }

    @Override
    protected void doClose() {
        stories = null;
    }
}
