package dev.briefings.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.briefings.check.Finding;
import dev.briefings.check.Severity;
import dev.briefings.data.Json;
import dev.briefings.i18n.TranslationCheck;
import dev.briefings.edition.publish.EditionPaths;
import dev.briefings.edition.ProjectCheck;

/**
 * Prints the findings of the project checks for a person (text) or a tool (JSON). Files are
 * named relative to the project folder, as translators and their tools know them.
 */
final class FindingsReport {

    private final Path project;

    FindingsReport(Path project) {
        this.project = project.toAbsolutePath().normalize();
    }

    /** One finding as a terminal block: "file:line:column: error [check-id] key", then what, fix and note. */
    void printFinding(PrintWriter out, Finding finding) {
        out.println(location(finding) + ": " + finding.severity().name().toLowerCase(Locale.ROOT) + " [" + finding.check().id()
                + "] " + finding.key());
        out.println("    " + finding.message());
        out.println("    fix: " + finding.fix());
        finding.note().ifPresent(note -> out.println("    note: " + note));
    }

    String location(Finding finding) {
        return path(finding.file()) + ":" + finding.position().line() + ":" + finding.position().column();
    }

    void text(PrintWriter out, ProjectCheck.Report report, boolean coverage) {
        report.findings().forEach(finding -> printFinding(out, finding));
        if (coverage) {
            coverage(out, report.coverage());
        }
        int errors = report.errors().size();
        int warnings = report.warnings().size();
        String scope = report.locales() + " locale" + (report.locales() == 1 ? "" : "s") + ", " + report.messages()
                + " messages, " + report.entries() + " glossary entries, " + report.templates() + " templates";
        String time = String.format(Locale.ROOT, "%.1f s", report.elapsed().toMillis() / 1000.0);
        if (errors == 0 && warnings == 0) {
            out.println("No findings: " + scope + " checked in " + time + ".");
        } else {
            out.println(errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s")
                    + " in " + scope + "; checked in " + time + ".");
        }
        out.flush();
    }

    static void coverage(PrintWriter out, List<TranslationCheck.Coverage> coverage) {
        out.println("Coverage against the English reference:");
        out.println(String.format(Locale.ROOT, "  %-8s %-12s %-12s %-12s", "locale", "messages", "glossary", "kinds"));
        for (TranslationCheck.Coverage c : coverage) {
            out.println(String.format(Locale.ROOT, "  %-8s %-12s %-12s %-12s", c.locale(), c.messages() + "/" + c.messagesTotal(),
                    c.entities() + "/" + c.entitiesTotal(), c.kinds() + "/" + c.kindsTotal()));
            list(out, "missing messages", c.missingMessages());
            list(out, "missing entities", c.missingEntities());
            list(out, "kinds not complete", c.missingKinds());
        }
    }

    private static void list(PrintWriter out, String what, List<String> items) {
        if (!items.isEmpty()) {
            out.println("           " + what + ": " + String.join(", ", items));
        }
    }

    void json(PrintWriter out, ProjectCheck.Report report, boolean coverage) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("findings", report.findings().stream().map(this::asMap).toList());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("errors", report.errors().size());
        summary.put("warnings", report.warnings().size());
        summary.put("locales", report.locales());
        summary.put("messages", report.messages());
        summary.put("glossaryEntries", report.entries());
        summary.put("templates", report.templates());
        summary.put("milliseconds", report.elapsed().toMillis());
        document.put("summary", summary);
        if (coverage) {
            document.put("coverage", report.coverage());
        }
        out.println(new String(Json.bytes(document), java.nio.charset.StandardCharsets.UTF_8));
        out.flush();
    }

    private Map<String, Object> asMap(Finding finding) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("check", finding.check().id());
        map.put("severity", finding.severity() == Severity.ERROR ? "error" : "warning");
        map.put("file", path(finding.file()));
        map.put("line", finding.position().line());
        map.put("column", finding.position().column());
        map.put("key", finding.key());
        map.put("message", finding.message());
        map.put("fix", finding.fix());
        map.put("note", finding.note().orElse(null));
        return map;
    }

    private String path(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(project) ? project.relativize(absolute).toString() : EditionPaths.display(file))
                .replace('\\', '/');
    }
}
