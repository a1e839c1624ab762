package dev.briefings.edition.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import dev.briefings.edition.publish.EditionPaths;
import dev.briefings.edition.publish.Manifest;
import dev.briefings.edition.publish.PreviousGeneration;

/**
 * What changed between the published generation and the one being published, per locale: the
 * stories the render step found added or changed (it compared each page it rendered with the
 * published one; a reused page is unchanged by definition), and the published stories that are
 * no longer in the edition.
 */
public final class StoryChanges {

    /** What the render step compared with: the published generation's fingerprint, or this when there was none. */
    static final String NOTHING_PUBLISHED = "none";

    private StoryChanges() {
    }

    /** The fingerprint of the generation a staging area is compared with, as the render step wrote it. */
    public static Optional<String> comparedWith(EditionPaths paths) throws IOException {
        Path file = paths.comparedWith();
        return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
                : Optional.empty();
    }

    /** The name the render step writes for a previous generation (or none) in {@link EditionPaths#comparedWith}. */
    public static String base(Optional<PreviousGeneration> previous) {
        return previous.map(PreviousGeneration::fingerprint).orElse(NOTHING_PUBLISHED);
    }

    static Manifest.Changes of(EditionPaths paths, List<String> locales, String format, List<String> stories,
            Optional<PreviousGeneration> previous) throws IOException {
        Optional<String> compared = comparedWith(paths);
        if (!stories.isEmpty() && compared.isPresent() && !compared.get().equals(base(previous))) {
            throw new IllegalStateException("the stories were compared with generation " + compared.get()
                    + " of the edition, but " + base(previous) + " is published now; run the edition again");
        }
        Map<String, Set<String>> added = new TreeMap<>();
        Map<String, Set<String>> changed = new TreeMap<>();
        for (String locale : locales) {
            added.put(locale, new TreeSet<>());
            changed.put(locale, new TreeSet<>());
        }
        for (Path file : files(paths.changes())) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t", 3);
                if (parts.length < 3 || !added.containsKey(parts[0])) {
                    throw new IOException(file + ": a damaged line: " + line);
                }
                (parts[1].equals("added") ? added : changed).get(parts[0]).add(parts[2]);
            }
        }
        Map<String, Manifest.LocaleChanges> byLocale = new LinkedHashMap<>();
        Set<String> current = new HashSet<>(stories);
        for (String locale : locales) {
            List<String> removed = new ArrayList<>();
            if (previous.isPresent()) {
                for (String id : previous.get().stories(locale, format)) {
                    if (!current.contains(id)) {
                        removed.add(id);
                    }
                }
            }
            removed.sort(null);
            byLocale.put(locale, new Manifest.LocaleChanges(List.copyOf(added.get(locale)),
                    List.copyOf(changed.get(locale)), removed));
        }
        return new Manifest.Changes(previous.map(PreviousGeneration::fingerprint).orElse(null), byLocale);
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(f -> f.getFileName().toString().endsWith(".tsv")).sorted().toList();
        }
    }
}
