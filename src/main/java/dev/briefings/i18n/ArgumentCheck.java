package dev.briefings.i18n;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import dev.briefings.data.InvalidProjectFile;
import dev.briefings.events.EventKind;
import dev.briefings.events.KindCatalog;

/**
 * Refuses a message that names an argument its context never provides: ICU would print it
 * literally as {@code {name}} in a published brief.
 */
final class ArgumentCheck {

    private final LocaleBundle bundle;
    private final KindCatalog kinds;

    ArgumentCheck(LocaleBundle bundle, KindCatalog kinds) {
        this.bundle = bundle;
        this.kinds = kinds;
    }

    void check(Message message) {
        Optional<ArgumentScope> scope = scopeOf(message.key());
        if (scope.isEmpty()) {
            return;
        }
        for (String argument : message.arguments()) {
            if (!scope.get().allows(argument)) {
                throw new InvalidProjectFile(message.file(), message.position(), "message '" + message.key()
                        + "' uses {" + argument + "}, which is never given to it; available: " + scope.get().describe());
            }
        }
    }

    /** The arguments a key's context provides; empty for keys the code does not use. */
    Optional<ArgumentScope> scopeOf(String key) {
        Optional<EventKind> kind = kindOf(key);
        if (kind.isPresent()) {
            return Optional.of(ArgumentScope.record(kind.get(), bundle, false));
        }
        if (key.equals("story.quote")) {
            return Optional.of(ArgumentScope.record(null, bundle, true));
        }
        if (key.equals("story.dateline") || key.equals("story.source")) {
            return Optional.of(ArgumentScope.record(null, bundle, false));
        }
        if (key.equals("edition.title")) {
            return Optional.of(ArgumentScope.fixed(Set.of("edition")));
        }
        if (key.startsWith("mention.person.")) {
            return Optional.of(ArgumentScope.fixed(Set.of("given", "surname", "title", "has_title", "given_base",
                    "surname_base")));
        }
        if (key.equals("mention.in")) {
            Set<String> names = new LinkedHashSet<>(Set.of("name", "gender"));
            bundle.settings().cases().forEach(c -> names.add("name_" + c));
            return Optional.of(ArgumentScope.fixed(names));
        }
        if (key.startsWith("date.")) {
            return Optional.of(ArgumentScope.fixed(Set.of("style", "absolute", "date", "weekday", "month")));
        }
        if (key.startsWith("ui.")) {
            return Optional.of(ArgumentScope.fixed(Set.of()));
        }
        return Optional.empty();
    }

    /** The kind a message belongs to: the longest kind id its key starts with. */
    Optional<EventKind> kindOf(String key) {
        int dot = key.lastIndexOf('.');
        while (dot > 0) {
            Optional<EventKind> kind = kinds.find(key.substring(0, dot));
            if (kind.isPresent()) {
                return kind;
            }
            dot = key.lastIndexOf('.', dot - 1);
        }
        return Optional.empty();
    }
}
