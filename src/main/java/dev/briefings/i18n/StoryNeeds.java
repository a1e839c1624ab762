package dev.briefings.i18n;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.briefings.events.EventKind;
import dev.briefings.events.EventRecord;
import dev.briefings.events.KindCatalog;

/**
 * What a record must give to be told in every locale: the optional values that a headline, lede
 * or timeline of its kind uses outside a branch on their presence. The translators' check reports
 * such a message as an error, so a project that passes it needs nothing here; a record that meets
 * one anyway is rejected with the reason, never told with a zero or a gap.
 */
public final class StoryNeeds {

    /** The values one message tells unconditionally. */
    private record Need(String locale, Message message, Set<String> heads) {
    }

    private final Map<String, List<Need>> byKind;

    private StoryNeeds(Map<String, List<Need>> byKind) {
        this.byKind = byKind;
    }

    static StoryNeeds of(KindCatalog kinds, Map<String, LocaleBundle> locales) {
        Map<String, List<Need>> byKind = new LinkedHashMap<>();
        for (LocaleBundle bundle : locales.values()) {
            MessageScopes scopes = new MessageScopes(kinds, bundle.settings().cases(), Set.copyOf(bundle.settings().genders()),
                    Translations.datePhrases(bundle.messages()));
            for (EventKind kind : kinds.all()) {
                for (String name : List.of(EventKind.HEADLINE, EventKind.LEDE, EventKind.TIMELINE)) {
                    Optional<Message> message = bundle.messages().find(kind.id() + "." + name);
                    if (message.isEmpty()) {
                        continue;
                    }
                    Set<String> heads = KindRules.unguarded(kind, PatternAnalysis.of(message.get().pattern()),
                            scopes.scopeOf(message.get().key()).orElseThrow());
                    if (!heads.isEmpty()) {
                        byKind.computeIfAbsent(kind.id(), k -> new ArrayList<>()).add(new Need(bundle.id(), message.get(), heads));
                    }
                }
            }
        }
        return new StoryNeeds(byKind);
    }

    /** Why the record cannot be told, if a message needs a value it leaves out. */
    public Optional<String> problem(EventRecord record) {
        for (Need need : byKind.getOrDefault(record.kind(), List.of())) {
            for (String head : need.heads()) {
                if (!gives(record, head)) {
                    return Optional.of("the record has no " + head + ", which the " + need.locale() + " message '"
                            + need.message().key() + "' (" + need.message().location() + ") tells outside a branch on its "
                            + "presence; give " + head + ", or ask the translators to branch on it");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean gives(EventRecord record, String head) {
        return switch (head) {
            case "source" -> record.source().isPresent();
            case "citing" -> record.source().flatMap(s -> s.citing()).isPresent();
            default -> !record.role(head).isEmpty() || record.counts().containsKey(head);
        };
    }
}
