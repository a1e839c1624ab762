package dev.briefings.edition.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import dev.briefings.edition.publish.Digests;

/**
 * Renders each story in every locale and format and writes its brief pages into the staging
 * edition. The render step calls it from several threads at once, so that rendering and writing
 * files, the costly part, use every core.
 * <p>
 * ICU formatters are not thread-safe: each thread renders with its own copy of the renderer,
 * made the first time the thread asks. Pages are written in place, without a temporary file: the
 * staging edition is never read until it is published whole, and a chunk that fails is rendered
 * and written again, to the same bytes, when the job restarts.
 */
public class BriefingProcessor implements ItemProcessor<StoryItem, StagedStory> {

    private final ThreadLocal<StoryRenderer> renderers;
    private final Path staged;
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    public BriefingProcessor(StoryRenderer renderer, Path staged) {
        this.renderers = ThreadLocal.withInitial(renderer::forAnotherThread);
        this.staged = staged;
    }

    @Override
    public StagedStory process(StoryItem item) throws IOException {
        RenderedStory story = renderers.get().render(item);
        List<StagedStory.Brief> briefs = new ArrayList<>(story.briefs().size());
        for (RenderedStory.Brief brief : story.briefs()) {
            byte[] page = brief.page().getBytes(StandardCharsets.UTF_8);
            Path file = staged.resolve(brief.path());
            Path folder = file.getParent();
            if (!folders.contains(folder)) {
                Files.createDirectories(folder);
                folders.add(folder);
            }
            Files.write(file, page);
            briefs.add(new StagedStory.Brief(brief.locale(), brief.format(), brief.path(), Digests.sha256(page),
                    brief.fragment()));
        }
        return new StagedStory(story.position(), story.id(), briefs, story.fallbacks());
    }
}
