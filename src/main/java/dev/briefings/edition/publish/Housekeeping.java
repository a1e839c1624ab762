package dev.briefings.edition.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Deletes only what this program made: folders named {@code <date>-…} directly inside the
 * output folder's own {@code .editions/}, {@code .renders/} and {@code .work/}, decided from the paths as written,
 * never by following a link out. A link that an operator made (say {@code output/<date>} pointing
 * to an archive elsewhere) is at most replaced, and what it points to is never touched.
 */
public final class Housekeeping {

    /**
     * How many generations of an edition are kept in {@code .editions/} unless a run says otherwise
     * ({@code --keep-generations}): the published one and the one published before it, which
     * {@code briefings diff} compares it with.
     */
    public static final int KEPT_GENERATIONS = 2;

    private static final String[] FOLDERS = {".editions", ".renders", ".work"};

    private Housekeeping() {
    }

    /** The version folder {@code output/<date>} points to, when it is a link this program made. */
    public static Optional<Path> publishedVersion(Path output, LocalDate edition) throws IOException {
        Path link = EditionPaths.published(output, edition);
        if (!Files.isSymbolicLink(link)) {
            return Optional.empty();
        }
        Path target = link.toAbsolutePath().getParent().resolve(Files.readSymbolicLink(link)).normalize();
        return owned(output, edition, target) ? Optional.of(target) : Optional.empty();
    }

    /** Whether a folder is one this program made for the edition: {@code <date>-…} in {@code .editions/}, {@code .renders/} or {@code .work/}. */
    public static boolean owned(Path output, LocalDate edition, Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path root = output.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null || !absolute.getFileName().toString().startsWith(edition + "-")) {
            return false;
        }
        for (String name : FOLDERS) {
            if (parent.equals(root.resolve(name))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The generations of the edition kept on disk, newest first: the published one, then the one
     * published before it (its manifest's {@code changes.since}), and so on, up to {@code keep}.
     */
    public static List<Path> keptVersions(Path output, LocalDate edition, int keep) throws IOException {
        List<Path> kept = new ArrayList<>();
        Optional<Path> version = publishedVersion(output, edition);
        while (version.isPresent() && kept.size() < keep) {
            kept.add(version.get());
            version = versionBefore(output, edition, version.get(), kept);
        }
        return kept;
    }

    /** The generation published before a version, if it is still on disk. */
    public static Optional<Path> versionBefore(Path output, LocalDate edition, Path version, List<Path> exclude)
            throws IOException {
        Manifest.Changes changes;
        try {
            changes = ManifestSummary.read(version.resolve(Manifest.FILE_NAME)).changes();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (changes == null || changes.since() == null || changes.since().length() < 12) {
            return Optional.empty();
        }
        String prefix = edition + "-" + changes.since().substring(0, 12) + "-";
        Path found = null;
        long highest = -1;
        for (Path candidate : children(output.resolve(".editions"), edition)) {
            String name = candidate.getFileName().toString();
            Path absolute = candidate.toAbsolutePath().normalize();
            if (!name.startsWith(prefix) || exclude.contains(absolute)) {
                continue;
            }
            long generation;
            try {
                generation = Long.parseLong(name.substring(prefix.length()));
            } catch (NumberFormatException e) {
                continue;
            }
            try {
                if (generation > highest && changes.since().equals(
                        ManifestSummary.read(candidate.resolve(Manifest.FILE_NAME)).fingerprint())) {
                    found = absolute;
                    highest = generation;
                }
            } catch (IOException e) {
                // not a whole generation
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Deletes the generations of the edition that are not kept ({@link #keptVersions}), and every
     * render cache but the published generation's. Safe only under the edition's lock.
     *
     * @return whether anything was deleted
     */
    public static boolean removeOldGenerations(Path output, LocalDate edition, int keep) throws IOException {
        List<Path> kept = keptVersions(output, edition, keep);
        String published = kept.isEmpty() ? null : kept.get(0).getFileName().toString();
        boolean found = false;
        for (Path folder : children(output.resolve(".editions"), edition)) {
            if (!kept.contains(folder.toAbsolutePath().normalize())) {
                delete(output, edition, folder);
                found = true;
            }
        }
        for (Path folder : children(output.resolve(".renders"), edition)) {
            if (!folder.getFileName().toString().equals(published)) {
                delete(output, edition, folder);
                found = true;
            }
        }
        return found;
    }

    /**
     * Deletes a folder this program made for the edition (a link there is deleted as a link).
     *
     * @throws IllegalArgumentException for anything else: a bug, which must not delete a reader's files
     */
    public static void delete(Path output, LocalDate edition, Path folder) throws IOException {
        if (!owned(output, edition, folder)) {
            throw new IllegalArgumentException("refusing to delete " + folder + ": not a folder this program made in "
                    + output.resolve(".editions") + " or " + output.resolve(".work"));
        }
        AtomicFiles.deleteTree(folder);
    }

    /**
     * Removes what an interrupted run of the edition left behind: staging areas, generations that
     * are not kept, a half-made link. Safe only under the edition's lock.
     *
     * @return whether anything was left, the sign of a run that did not end
     */
    public static boolean removeLeftovers(Path output, LocalDate edition, int keep) throws IOException {
        boolean found = removeOldGenerations(output, edition, keep);
        for (Path folder : children(output.resolve(".work"), edition)) {
            delete(output, edition, folder);
            found = true;
        }
        Path published = EditionPaths.published(output, edition);
        if (Files.deleteIfExists(published.resolveSibling("." + published.getFileName() + ".link"))) {
            found = true;
        }
        return found;
    }

    /** Deletes the staging areas of the edition's other generations, dead once one is published. */
    public static void removeStaging(Path output, LocalDate edition) throws IOException {
        for (Path folder : children(output.resolve(".work"), edition)) {
            delete(output, edition, folder);
        }
    }

    /**
     * The highest generation number of the given name prefix ({@code <fingerprint>-}) among the
     * edition's folders on disk, or 0: a new generation is numbered above it, so that its folders
     * never collide with one that exists, even when the job repository was deleted.
     */
    public static long highestGeneration(Path output, LocalDate edition, String prefix) throws IOException {
        long highest = 0;
        String start = edition + "-" + prefix;
        for (Path folder : editionFolders(output, edition)) {
            String name = folder.getFileName().toString();
            if (name.startsWith(start)) {
                try {
                    highest = Math.max(highest, Long.parseLong(name.substring(start.length())));
                } catch (NumberFormatException e) {
                    // not a generation folder
                }
            }
        }
        return highest;
    }

    private static List<Path> editionFolders(Path output, LocalDate edition) throws IOException {
        return Stream.concat(children(output.resolve(".work"), edition).stream(),
                children(output.resolve(".editions"), edition).stream()).toList();
    }

    private static List<Path> children(Path folder, LocalDate edition) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> p.getFileName().toString().startsWith(edition + "-")).sorted().toList();
        }
    }
}
