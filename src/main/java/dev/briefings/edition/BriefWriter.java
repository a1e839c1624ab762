package dev.briefings.edition;

import java.io.IOException;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import dev.briefings.data.Json;

/**
 * Writes rendered briefs into the staging edition, and keeps each story's fragments and fallbacks
 * for the publish step. Every file is written whole, by rename, so a chunk re-written after a
 * failure leaves exactly the files an uninterrupted run would.
 */
public class BriefWriter implements ItemWriter<RenderedStory> {

    private final EditionPaths paths;
    private int chunks;

    public BriefWriter(EditionPaths paths) {
        this.paths = paths;
    }

    @Override
    public void write(Chunk<? extends RenderedStory> chunk) throws IOException {
        for (RenderedStory story : chunk) {
            for (RenderedStory.Output file : story.files()) {
                AtomicFiles.writeString(paths.staged().resolve(file.path()), file.content());
            }
            for (RenderedStory.Fragment fragment : story.fragments()) {
                AtomicFiles.write(paths.fragments().resolve(fragment.locale()).resolve(story.id() + ".json"),
                        Json.bytes(fragment));
            }
            AtomicFiles.write(paths.fallbacks().resolve(story.id() + ".json"), Json.bytes(story.fallbacks()));
        }
        chunks++;
        Faults.point("render-chunk-" + chunks);
    }
}
