package dev.briefings.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.briefings.edition.EditionLauncher;
import dev.briefings.edition.publish.Manifest;
import dev.briefings.edition.publish.ManifestSummary;


/** The one-screen summary at the end of a run: what was published, rejected and stood in for. */
final class RunSummary {

    /** Lines of rejections or fallbacks shown before pointing to the manifest for the rest. */
    static final int MAX_LISTED = 10;

    private final PrintWriter out;
    private final ErrorLines errors;

    RunSummary(PrintWriter out, ErrorLines errors) {
        this.out = out;
        this.errors = errors;
    }

    void print(EditionLauncher.Result result) {
        String time = String.format(Locale.ROOT, "%.1f s", result.elapsed().toMillis() / 1000.0);
        if (result.manifest().isEmpty()) {
            List<String> details = new ArrayList<>();
            result.problems().forEach(problem -> details.add("  " + problem));
            details.add("  time       " + time);
            errors.error(result.message(), details, result.exitCode());
            return;
        }
        ManifestSummary manifest = result.manifest().get();
        String message = result.message();
        out.println(Character.toUpperCase(message.charAt(0)) + message.substring(1));
        var counts = manifest.records();
        out.println("  stories    " + counts.stories() + " (of " + counts.read() + " records read: "
                + counts.background() + " background, " + counts.otherEditions() + " for other editions, "
                + counts.rejected() + " rejected)");
        out.println("  locales    " + String.join(", ", manifest.locales()));
        long briefs = manifest.briefs();
        out.println("  files      " + manifest.files() + " (" + briefs + " briefs, "
                + (manifest.files() - briefs) + " edition documents; " + String.join(", ", manifest.formats())
                + ") and manifest.json");
        changes(manifest.changes());
        renders(result.renders(), counts.stories());
        out.println("  rejected   " + (manifest.rejected().isEmpty() ? "none" : manifest.rejected().size()));
        list(manifest.rejected().stream().map(r -> r.source() + ":" + r.position().line() + ":" + r.position().column()
                + (r.id() == null ? "" : " " + r.id()) + ": " + r.reason()).toList());
        out.println("  fallbacks  " + (manifest.fallbacks().isEmpty() ? "none" : manifest.fallbacks().size()));
        list(manifest.fallbacks().stream().map(f -> f.locale() + "  " + f.subject() + ": " + f.what()).toList());
        out.println("  time       " + time);
        out.flush();
    }

    /** What changed since the generation published before: per locale, then the stories (briefings diff shows how). */
    private void changes(Manifest.Changes changes) {
        if (changes == null) {
            return;
        }
        List<String> counts = new ArrayList<>();
        List<String> stories = new ArrayList<>();
        changes.locales().forEach((locale, change) -> {
            counts.add(locale + " " + change.changed().size() + " changed, " + change.added().size() + " added, "
                    + change.removed().size() + " removed");
            change.changed().forEach(id -> stories.add(locale + "  changed  " + id));
            change.added().forEach(id -> stories.add(locale + "  added    " + id));
            change.removed().forEach(id -> stories.add(locale + "  removed  " + id));
        });
        boolean none = changes.locales().values().stream().allMatch(c -> c.added().isEmpty() && c.changed().isEmpty() && c.removed().isEmpty());
        if (changes.since() == null) {
            out.println("  changes    none before: the first publication of this edition");
            return;
        }
        out.println("  changes    " + (none ? "none since the edition published before" : String.join("; ", counts)
                + " (./briefings diff shows them)"));
        list(stories);
    }

    /** How many stories were rendered, and how many reused the published pages. */
    private void renders(EditionLauncher.Renders renders, int stories) {
        if (renders.rendered().isEmpty()) {
            return;
        }
        long reused = renders.reused().values().stream().mapToLong(Long::longValue).sum();
        List<String> rendered = new ArrayList<>();
        renders.rendered().forEach((locale, n) -> rendered.add(locale + " " + n));
        out.println("  rendered   " + String.join(", ", rendered) + " of " + stories + " stories"
                + (reused == 0 ? "" : "; the others' pages reused from the published edition, unchanged"));
    }

    private void list(List<String> lines) {
        lines.stream().limit(MAX_LISTED).forEach(line -> out.println("    " + line));
        if (lines.size() > MAX_LISTED) {
            out.println("    … and " + (lines.size() - MAX_LISTED) + " more in manifest.json");
        }
    }
}
