package dev.briefings.edition.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.briefings.data.Json;
import dev.briefings.edition.publish.Digests;
import dev.briefings.edition.publish.FragmentLine;
import dev.briefings.edition.publish.EditionPaths;

/**
 * Checks, before a run is resumed, that the staging files of the chunks the repository records as
 * committed are all there and whole. Staging files are not synced one by one (that would cost a
 * sync per page), so after a power loss the repository can hold a commit whose files are empty,
 * cut short or missing. Such a generation is not resumed: the edition is made again from the
 * start, and nothing damaged is published.
 */
public final class StagingCheck {

    private StagingCheck() {
    }

    /**
     * What is wrong with a generation's staging area, if anything.
     *
     * @param ingested the records the ingest step's committed chunks hold
     * @param rendered the stories the render step's committed chunks hold
     */
    public static Optional<String> problem(EditionPaths paths, List<String> locales, List<String> formats, long ingested,
            long rendered) {
        try {
            long staged = 0;
            for (Path chunk : PlanTasklet.stagedChunks(paths.ingest())) {
                staged += Json.read(chunk, IngestItem.Staged[].class).length;
            }
            if (staged < ingested) {
                return Optional.of("the ingest step committed " + ingested + " records but its staging files in "
                        + EditionPaths.display(paths.ingest()) + " hold " + staged);
            }
            if (rendered == 0) {
                return Optional.empty();
            }
            for (String locale : locales) {
                for (String format : formats) {
                    Optional<String> problem = fragments(paths, locale, format, rendered);
                    if (problem.isPresent()) {
                        return problem;
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(EditionPaths.display(paths.work()) + ": " + e.getMessage());
        }
    }

    /** Every fragment line is whole, its page is there with the sum the line gives, and no committed story is missing. */
    private static Optional<String> fragments(EditionPaths paths, String locale, String format, long rendered)
            throws IOException {
        Path folder = paths.fragments().resolve(locale).resolve(format);
        // a run killed while it published may have moved the staged edition to its version folder
        // already (the publish step, resumed, goes on from there): its pages are checked there
        Path pages = !Files.isDirectory(paths.staged()) && Files.isDirectory(paths.version()) ? paths.version()
                : paths.staged();
        long stories = 0;
        List<Path> chunks;
        try (Stream<Path> listing = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
            chunks = listing.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
        for (Path chunk : chunks) {
            String text = Files.readString(chunk, StandardCharsets.UTF_8);
            if (!text.isEmpty() && !text.endsWith("\n")) {
                return Optional.of(EditionPaths.display(chunk) + " is cut short");
            }
            for (String entry : text.lines().toList()) {
                FragmentLine line;
                try {
                    line = FragmentLine.parse(entry);
                } catch (IOException e) {
                    return Optional.of(EditionPaths.display(chunk) + " holds a damaged line");
                }
                Json.read(line.fragment().getBytes(StandardCharsets.UTF_8), RenderedStory.Fragment.class);
                Path page = pages.resolve(RenderedStory.briefPath(locale, line.id(), format));
                try {
                    if (!Digests.sha256(page).equals(line.sha256())) {
                        return Optional.of(EditionPaths.display(page) + " is not the page that was rendered");
                    }
                } catch (NoSuchFileException e) {
                    return Optional.of(EditionPaths.display(page) + " is missing");
                }
                stories++;
            }
        }
        if (stories < rendered) {
            return Optional.of("the render step committed " + rendered + " stories but " + EditionPaths.display(folder)
                    + " holds " + stories);
        }
        return Optional.empty();
    }
}
