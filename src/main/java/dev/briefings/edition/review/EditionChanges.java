package dev.briefings.edition.review;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.briefings.data.Json;
import dev.briefings.edition.EditionLauncher.InvalidRequest;
import dev.briefings.edition.publish.EditionPaths;
import dev.briefings.edition.publish.Housekeeping;
import dev.briefings.edition.publish.Manifest;
import dev.briefings.events.RecordValidator;
import dev.briefings.render.OutputFormat;

/**
 * What changed in a published edition since the generation published before it, as the
 * {@code changes} of its {@code manifest.json} list them, and the two generations' folders: the
 * published one behind {@code output/<date>}, and the previous one kept in
 * {@code output/.editions/<date>-<since[0..12]>-<n>/}. Reads the manifest's list of files as a
 * stream and no page until a story's diff is asked for.
 */
public final class EditionChanges {

    /** How a story changed, in the order they are shown. */
    enum Change { added, changed, removed }

    /** One story that changed in one locale. */
    record Story(String locale, Change change, String id) {
    }

    /** A story's diff: the excerpt of its page to show, and what the reader should know about it. */
    record StoryDiff(Story story, List<WordDiff.Line> lines, Optional<String> note) {
    }

    /** The part of {@code manifest.json} this reads: all but the list of files. */
    record ManifestHead(String edition, List<String> locales, List<String> formats, String fingerprint,
            Manifest.Changes changes) {
    }

    private static List<String> of(Manifest.LocaleChanges lists, Change change) {
        return switch (change) {
            case added -> lists.added();
            case changed -> lists.changed();
            case removed -> lists.removed();
        };
    }

    /** Whether the previous generation's pages can be compared with the published ones. */
    enum State { COMPARABLE, FIRST_PUBLICATION, PURGED, NO_ACCOUNT }

    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern LOCALE = Pattern.compile("[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*");
    private static final int EDITIONS_NAMED = 10;

    private final Path output;
    private final LocalDate edition;
    private final boolean latest;
    private final Path current;
    private final ManifestHead manifest;
    private final Optional<Path> previous;
    private final Optional<ManifestHead> previousManifest;
    private final State state;

    private EditionChanges(Path output, LocalDate edition, boolean latest, Path current, ManifestHead manifest,
            Optional<Path> previous, Optional<ManifestHead> previousManifest) {
        this.output = output;
        this.edition = edition;
        this.latest = latest;
        this.current = current;
        this.manifest = manifest;
        this.previous = previous;
        this.previousManifest = previousManifest;
        if (manifest.changes() == null) {
            state = State.NO_ACCOUNT;
        } else if (manifest.changes().since() == null) {
            state = State.FIRST_PUBLICATION;
        } else {
            state = previous.isPresent() ? State.COMPARABLE : State.PURGED;
        }
    }

    /**
     * The changes of an edition published in an output folder.
     *
     * @param date the edition; empty for the most recent one published there
     * @throws InvalidRequest when there is no such output folder or edition, or its manifest cannot be read
     */
    public static EditionChanges open(Path output, Optional<LocalDate> date) {
        if (!Files.isDirectory(output)) {
            throw new InvalidRequest(Files.exists(output)
                    ? "the output path " + EditionPaths.display(output) + " is not a folder; name the output folder with --output"
                    : "there is no output folder " + EditionPaths.display(output) + ": nothing has been published there; "
                            + "name the folder editions are published to with --output, or publish one with ./briefings run");
        }
        List<LocalDate> published = published(output);
        LocalDate edition = date.orElseGet(() -> published.stream().max(Comparator.naturalOrder()).orElseThrow(() ->
                new InvalidRequest("no edition is published in " + EditionPaths.display(output)
                        + " yet; publish one with ./briefings run --date YYYY-MM-DD")));
        if (!published.contains(edition)) {
            throw new InvalidRequest("edition " + edition + " is not published in " + EditionPaths.display(output)
                    + (published.isEmpty() ? "; no edition is published there yet"
                            : "; published editions: " + String.join(", ", published.stream().sorted(Comparator.reverseOrder())
                                    .limit(EDITIONS_NAMED).map(LocalDate::toString).toList())
                                    + (published.size() > EDITIONS_NAMED ? ", …" : "")));
        }
        Path current = realPath(EditionPaths.published(output, edition));
        ManifestHead manifest = read(current.resolve(Manifest.FILE_NAME), EditionPaths.published(output, edition)
                .resolve(Manifest.FILE_NAME), edition);
        Optional<Path> previous = Optional.empty();
        Optional<ManifestHead> previousManifest = Optional.empty();
        if (manifest.changes() != null && manifest.changes().since() != null) {
            previous = versionBefore(output, edition, current);
            previousManifest = previous.flatMap(p -> readIfWhole(p.resolve(Manifest.FILE_NAME)));
            if (previousManifest.isEmpty()) {
                previous = Optional.empty();
            }
        }
        return new EditionChanges(output, edition, date.isEmpty(), current, manifest, previous, previousManifest);
    }

