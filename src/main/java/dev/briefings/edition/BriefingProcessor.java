package dev.briefings.edition;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Renders each story of the plan in every locale and format. */
public class BriefingProcessor implements ItemProcessor<String, RenderedStory> {

    private final StoryRenderer renderer;

    public BriefingProcessor(StoryRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public RenderedStory process(String id) {
        return renderer.render(id);
    }
}
