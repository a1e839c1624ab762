package dev.briefings.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.briefings.edition.EditionLauncher;
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
        out.println("  rejected   " + (manifest.rejected().isEmpty() ? "none" : manifest.rejected().size()));
        list(manifest.rejected().stream().map(r -> r.source() + ":" + r.position().line() + ":" + r.position().column()
                + (r.id() == null ? "" : " " + r.id()) + ": " + r.reason()).toList());
        out.println("  fallbacks  " + (manifest.fallbacks().isEmpty() ? "none" : manifest.fallbacks().size()));
        list(manifest.fallbacks().stream().map(f -> f.locale() + "  " + f.subject() + ": " + f.what()).toList());
        out.println("  time       " + time);
        out.flush();
    }

    private void list(List<String> lines) {
        lines.stream().limit(MAX_LISTED).forEach(line -> out.println("    " + line));
        if (lines.size() > MAX_LISTED) {
            out.println("    … and " + (lines.size() - MAX_LISTED) + " more in manifest.json");
        }
    }
}
