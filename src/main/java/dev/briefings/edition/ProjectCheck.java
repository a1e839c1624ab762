package dev.briefings.edition;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.briefings.check.Finding;
import dev.briefings.check.Severity;
import dev.briefings.i18n.TranslationCheck;
import dev.briefings.render.TemplateCheck;

/**
 * The checks of the project files a run depends on — translations against the English
 * reference, glossaries, templates — run together by {@code briefings check} and before every
 * run that would generate an edition.
 */
public final class ProjectCheck {

    private ProjectCheck() {
    }

    /** What the checks found. */
    public record Report(List<Finding> findings, List<TranslationCheck.Coverage> coverage, int locales, int messages,
            int entries, int templates, Duration elapsed) {

        public Report {
            findings = List.copyOf(findings);
            coverage = List.copyOf(coverage);
        }

        public List<Finding> errors() {
            return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        }

        public List<Finding> warnings() {
            return findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
        }
    }

    /**
     * Runs every check.
     *
     * @param locales the locales to report on; empty means all
     */
    public static Report run(Path translations, Path templates, Optional<Path> events, Set<String> locales) {
        return run(translations, templates, events, locales, true);
    }

    /**
     * Runs every check; with {@code thorough} false (a run, which stops on errors only), the
     * warnings that would read the Russian dictionaries for a glossary written in full are skipped.
     */
    public static Report run(Path translations, Path templates, Optional<Path> events, Set<String> locales,
            boolean thorough) {
        long started = System.nanoTime();
        TranslationCheck.Result translated = new TranslationCheck(translations, events, thorough).run(locales);
        List<Finding> findings = new ArrayList<>(translated.findings());
        TemplateCheck templateCheck = new TemplateCheck(templates, translated.labels());
        List<Finding> templateFindings = templateCheck.run();
        findings.addAll(templateFindings);
        findings.sort(Finding.ORDER);
        return new Report(findings, translated.coverage(), translated.coverage().size(), translated.messages(),
                translated.entries(), templateCheck.count(), Duration.ofNanos(System.nanoTime() - started));
    }

    /** Project files the run must not use; the command exits 2 and lists the errors. */
    public static final class FilesInvalid extends RuntimeException {
        private final transient List<Finding> errors;

        public FilesInvalid(List<Finding> errors) {
            super(errors.size() + " error" + (errors.size() == 1 ? "" : "s") + " in the translations or templates; "
                    + "nothing was generated. Run ./briefings check for details.");
            this.errors = List.copyOf(errors);
        }

        public List<Finding> errors() {
            return errors;
        }
    }
}
