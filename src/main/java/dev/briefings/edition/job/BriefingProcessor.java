package dev.briefings.edition.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import dev.briefings.data.Json;
import dev.briefings.edition.publish.AtomicFiles;
import dev.briefings.edition.publish.Digests;
import dev.briefings.edition.publish.EditionPaths;
import dev.briefings.edition.publish.FragmentLine;
import dev.briefings.edition.publish.PreviousGeneration;
import dev.briefings.i18n.Fallback;

/**
 * Stages each story's brief pages in every locale and format. Where the published generation
 * holds the story in a locale with the same inputs (the same record, background, kinds,
 * messages, names, templates and program: {@link StoryRenderer#inputs}), its pages are reused:
 * linked into the staging edition (copied where the file system cannot link), not rendered.
 * Otherwise the story is rendered in that locale and compared with the published pages.
 * <p>
 * The render step calls it from several threads at once, so that rendering and writing files,
 * the costly part, use every core. ICU formatters are not thread-safe: each thread renders with
 * its own copy of the renderer, made the first time the thread asks. Pages are written in place,
 * without a temporary file: the staging edition is never read until it is published whole, and a
 * chunk that fails is staged again, to the same bytes, when the job restarts.
 */
public class BriefingProcessor implements ItemProcessor<StoryItem, StagedStory>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BriefingProcessor.class);

    private final ThreadLocal<StoryRenderer> renderers;
    private final Path staged;
    private final List<String> locales;
    private final List<String> formats;
    private final Optional<PreviousGeneration> previous;
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean copying = new AtomicBoolean();
    private final boolean renderAll;

    /**
     * @param renderAll render every story, reusing none ({@code --force}); pages are still compared
     *                  with the published ones
     */
    public BriefingProcessor(StoryRenderer renderer, Path staged, List<String> locales, List<String> formats,
            Optional<PreviousGeneration> previous, boolean renderAll) {
        this.renderAll = renderAll;
        this.renderers = ThreadLocal.withInitial(renderer::forAnotherThread);
        this.staged = staged;
        this.locales = List.copyOf(locales);
        this.formats = List.copyOf(formats);
        this.previous = previous;
    }

    /**
     * A processor that compares with, and reuses from, the generation of the edition published now,
     * if any. Which one that is, is kept in the staging area: a resumed run compares with the same.
     */
    static BriefingProcessor forEdition(StoryRenderer renderer, EditionPaths paths, List<String> locales,
            List<String> formats, boolean renderAll) throws IOException {
        Optional<PreviousGeneration> previous = PreviousGeneration.find(paths.output(), paths.edition());
        String base = StoryChanges.base(previous);
        Optional<String> compared = StoryChanges.comparedWith(paths);
        if (compared.isPresent() && !compared.get().equals(base)) {
            previous.ifPresent(PreviousGeneration::close);
            throw new IllegalStateException("this generation's stories were compared with generation " + compared.get()
                    + " of the edition, but " + base + " is published now; run the edition again");
        }
        if (compared.isEmpty()) {
            AtomicFiles.write(paths.comparedWith(), base.getBytes(StandardCharsets.UTF_8));
        }
        return new BriefingProcessor(renderer, paths.staged(), locales, formats, previous, renderAll);
    }

    @Override
    public StagedStory process(StoryItem item) throws IOException {
        StoryRenderer renderer = renderers.get();
        String id = item.record().id();
        List<StagedStory.Brief> briefs = new ArrayList<>(locales.size() * formats.size());
        Set<Fallback> fallbacks = new LinkedHashSet<>();
        Map<String, StagedStory.Change> changes = new LinkedHashMap<>();
        Map<String, String> digests = renderer.inputs(item);
        for (String locale : locales) {
            String inputs = digests.get(locale);
            List<Optional<FragmentLine>> cached = cached(id, locale);
            if (!renderAll && reuse(id, locale, inputs, cached, briefs, fallbacks)) {
                changes.put(locale, StagedStory.Change.REUSED);
            } else {
                changes.put(locale, render(renderer, item, locale, inputs, cached, briefs, fallbacks));
            }
        }
        return new StagedStory(item.position(), id, briefs, List.copyOf(fallbacks), changes);
    }

    /** The published generation's cached lines of a story in a locale, per format (read once: reuse and comparison share them). */
    private List<Optional<FragmentLine>> cached(String id, String locale) {
        List<Optional<FragmentLine>> lines = new ArrayList<>(formats.size());
        for (String format : formats) {
            lines.add(previous.isEmpty() ? Optional.empty() : previous.get().cached(locale, format, id));
        }
        return lines;
    }

    /** Links the published pages of a story in a locale when its inputs have not changed; false when it cannot. */
    private boolean reuse(String id, String locale, String inputs, List<Optional<FragmentLine>> cached,
            List<StagedStory.Brief> briefs, Set<Fallback> fallbacks) throws IOException {
        List<FragmentLine> lines = new ArrayList<>(formats.size());
        for (Optional<FragmentLine> line : cached) {
            if (line.isEmpty() || !line.get().inputs().equals(inputs)) {
                return false;
            }
            lines.add(line.get());
        }
        List<StagedStory.Brief> reused = new ArrayList<>(formats.size());
        for (int i = 0; i < formats.size(); i++) {
            String path = RenderedStory.briefPath(locale, id, formats.get(i));
            try {
                link(previous.get().page(path), target(path));
            } catch (NoSuchFileException e) {
                LOG.warn("{} is missing from the published edition; the story is rendered again", path);
                return false;
            }
            reused.add(new StagedStory.Brief(locale, formats.get(i), path, lines.get(i)));
        }
        briefs.addAll(reused);
        String used = lines.get(0).fallbacks();
        if (!used.equals("[]")) {
            fallbacks.addAll(List.of(Json.read(used.getBytes(StandardCharsets.UTF_8), Fallback[].class)));
        }
        return true;
    }

    private StagedStory.Change render(StoryRenderer renderer, StoryItem item, String locale, String inputs,
            List<Optional<FragmentLine>> cached, List<StagedStory.Brief> briefs, Set<Fallback> fallbacks)
            throws IOException {
        String id = item.record().id();
        StoryRenderer.LocaleRendering rendering = renderer.render(item, locale);
        String used = Json.line(rendering.fallbacks());
        fallbacks.addAll(rendering.fallbacks());
        boolean published = false;
        boolean differs = false;
        for (int i = 0; i < rendering.briefs().size(); i++) {
            RenderedStory.Brief brief = rendering.briefs().get(i);
            byte[] page = brief.page().getBytes(StandardCharsets.UTF_8);
            write(target(brief.path()), page);
            String sha = Digests.sha256(page);
            briefs.add(new StagedStory.Brief(locale, brief.format(), brief.path(),
                    new FragmentLine(id, sha, inputs, used, Json.line(brief.fragment()))));
            Optional<String> before = previous.isPresent()
                    ? previous.get().sha256(cached.get(i), brief.path()) : Optional.empty();
            published |= before.isPresent();
            differs |= before.isEmpty() || !before.get().equals(sha);
        }
        return !published ? StagedStory.Change.ADDED : differs ? StagedStory.Change.CHANGED : StagedStory.Change.UNCHANGED;
    }

    private Path target(String path) throws IOException {
        Path file = staged.resolve(path);
        Path folder = file.getParent();
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
        return file;
    }

    /**
     * Writes a new file: one already there (a chunk staged again after a restart) may be a link to
     * a published page, so it is replaced, never written through.
     */
    private static void write(Path file, byte[] page) throws IOException {
        try {
            Files.write(file, page, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            Files.delete(file);
            Files.write(file, page, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }

    /** A hard link to a published page, or a copy where the file system has no links (or not across these folders). */
    private void link(Path page, Path target) throws IOException {
        try {
            Files.createLink(target, page);
        } catch (FileAlreadyExistsException e) {
            // a chunk staged again after a restart
            Files.delete(target);
            link(page, target);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (copying.compareAndSet(false, true)) {
                LOG.warn("Cannot link the published pages into the new edition ({}); copying them instead",
                        e.getMessage());
            }
            Files.copy(page, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void close() {
        previous.ifPresent(PreviousGeneration::close);
    }
}
