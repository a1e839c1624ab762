package dev.briefings.edition.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import dev.briefings.data.Json;
import dev.briefings.i18n.Fallback;
import dev.briefings.edition.publish.AtomicFiles;
import dev.briefings.edition.publish.EditionPaths;

/**
 * Keeps what publication needs from each chunk of staged stories: for every locale and format one
 * file of the stories' fragments and page sums (a line per story: its id, the page's sha256 and
 * the fragment as JSON, separated by tabs), and one file of the fallbacks used. Files are named by
 * the chunk's first position, so a chunk written again after a restart replaces its own files with
 * the same bytes.
 */
public class BriefWriter implements ItemWriter<StagedStory> {

    private final EditionPaths paths;
    private int chunks;

    public BriefWriter(EditionPaths paths) {
        this.paths = paths;
    }

    @Override
    public void write(Chunk<? extends StagedStory> chunk) throws IOException {
        if (chunk.isEmpty()) {
            return;
        }
        String name = fileName(chunk.getItems().get(0).position());
        Map<String, StringBuilder> lines = new LinkedHashMap<>();
        Set<Fallback> fallbacks = new LinkedHashSet<>();
        for (StagedStory story : chunk) {
            for (StagedStory.Brief brief : story.briefs()) {
                lines.computeIfAbsent(brief.locale() + "/" + brief.format(), k -> new StringBuilder())
                        .append(story.id()).append('\t').append(brief.sha256()).append('\t')
                        .append(Json.line(brief.fragment())).append('\n');
            }
            fallbacks.addAll(story.fallbacks());
        }
        for (Map.Entry<String, StringBuilder> entry : lines.entrySet()) {
            AtomicFiles.write(paths.fragments().resolve(entry.getKey()).resolve(name + ".jsonl"),
                    entry.getValue().toString().getBytes(StandardCharsets.UTF_8));
        }
        AtomicFiles.write(paths.fallbacks().resolve(name + ".json"), Json.bytes(fallbacks));
        chunks++;
        Faults.point("render-chunk-" + chunks);
    }

    static String fileName(long firstPosition) {
        return String.format(Locale.ROOT, "%012d", firstPosition);
    }
}
