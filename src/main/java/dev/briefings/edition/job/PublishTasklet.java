package dev.briefings.edition.job;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.task.AsyncTaskExecutor;

import dev.briefings.data.Json;
import dev.briefings.data.JsonStream;
import dev.briefings.i18n.Fallback;
import dev.briefings.render.OutputFormat;
import dev.briefings.render.PageView;
import dev.briefings.render.TemplateSet;
import dev.briefings.edition.publish.AtomicFiles;
import dev.briefings.edition.publish.Digests;
import dev.briefings.edition.publish.Durability;
import dev.briefings.edition.publish.EditionIndex;
import dev.briefings.edition.publish.Housekeeping;
import dev.briefings.edition.publish.EditionPaths;
import dev.briefings.edition.publish.Manifest;
import dev.briefings.edition.publish.Plan;
import dev.briefings.edition.publish.PreviousGeneration;
import dev.briefings.edition.publish.RenderCache;

/**
 * Publishes the staged edition: writes the whole-edition documents (streamed story by story, never
 * held in memory), the manifest with every file's sha256, then moves the folder into place and
 * switches {@code output/<date>} to it with one atomic rename. Each stage checks what a previous,
 * interrupted attempt already did, so a restart finishes the job instead of repeating it.
 */
public class PublishTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(PublishTasklet.class);

    private final EditionPaths paths;
    private final StoryRenderer renderer;
    private final TemplateSet templates;
    private final List<String> locales;
    private final List<OutputFormat> formats;
    private final String fingerprint;
    private final int keepGenerations;
    private final AsyncTaskExecutor threads;

    public PublishTasklet(EditionPaths paths, StoryRenderer renderer, TemplateSet templates, List<String> locales,
            List<OutputFormat> formats, String fingerprint, int keepGenerations, AsyncTaskExecutor threads) {
        this.keepGenerations = keepGenerations;
        this.threads = threads;
        this.paths = paths;
        this.renderer = renderer;
        this.templates = templates;
        this.locales = List.copyOf(locales);
        this.formats = List.copyOf(formats);
        this.fingerprint = fingerprint;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        Path version = paths.version();
        Path output = paths.output();
        Optional<Path> live = Housekeeping.publishedVersion(output, paths.edition());
        if (live.isPresent() && live.get().equals(version.toAbsolutePath().normalize())) {
            // generation names never repeat, so this is a bug: never write over what readers read
            throw new IllegalStateException(version + " is the published edition; a new generation must not reuse its name");
        }
        if (Files.isDirectory(paths.staged()) || !Files.isDirectory(version)) {
            Plan plan = Json.read(paths.plan(), Plan.class);
            Files.createDirectories(paths.staged());
            List<Manifest.FileEntry> documents = writeEditionDocuments(plan);
            Faults.point("publish-documents");
            Manifest.Changes changes;
            Optional<PreviousGeneration> previous = PreviousGeneration.find(output, paths.edition());
            try {
                changes = StoryChanges.of(paths, locales, formats.get(0).extension(), plan.stories(), previous);
            } finally {
                previous.ifPresent(PreviousGeneration::close);
            }
            writeManifest(plan, documents, changes);
            Housekeeping.delete(output, paths.edition(), version);
            Files.createDirectories(version.getParent());
            AtomicFiles.move(paths.staged(), version);
        }
        // beside the version before readers are sent to it, also when a restart finds the version moved already
        if (Files.isDirectory(paths.cache())) {
            if (Files.exists(paths.renders())) {
                Housekeeping.delete(output, paths.edition(), paths.renders());
            }
            Files.createDirectories(paths.renders().getParent());
            AtomicFiles.move(paths.cache(), paths.renders());
        }
        // the new version, and its name in .editions/, are on disk before any reader is sent to it
        Durability.syncTree(version);
        Faults.point("publish-moved");
        Optional<Path> previous = switchLink(version);
        Durability.syncFolder(output);
        Faults.point("publish-switched");
        if (previous.isPresent() && !previous.get().equals(version.toAbsolutePath().normalize())) {
            LOG.debug("Edition {}: {} is kept as the generation before this one", paths.edition(), previous.get());
        }
        Housekeeping.removeOldGenerations(output, paths.edition(), keepGenerations);
        try {
            EditionIndex.write(output);
        } catch (IOException | UncheckedIOException e) {
            // The edition is published; the index is a convenience the next publication rewrites.
            LOG.warn("Could not write {}: {}", output.resolve(EditionIndex.FILE), e.getMessage());
        }
        Housekeeping.delete(output, paths.edition(), paths.work());
        return RepeatStatus.FINISHED;
    }

    /**
     * Writes each locale's whole-edition document in each format, and the manifest entries of its
     * briefs in publication order; returns the documents' own entries.
     */
    private List<Manifest.FileEntry> writeEditionDocuments(Plan plan) throws IOException {
        Map<String, Integer> slots = new HashMap<>();
        List<String> stories = plan.stories();
        for (int i = 0; i < stories.size(); i++) {
            slots.put(stories.get(i), i);
        }
        RenderCache.writeStories(paths.cache(), stories);
        // One document per locale and format, each from its own fragments file, written on the
        // render threads (idle now) side by side: at 10k stories they took over half of this step (#15).
        List<Future<Manifest.FileEntry>> documents = new ArrayList<>();
        for (String locale : locales) {
            for (OutputFormat format : formats) {
                documents.add(threads.submit(() -> writeEditionDocument(stories, slots, locale, format)));
            }
        }
        // every one has ended before the step goes on or fails: none writes into a step that failed
        List<Manifest.FileEntry> written = new ArrayList<>();
        Throwable failed = null;
        for (Future<Manifest.FileEntry> document : documents) {
            try {
                written.add(finished(document));
            } catch (IOException | RuntimeException | Error e) {
                if (failed == null) {
                    failed = e;
                } else {
                    failed.addSuppressed(e);
                }
            }
        }
        if (failed instanceof IOException io) {
            throw io;
        }
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed != null) {
            throw (Error) failed;
        }
        return written;
    }

    private Manifest.FileEntry writeEditionDocument(List<String> stories, Map<String, Integer> slots, String locale,
            OutputFormat format) throws IOException {
        String extension = format.extension();
        try (FragmentIndex index = FragmentIndex.build(paths.fragments().resolve(locale).resolve(extension), slots)) {
            writeBriefEntries(stories, index, locale, extension);
            Faults.point("publish-document-" + locale + "-" + extension);
            Iterable<PageView.Entry> entries = () -> IntStream.range(0, stories.size()).mapToObj(slot -> {
                RenderedStory.Fragment fragment = index.fragment(slot);
                return new PageView.Entry(fragment.anchor(), fragment.headline(), fragment.body());
            }).iterator();
            PageView page = new PageView(renderer.languageTag(locale), renderer.direction(locale),
                    renderer.editionTitle(locale), renderer.editionTitle(locale), entries, stories.isEmpty(),
                    renderer.labels(locale));
            String path = RenderedStory.editionPath(locale, extension);
            MessageDigest digest = Digests.newSha256();
            AtomicFiles.write(paths.staged().resolve(path), out -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(Digests.summing(out, digest),
                        StandardCharsets.UTF_8), 64 * 1024);
                templates.render(locale, format, "edition", page, writer);
                writer.flush();
            });
            index.keep(paths.cache(), locale, extension);
            return new Manifest.FileEntry(path, locale, extension, null, Digests.hex(digest));
        }
    }

    /** A document's entry once it is written; what its thread threw, as thrown. */
    private static Manifest.FileEntry finished(Future<Manifest.FileEntry> document) throws IOException {
        try {
            return document.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the edition documents were written", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    /** The manifest entries of one locale's briefs in one format (a line each: id, tab, sha256), kept until the manifest is written. */
    private void writeBriefEntries(List<String> stories, FragmentIndex index, String locale, String extension)
            throws IOException {
        Path file = paths.briefEntries(locale, extension);
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file)) {
            for (int slot = 0; slot < stories.size(); slot++) {
                String id = stories.get(slot);
                out.write(id);
                out.write('\t');
                out.write(index.sha256(slot));
                out.write('\n');
            }
        }
    }

    /**
     * Streams the manifest: for each locale and format the whole-edition document, then its briefs
     * in publication order.
     */
    private void writeManifest(Plan plan, List<Manifest.FileEntry> documents, Manifest.Changes changes)
            throws IOException {
        List<Manifest.RejectedEntry> rejected = plan.rejected().stream()
                .map(r -> new Manifest.RejectedEntry(r.source(), r.position(), r.id().orElse(null), r.reason()))
                .toList();
        AtomicFiles.write(paths.staged().resolve(Manifest.FILE_NAME), out -> {
            try (JsonStream json = new JsonStream(new BufferedOutputStream(out, 64 * 1024))) {
                json.beginObject()
                        .field("edition", paths.edition().toString())
                        .field("locales", locales)
                        .field("formats", formats.stream().map(OutputFormat::extension).toList())
                        .field("fingerprint", fingerprint)
                        .beginArray("files");
                for (Manifest.FileEntry document : documents) {
                    json.element(document);
                    try (BufferedReader lines = Files.newBufferedReader(paths.briefEntries(document.locale(), document.format()))) {
                        String line;
                        while ((line = lines.readLine()) != null) {
                            int tab = line.indexOf('\t');
                            String id = line.substring(0, tab);
                            json.element(new Manifest.FileEntry(RenderedStory.briefPath(document.locale(), id,
                                    document.format()), document.locale(), document.format(), id, line.substring(tab + 1)));
                        }
                    }
                }
                json.endArray()
                        .field("rejected", rejected)
                        .field("fallbacks", fallbacks())
                        .field("records", plan.counts())
                        .field("changes", changes)
                        .endObject();
            }
        });
    }

    private List<Manifest.FallbackEntry> fallbacks() throws IOException {
        TreeSet<String> seen = new TreeSet<>();
        List<Manifest.FallbackEntry> entries = new ArrayList<>();
        if (!Files.isDirectory(paths.fallbacks())) {
            return entries;
        }
        try (Stream<Path> listing = Files.list(paths.fallbacks())) {
            for (Path file : listing.sorted().toList()) {
                for (Fallback fallback : Json.read(file, Fallback[].class)) {
                    if (seen.add(fallback.locale() + "\u0000" + fallback.subject() + "\u0000" + fallback.what())) {
                        entries.add(new Manifest.FallbackEntry(fallback.locale(), fallback.subject(), fallback.what()));
                    }
                }
            }
        }
        entries.sort(Comparator.comparing(Manifest.FallbackEntry::locale).thenComparing(Manifest.FallbackEntry::subject)
                .thenComparing(Manifest.FallbackEntry::what));
        return entries;
    }

    /**
     * Points {@code output/<date>} at the new version by renaming a fresh link over it, and returns
     * the version it pointed to before (to delete), when that is one this program made. A link an
     * operator made elsewhere is replaced, and what it pointed to is left alone.
     */
    private Optional<Path> switchLink(Path version) throws IOException {
        Path link = paths.published();
        Optional<Path> previous = Housekeeping.publishedVersion(paths.output(), paths.edition());
        if (previous.isEmpty() && Files.isSymbolicLink(link)) {
            LOG.warn("{} pointed to {}, which this program did not make; it now points to the new edition, and {} is "
                    + "left as it was", link, Files.readSymbolicLink(link), Files.readSymbolicLink(link));
        }
        Path target = link.toAbsolutePath().getParent().relativize(version.toAbsolutePath());
        Path temp = link.resolveSibling("." + link.getFileName() + ".link");
        Files.deleteIfExists(temp);
        Files.createSymbolicLink(temp, target);
        AtomicFiles.move(temp, link);
        return previous;
    }
}