    /** The editions published in an output folder: {@code <date>} entries that hold a manifest. */
    private static List<LocalDate> published(Path output) {
        List<LocalDate> dates = new ArrayList<>();
        try (Stream<Path> entries = Files.list(output)) {
            for (Path entry : entries.toList()) {
                try {
                    LocalDate date = LocalDate.parse(entry.getFileName().toString());
                    if (Files.isRegularFile(entry.resolve(Manifest.FILE_NAME))) {
                        dates.add(date);
                    }
                } catch (DateTimeParseException e) {
                    // not an edition: index.html, .editions, .jobs, …
                }
            }
        } catch (IOException e) {
            throw new InvalidRequest("cannot read the output folder " + EditionPaths.display(output) + ": " + e.getMessage());
        }
        return dates;
    }

    /** The generation published before this one, the published one never (a run with --force shares its fingerprint). */
    private static Optional<Path> versionBefore(Path output, LocalDate edition, Path current) {
        try {
            Path published = Housekeeping.publishedVersion(output, edition).orElse(current);
            return Housekeeping.versionBefore(output, edition, published, List.of(published, current))
                    .map(EditionChanges::realPath);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static ManifestHead read(Path file, Path shown, LocalDate edition) {
        ManifestHead head;
        try {
            head = Json.readCountingArray(file, ManifestHead.class, "files", "story").value();
        } catch (IOException e) {
            throw new InvalidRequest(EditionPaths.display(shown) + ": " + (e instanceof NoSuchFileException ? "missing"
                    : e.getMessage()) + "; publish the edition again with ./briefings run --date " + edition + " --force");
        }
        String problem = problem(head);
        if (problem != null) {
            throw new InvalidRequest(EditionPaths.display(shown) + ": " + problem + "; publish the edition again with "
                    + "./briefings run --date " + edition + " --force");
        }
        return head;
    }

    private static Optional<ManifestHead> readIfWhole(Path file) {
        try {
            ManifestHead head = Json.readCountingArray(file, ManifestHead.class, "files", "story").value();
            return head.locales() != null ? Optional.of(head) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** What is wrong with a manifest's fields this reads, with the field's place; null when nothing is. */
    private static String problem(ManifestHead head) {
        if (head.locales() == null) {
            return "locales is missing";
        }
        for (int i = 0; i < head.locales().size(); i++) {
            if (head.locales().get(i) == null || !LOCALE.matcher(head.locales().get(i)).matches()) {
                return "locales[" + i + "] '" + head.locales().get(i) + "' is not a locale tag";
            }
        }
        Manifest.Changes changes = head.changes();
        if (changes == null) {
            return null;
        }
        if (changes.since() != null && !FINGERPRINT.matcher(changes.since()).matches()) {
            return "changes.since '" + changes.since() + "' is not a fingerprint (64 hex digits)";
        }
        for (Map.Entry<String, Manifest.LocaleChanges> locale : changes.locales().entrySet()) {
            String at = "changes.locales." + locale.getKey();
            if (!LOCALE.matcher(locale.getKey()).matches()) {
                return at + " is not a locale tag";
            }
            if (locale.getValue() == null) {
                return at + " is null";
            }
            for (Change change : Change.values()) {
                List<String> ids = of(locale.getValue(), change);
                for (int i = 0; i < ids.size(); i++) {
                    if (ids.get(i) == null || !RecordValidator.ID.matcher(ids.get(i)).matches()) {
                        return at + "." + change + "[" + i + "] '" + ids.get(i) + "' is not a record id";
                    }
                }
            }
        }
        return null;
    }

    public LocalDate edition() {
        return edition;
    }

    /** Whether the edition was chosen as the most recent one, no date being given. */
    public boolean latest() {
        return latest;
    }

    public Path output() {
        return output;
    }

    State state() {
        return state;
    }

    public boolean comparable() {
        return state == State.COMPARABLE;
    }

    /** The previous generation's folder, when it is on disk. */
    public Optional<Path> previous() {
        return previous;
    }

    /** Why the pages cannot be compared, in one sentence; empty when they can. */
    public Optional<String> unavailable() {
        Path manifestFile = EditionPaths.published(output, edition).resolve(Manifest.FILE_NAME);
        return Optional.ofNullable(switch (state) {
            case COMPARABLE -> null;
            case NO_ACCOUNT -> "Edition " + edition + " has no account of changes: its manifest ("
                    + EditionPaths.display(manifestFile) + ") was written by a version of briefings from before manifests "
                    + "listed them; the next run that publishes the edition will list them.";
            case FIRST_PUBLICATION -> "Edition " + edition + " has nothing to compare with: generation "
                    + current.getFileName() + " is its first publication, so every story in it is new.";
            case PURGED -> "Edition " + edition + " cannot be compared with the generation published before it: that "
                    + "generation (" + EditionPaths.display(output.resolve(".editions").resolve(edition + "-"
                            + manifest.changes().since().substring(0, 12) + "-<n>")) + ", fingerprint "
                    + manifest.changes().since().substring(0, 12) + "…) is no longer on disk, so only the counts of what "
                    + "changed can be shown.";
        });
    }

    /**
     * The locales to show: those asked for, or every locale of the edition (and any that the changes
     * name besides, such as a locale no longer published).
     *
     * @throws InvalidRequest for a locale the edition does not have, naming those it has
     */
    public List<String> locales(List<String> asked) {
        Set<String> known = new LinkedHashSet<>(manifest.locales());
        if (manifest.changes() != null) {
            manifest.changes().locales().keySet().stream().sorted().forEach(known::add);
        }
        if (asked.isEmpty()) {
            return List.copyOf(known);
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String locale : asked) {
            String tag = locale.strip();
            if (!known.contains(tag)) {
                throw new InvalidRequest("edition " + edition + " has no locale '" + locale + "'; its locales: "
                        + String.join(", ", known));
            }
            chosen.add(tag);
        }
        return List.copyOf(chosen);
    }

    /**
     * The format to compare, which both generations must have been published in.
     *
     * @throws InvalidRequest for an unknown format, or one the edition was not published in, naming those it was
     */
    public OutputFormat format(String name) {
        OutputFormat format = OutputFormat.fromExtension(name.strip()).orElseThrow(() ->
                new InvalidRequest("unknown format '" + name + "'; use html, md or txt"));
        List<String> formats = formats(manifest);
        if (!formats.contains(format.extension())) {
            throw new InvalidRequest("edition " + edition + " was not published in " + format.extension()
                    + "; it was published in " + String.join(", ", formats) + ": choose one of those with --format");
        }
        List<String> before = previousManifest.map(EditionChanges::formats).orElse(formats);
        if (!before.contains(format.extension())) {
            List<String> both = formats.stream().filter(before::contains).toList();
            throw new InvalidRequest("the generation of edition " + edition + " published before this one ("
                    + EditionPaths.display(previous.orElseThrow()) + ") has no " + format.extension() + " pages; "
                    + (both.isEmpty() ? "the two generations share no format"
                            : "choose one that both have with --format: " + String.join(", ", both)));
        }
        return format;
    }

    private static List<String> formats(ManifestHead head) {
        return head.formats() != null ? head.formats()
                : java.util.Arrays.stream(OutputFormat.values()).map(OutputFormat::extension).toList();
    }

    /** The stories that changed in a locale: added, changed, removed, each by id. */
    List<Story> stories(String locale) {
        List<Story> stories = new ArrayList<>();
        Manifest.LocaleChanges lists = lists(locale);
        for (Change change : Change.values()) {
            of(lists, change).stream().sorted().forEach(id -> stories.add(new Story(locale, change, id)));
        }
        return stories;
    }

    private Manifest.LocaleChanges lists(String locale) {
        Manifest.LocaleChanges none = new Manifest.LocaleChanges(List.of(), List.of(), List.of());
        return manifest.changes() == null ? none : manifest.changes().locales().getOrDefault(locale, none);
    }

    /** One line of counts: "ru: 1 changed, 0 added, 0 removed". */
    public String summary(String locale) {
        Manifest.LocaleChanges lists = lists(locale);
        return locale + ": " + lists.changed().size() + " changed, " + lists.added().size() + " added, "
                + lists.removed().size() + " removed";
    }

    /** Where the previous generation is, for a heading: its folder as a user would type it. */
    String previousShown() {
        return previous.map(EditionPaths::display).orElse("");
    }

    /** A story's word diff in one format, with a line of context around each change; reads its two pages. */
    StoryDiff diff(Story story, OutputFormat format, int context) {
        List<String> notes = new ArrayList<>();
        String before = story.change() == Change.added ? "" : page(previous.orElseThrow(), story, format, notes);
        String after = story.change() == Change.removed ? "" : page(current, story, format, notes);
        if (story.change() == Change.changed && before.equals(after)) {
            notes.add("the " + format.extension() + " page is the same in both generations: the story changed in "
                    + "another format");
        }
        return new StoryDiff(story, WordDiff.excerpt(WordDiff.lines(before, after), context),
                notes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", notes)));
    }

    private String page(Path generation, Story story, OutputFormat format, List<String> notes) {
        String relative = story.locale() + "/stories/" + story.id() + "." + format.extension();
        Path file = generation.resolve(relative);
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            if (!Files.isDirectory(generation)) {
                throw new GenerationGone(edition, generation);
            }
            notes.add((generation.equals(current) ? "the published" : "the previous") + " generation has no page " + relative);
            return "";
        } catch (CharacterCodingException e) {
            throw new PageUnreadable(file, "not UTF-8 text");
        } catch (IOException e) {
            throw new PageUnreadable(file, e.getMessage());
        }
    }

    /** A generation folder that was deleted while its pages were read: a newer run published the edition. */
    static final class GenerationGone extends RuntimeException {
        GenerationGone(LocalDate edition, Path generation) {
            super("generation " + generation.getFileName() + " was removed while its pages were read: a newer run of "
                    + "edition " + edition + " has published since; run briefings diff again");
        }
    }

    /** A page that exists but cannot be read as UTF-8 text. */
    static final class PageUnreadable extends RuntimeException {
        PageUnreadable(Path file, String problem) {
            super("cannot read " + EditionPaths.display(file) + ": " + problem);
        }
    }
}
