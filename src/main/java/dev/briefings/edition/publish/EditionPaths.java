package dev.briefings.edition.publish;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Where an edition's files live under the output folder.
 * <pre>
 * output/2020-11-20                  → the published edition (a link to one of .editions/)
 * output/.editions/2020-11-20-&lt;id&gt;/  the published files, one folder per generation (the
 *                                    published one and the one before it are kept)
 * output/.renders/2020-11-20-&lt;id&gt;/  what the next run reuses of the published generation
 * output/.work/2020-11-20-&lt;id&gt;/      the staging area of a run in progress (kept for restart)
 * output/.jobs/                      the embedded job repository
 * output/.locks/2020-11-20.lock      held by the run of that edition
 * </pre>
 * Publication renames a new link over the old one, so a reader of {@code output/<date>/} sees
 * the previous edition or the new one, never a mix.
 */
public record EditionPaths(Path output, LocalDate edition, String generation) {

    public static Path jobsFolder(Path output) {
        return output.resolve(".jobs");
    }

    public static Path locksFolder(Path output) {
        return output.resolve(".locks");
    }

    public static Path published(Path output, LocalDate edition) {
        return output.resolve(edition.toString());
    }

    /** The published edition folder. */
    public Path published() {
        return published(output, edition);
    }

    /** The staging area of this generation. */
    public Path work() {
        return output.resolve(".work").resolve(edition + "-" + generation);
    }

    /** Where the edition's files are assembled before publication. */
    public Path staged() {
        return work().resolve("edition");
    }

    public Path ingest() {
        return work().resolve("ingest");
    }

    public Path fragments() {
        return work().resolve("fragments");
    }

    public Path fallbacks() {
        return work().resolve("fallbacks");
    }

    /** The stories whose pages were added or changed since the published generation, per render chunk. */
    public Path changes() {
        return work().resolve("changes");
    }

    /** The fingerprint of the published generation the render step compares the stories with (and reuses). */
    public Path comparedWith() {
        return work().resolve("compared-with");
    }

    /** Where this generation's render cache is made before it is moved beside the published version. */
    public Path cache() {
        return work().resolve("cache");
    }

    /** This generation's render cache, once published: {@code output/.renders/<date>-<generation>}. */
    public Path renders() {
        return output.resolve(".renders").resolve(edition + "-" + generation);
    }

    public Path plan() {
        return work().resolve("plan.json");
    }

    /** The full records that stories name as background, written by the plan step. */
    public Path background() {
        return work().resolve("background.json");
    }

    /** The manifest entries of one locale's briefs in one format, gathered while publishing. */
    public Path briefEntries(String locale, String extension) {
        return work().resolve("entries").resolve(locale + "." + extension + ".tsv");
    }

    public Path fileList() {
        return work().resolve("files.json");
    }

    /** The folder this generation is published to. */
    public Path version() {
        return output.resolve(".editions").resolve(edition + "-" + generation);
    }

    /** The folder-name part that tells generations of one edition apart. */
    public static String generationName(String fingerprint, long generation) {
        return fingerprint.substring(0, 12) + "-" + generation;
    }

    /** A path as a user would type it: relative to the current folder when it lies inside it. */
    public static String display(Path path) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute).toString() : absolute.toString();
    }
}
