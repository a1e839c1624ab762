package dev.briefings.i18n;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;

import dev.briefings.check.Check;
import dev.briefings.check.Finding;
import dev.briefings.data.Position;
import dev.briefings.events.EventKind;
import dev.briefings.events.KindCatalog;

/**
 * The checks of each locale's messages: missing and obsolete keys, ICU syntax, straight quotes,
 * prepositions written in a form the locale's rules would change, arguments (known, declared,
 * typed), plural and select branches, and what the kinds ask of the messages that tell them
 * (presence, approximation, zero); then sample renders.
 */
final class MessageChecks {

    private final Findings findings;
    private final SampleRenders samples;
    private final ReferenceChecks referenceChecks;
    /** Per locale, the spell-out and date formatters its messages share, as they do in a run (#15). */
    private final Map<ULocale, SharedFormats> formats = new HashMap<>();

    MessageChecks(Findings findings) {
        this.findings = findings;
        this.samples = new SampleRenders(findings);
        this.referenceChecks = new ReferenceChecks(findings);
    }

    void checkMessages(LocaleFiles locale, LocaleFiles reference, KindCatalog kinds) {
        boolean isReference = locale.id().equals(TranslationCheck.REFERENCE);
        MessageScopes scopes = new MessageScopes(kinds, locale.settings().cases(), Set.copyOf(locale.settings().genders()),
                phrases(locale));
        Set<String> expected = isReference ? requiredKeys(kinds) : reference.messages().keySet();
        for (String key : expected) {
            if (!locale.messages().containsKey(key)) {
                findings.add(Finding.of(Check.MISSING_MESSAGE, expectedFile(locale, key, scopes), Position.START, key,
                        isReference ? "the code needs this message" : "the English reference has this message")
                        .withNote(reference.messages().containsKey(key) ? reference.messages().get(key).note() : Optional.empty()));
            }
        }
        for (MessageEntry entry : locale.messages().values()) {
            Optional<MessageEntry> original = Optional.ofNullable(reference.messages().get(entry.key()));
            boolean obsolete = isReference ? !knownKeys(kinds).contains(entry.key()) : original.isEmpty();
            if (obsolete) {
                findings.add(Finding.of(Check.OBSOLETE_MESSAGE, entry.file(), entry.keyPosition(), entry.key(),
                        isReference ? "no code or kind uses this message" : "the English reference has no such message"));
                continue;
            }
            if (isReference) {
                referenceChecks.checkReference(entry, scopes);
            }
            checkMessage(locale, entry, isReference ? Optional.empty() : original, scopes);
        }
    }

    /** Keys the code and the kinds ask for. */
    static Set<String> requiredKeys(KindCatalog kinds) {
        Set<String> keys = new LinkedHashSet<>(Translations.REQUIRED_MESSAGES);
        keys.addAll(List.of("date.when", "date.since", "date.full", "date.label", "ui.background", "ui.contents",
                "ui.empty", "ui.timeline"));
        for (EventKind kind : kinds.all()) {
            kind.messageNames().forEach(name -> keys.add(kind.id() + "." + name));
        }
        return keys;
    }

    /** Keys the code uses: the required ones and those it uses when present. */
    private static Set<String> knownKeys(KindCatalog kinds) {
        Set<String> keys = requiredKeys(kinds);
        keys.add("mention.person.headline");
        kinds.all().forEach(kind -> keys.add(kind.id() + "." + EventKind.TIMELINE));
        return keys;
    }

    private static Path expectedFile(LocaleFiles locale, String key, MessageScopes scopes) {
        Optional<EventKind> kind = scopes.kindOf(key);
        return kind.isPresent() ? locale.folder().resolve("kinds").resolve(kind.get().id() + ".yaml")
                : locale.folder().resolve("messages.yaml");
    }

    private static Set<String> phrases(LocaleFiles locale) {
        Set<String> phrases = new LinkedHashSet<>();
        locale.messages().keySet().stream().filter(k -> k.startsWith("date.")).forEach(k -> phrases.add(k.substring(5)));
        return phrases;
    }

