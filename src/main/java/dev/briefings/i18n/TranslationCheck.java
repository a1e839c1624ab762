package dev.briefings.i18n;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.briefings.check.Check;
import dev.briefings.check.Finding;
import dev.briefings.data.Position;
import dev.briefings.events.Entities;
import dev.briefings.events.KindCatalog;

/**
 * The translators' check: every locale's messages and glossary against the English reference,
 * with every check Weblate, compare-locales and {@code msgfmt -c} run, and the ones ICU lets
 * through silently (a misspelled plural keyword, missing {@code few}/{@code many} branches, an
 * argument printed literally). It reads the files leniently ({@link TranslationFiles}), so that one
 * run reports every problem with its file, line, key, check id and what to do, instead of stopping
 * at the first. The checks themselves live by family: {@link MessageChecks} (with
 * {@link SampleRenders} and {@link ReferenceChecks}), {@link GlossaryChecks}, {@link CoverageReport}.
 */
public final class TranslationCheck {

    /** The locale every other one is checked against. */
    public static final String REFERENCE = "en";

    /** What a run of the check found, and how complete each locale is. */
    public record Result(List<Finding> findings, List<Coverage> coverage, int messages, int entries, Set<String> labels) {
        public Result {
            findings = List.copyOf(findings);
            coverage = List.copyOf(coverage);
            labels = Set.copyOf(labels);
        }
    }

    /** How much of the reference a locale translates, and what it lacks. */
    public record Coverage(String locale, int messages, int messagesTotal, List<String> missingMessages, int entities,
            int entitiesTotal, List<String> missingEntities, int kinds, int kindsTotal, List<String> missingKinds) {
    }

    private final Path translations;
    private final Optional<Path> events;
    private final boolean thorough;

    public TranslationCheck(Path translations, Optional<Path> events) {
        this(translations, events, true);
    }

    /** @param thorough false to skip the warnings that read the dictionaries for names written in full (a run's check) */
    public TranslationCheck(Path translations, Optional<Path> events, boolean thorough) {
        this.translations = translations;
        this.events = events;
        this.thorough = thorough;
    }

    /**
     * Runs every check.
     *
     * @param only the locales to report on; empty means all (the reference is always read)
     */
    public Result run(Set<String> only) {
        Findings findings = new Findings();
        TranslationFiles files = new TranslationFiles(translations, events, findings);
        Optional<Entities> entities = files.entities();
        KindCatalog kinds = files.kinds();
        Map<String, LocaleFiles> locales = files.locales();
        Set<String> used = entities.isPresent() ? files.usedEntities(entities.get(), kinds) : Set.of();
        LocaleFiles reference = locales.get(REFERENCE);
        if (reference == null) {
            findings.add(Finding.of(Check.PROJECT_FILE, translations.resolve(REFERENCE), Position.START, REFERENCE,
                    "the English reference locale is missing; every locale is checked against translations/en/"));
            return new Result(findings.sorted(), List.of(), 0, 0, Set.of());
        }
        MessageChecks messageChecks = new MessageChecks(findings);
        GlossaryChecks glossaryChecks = new GlossaryChecks(findings, thorough);
        int messages = 0;
        int entries = 0;
        List<Coverage> coverage = new ArrayList<>();
        for (LocaleFiles locale : locales.values()) {
            if (!only.isEmpty() && !only.contains(locale.id())) {
                continue;
            }
            messageChecks.checkMessages(locale, reference, kinds);
            entries += glossaryChecks.checkGlossary(locale, locales, entities, used);
            messages += locale.messages().size();
            coverage.add(CoverageReport.coverage(locale, reference, kinds, entities));
        }
        Set<String> labels = new TreeSet<>();
        reference.messages().keySet().stream().filter(k -> k.startsWith("ui.")).forEach(k -> labels.add(k.substring(3)));
        return new Result(findings.sorted(), coverage, messages, entries, labels);
    }

    /**
     * A Markdown page for translators: every message of the English reference with its text, its
     * note and the arguments it may use, grouped by common messages and event kinds.
     */
    public String referencePage() {
        Findings ignored = new Findings();
        return ReferencePage.of(translations, new TranslationFiles(translations, events, ignored).messagesOf(REFERENCE));
    }
}
