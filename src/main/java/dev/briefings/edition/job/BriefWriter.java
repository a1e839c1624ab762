package dev.briefings.edition.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import dev.briefings.data.Json;
import dev.briefings.i18n.Fallback;
import dev.briefings.edition.publish.AtomicFiles;
import dev.briefings.edition.publish.EditionPaths;

/**
 * Keeps what publication needs from each chunk of staged stories: for every locale and format one
 * file of the stories' {@link dev.briefings.edition.publish.FragmentLine}s, one file of the
 * fallbacks used, and one of the stories whose pages were added or changed since the published
 * generation (a line per story and locale: locale, {@code added} or {@code changed}, id). Files
 * are named by the chunk's first position, so a chunk written again after a restart replaces its
 * own files with the same bytes.
 * <p>
 * It counts, per locale, the stories rendered and those whose published pages were reused, in
 * the step's execution context (so the counts survive a restart): the run summary shows them.
 */
public class BriefWriter implements ItemStreamWriter<StagedStory> {

    /** The execution-context keys of the counts, followed by the locale. */
    public static final String RENDERED = "render.rendered.";
    public static final String REUSED = "render.reused.";

    private final EditionPaths paths;
    private final List<String> locales;
    private final Map<String, Long> rendered = new TreeMap<>();
    private final Map<String, Long> reused = new TreeMap<>();
    private int chunks;

    public BriefWriter(EditionPaths paths, List<String> locales) {
        this.paths = paths;
        this.locales = List.copyOf(locales);
    }

    @Override
    public void open(ExecutionContext context) {
        for (String locale : locales) {
            rendered.put(locale, context.getLong(RENDERED + locale, 0L));
            reused.put(locale, context.getLong(REUSED + locale, 0L));
        }
    }

    @Override
    public void update(ExecutionContext context) {
        rendered.forEach((locale, count) -> context.putLong(RENDERED + locale, count));
        reused.forEach((locale, count) -> context.putLong(REUSED + locale, count));
    }

    @Override
    public void write(Chunk<? extends StagedStory> chunk) throws IOException {
        if (chunk.isEmpty()) {
            return;
        }
        String name = fileName(chunk.getItems().get(0).position());
        Map<String, StringBuilder> lines = new LinkedHashMap<>();
        Set<Fallback> fallbacks = new LinkedHashSet<>();
        StringBuilder changes = new StringBuilder();
        Map<String, Long> renderedHere = new TreeMap<>();
        Map<String, Long> reusedHere = new TreeMap<>();
        for (StagedStory story : chunk) {
            for (StagedStory.Brief brief : story.briefs()) {
                lines.computeIfAbsent(brief.locale() + "/" + brief.format(), k -> new StringBuilder())
                        .append(brief.line().text()).append('\n');
            }
            fallbacks.addAll(story.fallbacks());
            for (String locale : locales) {
                StagedStory.Change change = story.changes().get(locale);
                (change == StagedStory.Change.REUSED ? reusedHere : renderedHere).merge(locale, 1L, Long::sum);
                if (change == StagedStory.Change.ADDED || change == StagedStory.Change.CHANGED) {
                    changes.append(locale).append('\t').append(change.name().toLowerCase(Locale.ROOT)).append('\t')
                            .append(story.id()).append('\n');
                }
            }
        }
        for (Map.Entry<String, StringBuilder> entry : lines.entrySet()) {
            AtomicFiles.write(paths.fragments().resolve(entry.getKey()).resolve(name + ".jsonl"),
                    entry.getValue().toString().getBytes(StandardCharsets.UTF_8));
        }
        AtomicFiles.write(paths.fallbacks().resolve(name + ".json"), Json.bytes(fallbacks));
        AtomicFiles.write(paths.changes().resolve(name + ".tsv"), changes.toString().getBytes(StandardCharsets.UTF_8));
        // counted once the chunk's files are written: the chunk commits with them, or is written again
        renderedHere.forEach((locale, n) -> rendered.merge(locale, n, Long::sum));
        reusedHere.forEach((locale, n) -> reused.merge(locale, n, Long::sum));
        chunks++;
        Faults.point("render-chunk-" + chunks);
    }

    static String fileName(long firstPosition) {
        return String.format(Locale.ROOT, "%012d", firstPosition);
    }
}