    private void checkMessage(LocaleFiles locale, MessageEntry entry, Optional<MessageEntry> original, MessageScopes scopes) {
        if (entry.text().isEmpty()) {
            return;
        }
        String text = entry.text().get();
        Optional<String> note = original.flatMap(MessageEntry::note).or(entry::note);
        if (text.isBlank()) {
            findings.add(Check.EMPTY_MESSAGE, entry, -1, "the message is empty", note);
            return;
        }
        if (findings.source().isYaml11Special(entry.file(), entry.value().position(), text)) {
            findings.add(Check.YAML_11_COERCION, entry, -1, "'" + text + "' written without quotes is read as "
                    + "true/false, null or a number by YAML 1.1 tools", note);
        }
        int damaged = text.indexOf('\uFFFD');
        if (damaged >= 0) {
            findings.add(Check.REPLACEMENT_CHARACTER, entry, damaged, "the text holds U+FFFD (�) at this place", note);
        }
        int quote = asciiQuoteNextToSyntax(text);
        if (quote >= 0) {
            findings.add(Check.ASCII_QUOTE, entry, quote, "a straight " + (text.charAt(quote) == '\'' ? "apostrophe" : "quote")
                    + " next to " + neighbours(text, quote) + "; ICU treats ' as quoting syntax", note);
        }
        // Literal text before literal text: formatting leaves the translator's form as written.
        for (Prepositions.Misuse misuse : locale.settings().prepositions().misuses(text)) {
            findings.add(Check.PREPOSITION_FORM, entry, misuse.offset(), misuse.describe(), note);
        }
        PatternAnalysis analysis = PatternAnalysis.of(text);
        if (analysis.error().isPresent()) {
            PatternAnalysis.SyntaxError error = analysis.error().get();
            Check check = error.message().contains("'other'") ? Check.MISSING_OTHER : Check.ICU_SYNTAX;
            findings.add(check, entry, error.offset(), error.message(), note);
            return;
        }
        SharedFormats.Compiled format;
        try {
            format = formats.computeIfAbsent(locale.locale(), SharedFormats::new).compile(text);
        } catch (IllegalArgumentException e) {
            findings.add(Check.ICU_SYNTAX, entry, -1, e.getMessage(), note);
            return;
        }
        Optional<ArgumentScope> scope = scopes.scopeOf(entry.key());
        if (scope.isEmpty()) {
            return;
        }
        Set<String> declared = declaredHeads(original.orElse(entry));
        boolean typesOk = checkArguments(locale, entry, analysis, scope.get(), declared, original.isPresent(), note);
        if (original.isPresent()) {
            Set<String> mine = heads(analysis, scope.get());
            PatternAnalysis reference = PatternAnalysis.of(original.get().text().orElse(""));
            for (String head : heads(reference, scope.get())) {
                if (!mine.contains(head)) {
                    findings.add(Check.MISSING_ARGUMENT, entry, -1, "the English message uses {" + head + "}; this one does not",
                            note);
                }
            }
        }
        Optional<EventKind> kind = scopes.kindOf(entry.key());
        if (kind.isPresent()) {
            String messageName = entry.key().substring(kind.get().id().length() + 1);
            for (KindRules.Problem problem : KindRules.check(kind.get(), messageName, analysis, scope.get())) {
                Check check = switch (problem.rule()) {
                    case PRESENCE -> Check.OPTIONAL_OUTSIDE_BRANCH;
                    case APPROXIMATE -> Check.COUNT_WITHOUT_APPROX;
                    case ZERO -> Check.ZERO_WITHOUT_BRANCH;
                };
                findings.add(check, entry, problem.offset(), problem.message(), note);
            }
        }
        if (typesOk) {
            samples.renderSamples(locale, entry, format, analysis, scope.get(), original, note);
        }
    }

    static Set<String> heads(PatternAnalysis analysis, ArgumentScope scope) {
        Set<String> heads = new TreeSet<>();
        analysis.uses().forEach(use -> heads.add(scope.headOf(use.name())));
        return heads;
    }

    static Set<String> declaredHeads(MessageEntry reference) {
        Set<String> heads = new TreeSet<>();
        reference.args().ifPresent(args -> args.fields().forEach(f -> heads.add(f.key())));
        return heads;
    }

    /** Checks each argument's name, declaration, type and branches; false when a type is wrong. */
    private boolean checkArguments(LocaleFiles locale, MessageEntry entry, PatternAnalysis analysis, ArgumentScope scope,
            Set<String> declared, boolean againstReference, Optional<String> note) {
        boolean typesOk = true;
        for (PatternAnalysis.Use use : analysis.uses()) {
            if (use.numbered()) {
                findings.add(Check.NUMBERED_ARGUMENT, entry, use.offset(), "{" + use.name() + "} is numbered", note);
                typesOk = false;
                continue;
            }
            Optional<ArgumentScope.Type> type = scope.typeOf(use.name());
            String head = scope.headOf(use.name());
            if (type.isEmpty()) {
                findings.add(Check.UNKNOWN_ARGUMENT, entry, use.offset(), "{" + use.name() + "} is never given to this message; "
                        + "it would be printed literally. Available: " + scope.describe(), note);
                typesOk = false;
                continue;
            }
            if (againstReference && !declared.isEmpty() && !declared.contains(head)) {
                findings.add(Check.UNKNOWN_ARGUMENT, entry, use.offset(), "{" + use.name() + "}: the English reference does not "
                        + "declare '" + head + "'; declared: " + String.join(", ", declared), note);
            }
            Optional<String> wrong = typeProblem(type.get(), use);
            if (wrong.isPresent()) {
                findings.add(Check.ARGUMENT_TYPE, entry, use.offset(), "{" + use.name() + "} " + wrong.get(), note);
                typesOk = false;
                continue;
            }
            checkBranches(locale, entry, use, type.get(), note);
        }
        return typesOk;
    }

