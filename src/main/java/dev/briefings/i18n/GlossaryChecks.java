package dev.briefings.i18n;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.briefings.check.Check;
import dev.briefings.check.Finding;
import dev.briefings.data.MapNode;
import dev.briefings.data.Position;
import dev.briefings.events.Entities;

/**
 * The checks of a locale's glossary: each entry as {@link GlossaryReader} reads it (fields, case
 * forms, gender, clean text), and every entity the records name has a name here or in a fallback.
 */
final class GlossaryChecks {

    private final Findings findings;
    private final boolean thorough;

    GlossaryChecks(Findings findings, boolean thorough) {
        this.findings = findings;
        this.thorough = thorough;
    }

    int checkGlossary(LocaleFiles locale, Map<String, LocaleFiles> all, Optional<Entities> entities, Set<String> used) {
        Path file = locale.folder().resolve("glossary.yaml");
        Set<String> present = new TreeSet<>();
        int count = 0;
        if (locale.glossary().isPresent()) {
            new GlossaryReader(file, locale.settings(), entities, findings, thorough).read(locale.glossary().get());
            for (MapNode.Field field : locale.glossary().get().fields()) {
                count++;
                present.add(field.key());
                if (!used.isEmpty() && !used.contains(field.key())) {
                    findings.add(Finding.of(Check.GLOSSARY_UNUSED, file, field.keyPosition(), field.key(),
                            "no record in the events folder names '" + field.key() + "'"));
                }
            }
        }
        // a glossary that could not be read at all is one error, not a warning for every entity it names
        boolean unreadable = locale.glossary().isEmpty() && Files.exists(file);
        if (entities.isPresent() && !unreadable) {
            for (String id : entities.get().ids()) {
                if (present.contains(id)) {
                    continue;
                }
                Optional<String> fallback = locale.settings().fallbacks().stream().map(LocaleSettings.FallbackSource::locale)
                        .filter(other -> all.containsKey(other) && all.get(other).glossary()
                                .map(g -> g.has(id)).orElse(false))
                        .findFirst();
                if (fallback.isEmpty()) {
                    findings.add(Finding.of(Check.GLOSSARY_MISSING_ENTITY, file, Position.START, id,
                            "'" + id + "' has no name here nor in a fallback locale; a run cannot name it")
                            .withFix("add it with its case forms and gender"));
                } else if (used.contains(id)) {
                    findings.add(Finding.of(Check.GLOSSARY_MISSING_ENTITY, file, Position.START, id,
                            "records name '" + id + "'; its name is taken from " + fallback.get() + " instead"));
                }
            }
        }
        return count;
    }
}
