package dev.briefings.i18n;

import java.util.Optional;

import dev.briefings.data.InvalidProjectFile;
import dev.briefings.events.KindCatalog;

/**
 * Refuses a message that names an argument its context never provides: ICU would print it
 * literally as {@code {name}} in a published brief.
 */
final class ArgumentCheck {

    private final MessageScopes scopes;

    ArgumentCheck(LocaleBundle bundle, KindCatalog kinds) {
        this.scopes = new MessageScopes(kinds, bundle.settings().cases(), java.util.Set.copyOf(bundle.settings().genders()),
                Translations.datePhrases(bundle.messages()));
    }

    void check(Message message) {
        Optional<ArgumentScope> scope = scopes.scopeOf(message.key());
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
}
