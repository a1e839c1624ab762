package dev.briefings.i18n;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.briefings.check.Check;
import dev.briefings.check.Finding;
import dev.briefings.data.ListNode;
import dev.briefings.data.MapNode;
import dev.briefings.data.ScalarNode;

/** The English reference's own duties: a note for translators on every message, and args that match what the code gives. */
final class ReferenceChecks {

    private static final Set<String> DECLARED_TYPES = Set.of("entity", "date", "number", "choice", "text");

    private final Findings findings;

    ReferenceChecks(Findings findings) {
        this.findings = findings;
    }

    void checkReference(MessageEntry entry, MessageScopes scopes) {
        if (entry.note().map(String::isBlank).orElse(true)) {
            findings.add(Finding.of(Check.REFERENCE_NOTE, entry.file(), entry.keyPosition(), entry.key(),
                    "the message has no note for translators"));
        }
        Optional<ArgumentScope> scope = scopes.scopeOf(entry.key());
        if (scope.isEmpty() || entry.text().isEmpty()) {
            return;
        }
        if (entry.args().isEmpty()) {
            findings.add(Finding.of(Check.REFERENCE_ARGS, entry.file(), entry.keyPosition(), entry.key(),
                    "the message declares no args; declare each argument it uses (type, values, example)"));
            return;
        }
        MapNode args = entry.args().get();
        for (MapNode.Field field : args.fields()) {
            checkDeclaration(entry, field, scope.get());
        }
        Set<String> declared = MessageChecks.declaredHeads(entry);
        for (String head : MessageChecks.heads(PatternAnalysis.of(entry.text().get()), scope.get())) {
            if (!declared.contains(head) && scope.get().typeOf(head).isPresent()) {
                findings.add(Finding.of(Check.REFERENCE_ARGS, entry.file(), args.position(), entry.key(),
                        "the message uses '" + head + "' but args does not declare it"));
            }
        }
    }

    private void checkDeclaration(MessageEntry entry, MapNode.Field field, ArgumentScope scope) {
        String name = field.key();
        String where = entry.key() + " args." + name;
        Optional<ArgumentScope.Type> type = scope.typeOf(name);
        if (type.isEmpty() || !scope.headOf(name).equals(name)) {
            findings.add(Finding.of(Check.REFERENCE_ARGS, entry.file(), field.keyPosition(), entry.key(),
                    where + ": the code gives no argument '" + name + "' to this message; it gives: " + scope.describe()));
            return;
        }
        if (!(field.value() instanceof MapNode declaration)) {
            findings.add(Finding.of(Check.REFERENCE_ARGS, entry.file(), field.keyPosition(), entry.key(),
                    where + ": write {type: ..., example: ...}"));
            return;
        }
        String declaredType = declaration.get("type").filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).text())
                .orElse("");
        String actual = scope.subjects().contains(name) ? "entity" : scope.dates().contains(name) ? "date"
                : scope.counts().contains(name) ? "number" : scope.choices().containsKey(name) ? "choice" : "text";
        if (!DECLARED_TYPES.contains(declaredType) || !declaredType.equals(actual)) {
            findings.add(Finding.of(Check.REFERENCE_ARGS, entry.file(), field.keyPosition(), entry.key(),
                    where + ": type is '" + declaredType + "', but the code gives a " + actual));
        }
        if (declaration.get("example").isEmpty()) {
            findings.add(Finding.of(Check.REFERENCE_ARGS, entry.file(), field.keyPosition(), entry.key(),
                    where + ": give an example value"));
        }
        if (actual.equals("choice")) {
            Set<String> values = new TreeSet<>();
            declaration.get("values").filter(ListNode.class::isInstance).ifPresent(list -> ((ListNode) list).items()
                    .forEach(item -> values.add(((ScalarNode) item).text())));
            Set<String> given = new TreeSet<>(scope.choices().get(name));
            given.remove(ArgumentScope.NONE);
            if (!values.equals(given)) {
                findings.add(Finding.of(Check.REFERENCE_ARGS, entry.file(), field.keyPosition(), entry.key(),
                        where + ": values are " + values + ", but the code gives " + given));
            }
        }
    }
}
