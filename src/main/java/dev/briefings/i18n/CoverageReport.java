package dev.briefings.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.briefings.events.Entities;
import dev.briefings.events.EventKind;
import dev.briefings.events.KindCatalog;

/** How much of the English reference a locale translates, and what it lacks. */
final class CoverageReport {

    private CoverageReport() {
    }

    static TranslationCheck.Coverage coverage(LocaleFiles locale, LocaleFiles reference, KindCatalog kinds, Optional<Entities> entities) {
        List<String> missingMessages = new ArrayList<>();
        int translated = 0;
        for (MessageEntry entry : reference.messages().values()) {
            MessageEntry mine = locale.messages().get(entry.key());
            if (mine != null && mine.text().filter(t -> !t.isBlank()).isPresent()) {
                translated++;
            } else {
                missingMessages.add(entry.key());
            }
        }
        Set<String> glossary = locale.glossary().map(g -> g.asMap().keySet()).orElse(Set.of());
        List<String> missingEntities = entities.map(e -> e.ids().stream().filter(id -> !glossary.contains(id)).toList())
                .orElse(List.of());
        int entityTotal = entities.map(e -> e.ids().size()).orElse(0);
        List<String> missingKinds = new ArrayList<>();
        for (EventKind kind : kinds.all()) {
            boolean complete = kind.messageNames().stream().allMatch(name -> locale.messages().containsKey(kind.id() + "." + name));
            if (!complete) {
                missingKinds.add(kind.id());
            }
        }
        return new TranslationCheck.Coverage(locale.id(), translated, reference.messages().size(), missingMessages,
                entityTotal - missingEntities.size(), entityTotal, missingEntities,
                kinds.all().size() - missingKinds.size(), kinds.all().size(), missingKinds);
    }
}
