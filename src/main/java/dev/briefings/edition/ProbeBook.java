package dev.briefings.edition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.briefings.edition.job.StoryItem;
import dev.briefings.edition.job.StoryRenderer;
import dev.briefings.i18n.LocalizedStory;
import dev.briefings.i18n.ProbeChecks;
import dev.briefings.i18n.ProbeRecords;
import dev.briefings.i18n.StoryLocalizer;
import dev.briefings.i18n.Translations;
import dev.briefings.render.OutputFormat;
import dev.briefings.render.TemplateSet;

/**
 * The probe book: every kind told from records nobody tuned its messages for
 * ({@link ProbeRecords}), in every locale and format, each story checked ({@link ProbeChecks}),
 * and one review page per locale that a translator reads, line by line, to approve the locale.
 */
public final class ProbeBook {

    /** The day the probes happen and are published: a Friday, so "on Friday" reads naturally. */
    public static final LocalDate EDITION = LocalDate.of(2020, 11, 20);

    /** A problem in one probe's story in one locale. */
    public record Failure(String locale, String kind, String variant, ProbeChecks.Finding finding) {
        public String describe() {
            return locale + " " + kind + " [" + variant + "] " + finding.part() + ": " + finding.problem().summary() + ": "
                    + finding.detail();
        }
    }

    /** What a run of the probe book did and found. */
    public record Result(int probes, int kinds, int renders, List<Failure> failures, List<Path> pages) {
        public Result {
            failures = List.copyOf(failures);
            pages = List.copyOf(pages);
        }
    }

    private ProbeBook() {
    }

    /**
     * Tells every probe in every locale and format and checks it.
     *
     * @param pages the folder the review pages go to, one {@code <locale>.md} each; none when absent
     */
    public static Result run(Translations translations, TemplateSet templates, java.util.Optional<Path> pages)
            throws IOException {
        List<ProbeRecords.Probe> probes = ProbeRecords.of(translations, EDITION);
        List<String> locales = translations.localeIds();
        StoryRenderer renderer = new StoryRenderer(translations, templates, List.of(), locales,
                Arrays.asList(OutputFormat.values()), EDITION);
        Map<String, StoryLocalizer> localizers = new LinkedHashMap<>();
        Map<String, ProbeChecks> checks = new LinkedHashMap<>();
        Map<String, StringBuilder> books = new LinkedHashMap<>();
        for (String locale : locales) {
            localizers.put(locale, new StoryLocalizer(translations, locale));
            checks.put(locale, new ProbeChecks(translations, locale));
            books.put(locale, new StringBuilder(header(locale, probes.size(), translations.kinds().all().size())));
        }
        List<Failure> failures = new ArrayList<>();
        int renders = 0;
        String kind = "";
        for (int i = 0; i < probes.size(); i++) {
            ProbeRecords.Probe probe = probes.get(i);
            boolean newKind = !probe.kind().equals(kind);
            kind = probe.kind();
            for (String locale : locales) {
                StringBuilder book = books.get(locale);
                if (newKind) {
                    book.append("\n## ").append(kind).append("\n");
                }
                book.append("\n**").append(probe.variant()).append("**\n\n");
                List<ProbeChecks.Finding> found = new ArrayList<>();
                try {
                    LocalizedStory story = localizers.get(locale).localize(probe.record(), List.of(), EDITION);
                    found.addAll(checks.get(locale).check(story, probe.record()));
                    book.append("> ").append(story.headline()).append("  \n");
                    for (String paragraph : story.body()) {
                        book.append("> ").append(paragraph).append("\n");
                    }
                } catch (RuntimeException e) {
                    found.add(new ProbeChecks.Finding(ProbeChecks.Problem.FAILED, "story", String.valueOf(e.getMessage())));
                }
                for (ProbeChecks.Finding finding : found) {
                    failures.add(new Failure(locale, kind, probe.variant(), finding));
                    book.append("\n⚠ ").append(finding.problem().summary()).append(" (").append(finding.part()).append("): ")
                            .append(finding.detail()).append("\n");
                }
            }
            try {
                renders += renderer.render(new StoryItem(i, probe.record())).briefs().size();
            } catch (RuntimeException e) {
                failures.add(new Failure("*", kind, probe.variant(), new ProbeChecks.Finding(ProbeChecks.Problem.FAILED,
                        "templates", String.valueOf(e.getMessage()))));
            }
        }
        List<Path> written = new ArrayList<>();
        if (pages.isPresent()) {
            Files.createDirectories(pages.get());
            for (String locale : locales) {
                Path page = pages.get().resolve(locale + ".md");
                Files.writeString(page, books.get(locale), StandardCharsets.UTF_8);
                written.add(page);
            }
        }
        return new Result(probes.size(), translations.kinds().all().size(), renders, failures, written);
    }

    private static String header(String locale, int probes, int kinds) {
        return "# Probe book: " + locale + "\n\n"
                + "Written by `./briefings check --probes DIR`. Every event kind (" + kinds + ") told from " + probes
                + " generated records: each optional part present and absent, each gender and number of every role, "
                + "each count at 0 (where the kind allows it), 1, 2, 5, 11, 21, 22, 101, 111 and 1000, exact and "
                + "approximate, and each attribute value. Read every line as a reader would; a line marked ⚠ is a "
                + "problem the probe checks found. The bold line names what the record varies; the quoted lines are "
                + "the headline and the story.\n";
    }
}