    private static Optional<String> typeProblem(ArgumentScope.Type type, PatternAnalysis.Use use) {
        MessagePattern.ArgType argType = use.type();
        return switch (type.kind()) {
            case TEXT -> argType == MessagePattern.ArgType.NONE ? Optional.empty()
                    : Optional.of("is finished text; insert it as {" + use.name() + "}, not as " + describe(use));
            case CHOICE -> argType == MessagePattern.ArgType.SELECT ? Optional.empty()
                    : Optional.of("is one of " + String.join(", ", type.values()) + "; use it in a select, not as "
                            + describe(use));
            case COUNT, NUMBER -> argType == MessagePattern.ArgType.CHOICE
                    || argType == MessagePattern.ArgType.SIMPLE && (use.simpleType().equals("date")
                    || use.simpleType().equals("time"))
                    ? Optional.of("is a number; use plural, selectordinal, select, number or spellout, not " + describe(use))
                    : Optional.empty();
            case DATE -> argType == MessagePattern.ArgType.SIMPLE && (use.simpleType().equals("date")
                    || use.simpleType().equals("time")) ? Optional.empty()
                    : Optional.of("is a date; format it with {" + use.name() + ", date, ::yMMMMd} or another skeleton, not as "
                            + describe(use));
        };
    }

    private static String describe(PatternAnalysis.Use use) {
        return switch (use.type()) {
            case NONE -> "plain {" + use.name() + "}";
            case SIMPLE -> "a " + use.simpleType();
            default -> "a " + use.type().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private void checkBranches(LocaleFiles locale, MessageEntry entry, PatternAnalysis.Use use, ArgumentScope.Type type,
            Optional<String> note) {
        if (use.type() == MessagePattern.ArgType.PLURAL || use.type() == MessagePattern.ArgType.SELECTORDINAL) {
            PluralRules rules = PluralRules.forLocale(locale.locale(), use.type() == MessagePattern.ArgType.PLURAL
                    ? PluralRules.PluralType.CARDINAL : PluralRules.PluralType.ORDINAL);
            Set<String> categories = new TreeSet<>(rules.getKeywords());
            Set<String> present = new TreeSet<>();
            for (String keyword : use.keywords()) {
                if (keyword.startsWith("=")) {
                    continue;
                }
                if (!categories.contains(keyword)) {
                    findings.add(Check.PLURAL_UNKNOWN_KEYWORD, entry, use.offset(), "{" + use.name() + "} has a branch '" + keyword
                            + "', which " + locale.id() + " does not have; its categories: " + String.join(", ", categories),
                            note);
                }
                present.add(keyword);
            }
            Set<String> missing = new TreeSet<>(categories);
            missing.removeAll(present);
            if (!missing.isEmpty()) {
                findings.add(Check.PLURAL_MISSING_CATEGORY, entry, use.offset(), "{" + use.name() + "} has no "
                        + String.join(", ", missing) + " branch; " + locale.id() + " needs " + String.join(", ", categories),
                        note);
            }
            return;
        }
        if (use.type() != MessagePattern.ArgType.SELECT) {
            return;
        }
        for (String keyword : use.keywords()) {
            boolean known = keyword.equals("other")
                    || (type.kind() == ArgumentScope.Type.Kind.CHOICE ? type.values().contains(keyword)
                    : keyword.chars().allMatch(Character::isDigit));
            if (!known) {
                findings.add(Check.SELECT_UNKNOWN_VALUE, entry, use.offset(), "{" + use.name() + "} has a branch '" + keyword
                        + "', a value it never takes; its values: " + (type.kind() == ArgumentScope.Type.Kind.CHOICE
                        ? String.join(", ", type.values()) : "whole numbers"), note);
            }
        }
    }

    /** The offset of a straight quote or apostrophe touching ICU syntax, or -1. */
    private static int asciiQuoteNextToSyntax(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\'' && c != '"') {
                continue;
            }
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if ("{}#".indexOf(before) >= 0 || "{}#".indexOf(after) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String neighbours(String text, int at) {
        return "«" + text.substring(Math.max(0, at - 8), Math.min(text.length(), at + 9)).replace("\n", " ") + "»";
    }
}
