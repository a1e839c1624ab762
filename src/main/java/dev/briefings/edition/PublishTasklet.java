package dev.briefings.edition;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import dev.briefings.data.Json;
import dev.briefings.i18n.Fallback;
import dev.briefings.render.OutputFormat;
import dev.briefings.render.PageView;
import dev.briefings.render.TemplateSet;

/**
 * Publishes the staged edition: writes the whole-edition documents (streamed story by story, never
 * held in memory), the manifest with every file's sha256, then moves the folder into place and
 * switches {@code output/<date>} to it with one atomic rename. Each stage checks what a previous,
 * interrupted attempt already did, so a restart finishes the job instead of repeating it.
 */
public class PublishTasklet implements Tasklet {

    private final EditionPaths paths;
    private final StoryRenderer renderer;
    private final TemplateSet templates;
    private final List<String> locales;
    private final List<OutputFormat> formats;
    private final String fingerprint;

    public PublishTasklet(EditionPaths paths, StoryRenderer renderer, TemplateSet templates, List<String> locales,
            List<OutputFormat> formats, String fingerprint) {
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
        if (Files.isDirectory(paths.staged()) || !Files.isDirectory(version)) {
            Plan plan = Json.read(paths.plan(), Plan.class);
            Files.createDirectories(paths.staged());
            writeEditionDocuments(plan);
            Faults.point("publish-documents");
            writeManifest(plan);
            AtomicFiles.deleteTree(version);
            Files.createDirectories(version.getParent());
            AtomicFiles.move(paths.staged(), version);
        }
        Faults.point("publish-moved");
        Path previous = switchLink(version);
        Faults.point("publish-switched");
        if (previous != null && !previous.equals(version.toAbsolutePath().normalize())) {
            AtomicFiles.deleteTree(previous);
        }
        removeOtherVersions(version);
        AtomicFiles.deleteTree(paths.work());
        return RepeatStatus.FINISHED;
    }

    /** Versions of this edition left behind by a run killed between the switch and the clean-up. */
    private void removeOtherVersions(Path current) throws IOException {
        Path versions = current.getParent();
        String prefix = paths.edition() + "-";
        try (Stream<Path> listing = Files.list(versions)) {
            for (Path version : listing.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                if (!version.toAbsolutePath().normalize().equals(current.toAbsolutePath().normalize())) {
                    AtomicFiles.deleteTree(version);
                }
            }
        }
    }

    private void writeEditionDocuments(Plan plan) throws IOException {
        for (String locale : locales) {
            for (OutputFormat format : formats) {
                PageView page = new PageView(renderer.languageTag(locale), renderer.direction(locale), renderer.editionTitle(locale),
                        renderer.editionTitle(locale), () -> entries(plan.stories(), locale, format),
                        renderer.labels(locale));
                Path target = paths.staged().resolve(RenderedStory.editionPath(locale, format.extension()));
                AtomicFiles.write(target, out -> {
                    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    templates.render(locale, format, "edition", page, writer);
                    writer.flush();
                });
            }
        }
    }

    /** The stories of a page, read from their fragments one at a time as the template asks. */
    private Iterator<PageView.Entry> entries(List<String> stories, String locale, OutputFormat format) {
        Iterator<String> ids = stories.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return ids.hasNext();
            }

            @Override
            public PageView.Entry next() {
                Path file = paths.fragments().resolve(locale).resolve(ids.next() + ".json");
                try {
                    RenderedStory.Fragment fragment = Json.read(file, RenderedStory.Fragment.class);
                    return new PageView.Entry(fragment.anchor(), fragment.headline(),
                            fragment.bodies().get(format.extension()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private void writeManifest(Plan plan) throws IOException {
        List<Manifest.FileEntry> files = new ArrayList<>();
        Path root = paths.staged();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String path = root.relativize(file).toString().replace('\\', '/');
                if (path.equals(Manifest.FILE_NAME) || file.getFileName().toString().startsWith(".")) {
                    continue;
                }
                String[] parts = path.split("/");
                String name = parts[parts.length - 1];
                String extension = name.substring(name.lastIndexOf('.') + 1);
                String story = parts.length == 3 && parts[1].equals("stories") ? name.substring(0, name.lastIndexOf('.')) : null;
                files.add(new Manifest.FileEntry(path, parts[0], extension, story, sha256(file)));
            }
        }
        files.sort(Comparator.comparing(Manifest.FileEntry::path));
        List<Manifest.RejectedEntry> rejected = plan.rejected().stream()
                .map(r -> new Manifest.RejectedEntry(r.source(), r.position(), r.id().orElse(null), r.reason()))
                .toList();
        Manifest manifest = new Manifest(paths.edition().toString(), locales,
                formats.stream().map(OutputFormat::extension).toList(), fingerprint, files, rejected, fallbacks(),
                plan.counts());
        AtomicFiles.write(root.resolve(Manifest.FILE_NAME), Json.bytes(manifest));
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

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Points {@code output/<date>} at the new version by renaming a fresh link over it, and returns
     * the folder it pointed to before (to delete), if any.
     */
    private Path switchLink(Path version) throws IOException {
        Path link = paths.published();
        Path previous = null;
        if (Files.isSymbolicLink(link)) {
            previous = link.resolveSibling(Files.readSymbolicLink(link)).toAbsolutePath().normalize();
        } else if (Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
            // An edition folder from before publication used links: keep it until the switch is done.
            Path moved = version.resolveSibling(paths.edition() + "-replaced");
            AtomicFiles.deleteTree(moved);
            Files.move(link, moved);
            previous = moved.toAbsolutePath().normalize();
        }
        Path target = link.getParent().relativize(version);
        Path temp = link.resolveSibling("." + link.getFileName() + ".link");
        Files.deleteIfExists(temp);
        Files.createSymbolicLink(temp, target);
        AtomicFiles.move(temp, link);
        return previous;
    }
}
