package dev.briefings.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;

import dev.briefings.check.Check;
import dev.briefings.check.Finding;
import dev.briefings.data.FieldProblem;
import dev.briefings.data.InvalidProjectFile;
import dev.briefings.data.ListNode;
import dev.briefings.data.MapNode;
import dev.briefings.data.MapReader;
import dev.briefings.data.Node;
import dev.briefings.data.Position;
import dev.briefings.data.ScalarNode;
import dev.briefings.data.SourceText;
import dev.briefings.data.SyntaxProblem;
import dev.briefings.data.TreeReader;
import dev.briefings.events.Entities;
import dev.briefings.events.EventFiles;
import dev.briefings.events.EventKind;
import dev.briefings.events.EventRecord;
import dev.briefings.events.KindCatalog;
import dev.briefings.events.RecordValidator;

/**
 * The translators' check: every locale's messages and glossary against the English reference,
 * with every check Weblate, compare-locales and {@code msgfmt -c} run, and the ones ICU lets
 * through silently (a misspelled plural keyword, missing {@code few}/{@code many} branches, an
 * argument printed literally). It reads the files leniently, so that one run reports every
 * problem with its file, line, key, check id and what to do, instead of stopping at the first.
 */
public final class TranslationCheck {

    /** The locale every other one is checked against. */
    public static final String REFERENCE = "en";

    /** Numbers every plural is rendered with: each Russian category, and a fraction. */
    static final List<Number> PLURAL_SAMPLES = List.of(0, 1, 2, 5, 11, 21, 1.5);

    private static final Set<String> PERSON_FIELDS = Set.of("given", "surname", "title", "invariable", "note");
    private static final Set<String> NAMED_FIELDS = Set.of("name", "short", "headline", "in", "gender", "invariable", "note");
    private static final Set<String> DECLARED_TYPES = Set.of("entity", "date", "number", "choice", "text");

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

    /** One message as written: its text (absent when not text), note and declared arguments. */
    private record Entry(String key, Path file, Position keyPosition, Node value, Optional<String> text,
            Optional<String> note, Optional<MapNode> args) {
    }

    /** One locale's files as read. */
    private record LocaleFiles(String id, ULocale locale, LocaleSettings settings, Map<String, Entry> messages,
            Optional<MapNode> glossary, Path folder) {
    }

    private final Path translations;
    private final Optional<Path> events;
    private final TreeReader reader = new TreeReader();
    private final SourceText source = new SourceText();
    private final List<Finding> findings = new ArrayList<>();

    public TranslationCheck(Path translations, Optional<Path> events) {
        this.translations = translations;
        this.events = events;
    }

    /**
     * Runs every check.
     *
     * @param only the locales to report on; empty means all (the reference is always read)
     */
    public Result run(Set<String> only) {
        findings.clear();
        Optional<Entities> entities = entities();
        KindCatalog kinds = KindCatalog.load(translations.resolve("kinds"), this::projectFile);
        Map<String, LocaleFiles> locales = new TreeMap<>();
        for (Path folder : localeFolders()) {
            readLocale(folder).ifPresent(files -> locales.put(files.id(), files));
        }
        Set<String> used = entities.isPresent() ? usedEntities(entities.get(), kinds) : Set.of();
        LocaleFiles reference = locales.get(REFERENCE);
        if (reference == null) {
            findings.add(Finding.of(Check.PROJECT_FILE, translations.resolve(REFERENCE), Position.START, REFERENCE,
                    "the English reference locale is missing; every locale is checked against translations/en/"));
            return result(List.of(), 0, 0, Set.of());
        }
        int messages = 0;
        int entries = 0;
        List<Coverage> coverage = new ArrayList<>();
        for (LocaleFiles locale : locales.values()) {
            if (!only.isEmpty() && !only.contains(locale.id())) {
                continue;
            }
            checkMessages(locale, reference, kinds);
            entries += checkGlossary(locale, locales, entities, used);
            messages += locale.messages().size();
            coverage.add(coverage(locale, reference, kinds, entities));
        }
        Set<String> labels = new TreeSet<>();
        reference.messages().keySet().stream().filter(k -> k.startsWith("ui.")).forEach(k -> labels.add(k.substring(3)));
        return result(coverage, messages, entries, labels);
    }

    private Result result(List<Coverage> coverage, int messages, int entries, Set<String> labels) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        return new Result(sorted, coverage, messages, entries, labels);
    }

    // ---- reading ------------------------------------------------------------------------

    private Optional<Entities> entities() {
        try {
            return Optional.of(Entities.load(translations.resolve("entities.yaml")));
        } catch (InvalidProjectFile e) {
            projectFile(e);
            return Optional.empty();
        }
    }

    private void projectFile(InvalidProjectFile problem) {
        findings.add(Finding.of(Check.PROJECT_FILE, problem.file(), problem.position(), "", problem.getMessage()));
    }

    private List<Path> localeFolders() {
        try (Stream<Path> listing = Files.list(translations)) {
            return listing.filter(Files::isDirectory).filter(dir -> Files.exists(dir.resolve("messages.yaml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<LocaleFiles> readLocale(Path folder) {
        String id = folder.getFileName().toString();
        ULocale locale;
        try {
            locale = new ULocale.Builder().setLanguageTag(id).build();
        } catch (IllformedLocaleException e) {
            findings.add(Finding.of(Check.PROJECT_FILE, folder, Position.START, id,
                    "the folder name '" + id + "' is not a locale; name it by language tag, such as uk"));
            return Optional.empty();
        }
        LocaleSettings settings = new LocaleSettings(id, List.of(), List.of(), Optional.empty(), List.of());
        Path settingsFile = folder.resolve("locale.yaml");
        Optional<Node> settingsRoot = tree(settingsFile);
        if (settingsRoot.isPresent()) {
            try {
                settings = LocaleSettings.parse(id, MapReader.of(settingsRoot.get(), ""));
            } catch (FieldProblem e) {
                projectFile(new InvalidProjectFile(settingsFile, e));
            }
        }
        Map<String, Entry> messages = readMessageFiles(folder);
        Optional<MapNode> glossary = tree(folder.resolve("glossary.yaml")).flatMap(node -> {
            if (node instanceof MapNode map) {
                return Optional.of(map);
            }
            findings.add(Finding.of(Check.GLOSSARY_INVALID, folder.resolve("glossary.yaml"), node.position(), "",
                    "the glossary must be a mapping of entity ids to entries"));
            return Optional.empty();
        });
        return Optional.of(new LocaleFiles(id, locale, settings, messages, glossary, folder));
    }

    /** A file's tree; a file that cannot be parsed is reported under the check for its problem. */
    private Optional<Node> tree(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return reader.read(file);
        } catch (SyntaxProblem e) {
            Check check = switch (e.kind()) {
                case DUPLICATE_KEY -> Check.YAML_DUPLICATE_KEY;
                case ALIAS -> Check.YAML_ALIAS;
                case NOT_UTF8 -> Check.NOT_UTF8;
                case MALFORMED, TOO_DEEP -> Check.YAML_SYNTAX;
            };
            findings.add(Finding.of(check, file, e.position(), "", e.getMessage()));
            return Optional.empty();
        } catch (IOException e) {
            findings.add(Finding.of(Check.YAML_SYNTAX, file, Position.START, "", "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** A locale's messages: messages.yaml, then kinds/<kind>.yaml with keys prefixed by the kind. */
    private Map<String, Entry> readMessageFiles(Path folder) {
        Map<String, Entry> messages = new LinkedHashMap<>();
        readMessages(folder.resolve("messages.yaml"), "", messages);
        Path kinds = folder.resolve("kinds");
        if (Files.isDirectory(kinds)) {
            try (Stream<Path> listing = Files.list(kinds)) {
                for (Path file : listing.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                    readMessages(file, file.getFileName().toString().replaceFirst("\\.yaml$", "") + ".", messages);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return messages;
    }

    private void readMessages(Path file, String prefix, Map<String, Entry> into) {
        Optional<Node> root = tree(file);
        if (root.isEmpty()) {
            return;
        }
        if (!(root.get() instanceof MapNode map)) {
            findings.add(Finding.of(Check.YAML_SYNTAX, file, root.get().position(), "", "a message file must be a mapping"));
            return;
        }
        flatten(map, prefix, file, into);
    }

    private void flatten(MapNode map, String prefix, Path file, Map<String, Entry> into) {
        for (MapNode.Field field : map.fields()) {
            String key = prefix + field.key();
            Node value = field.value();
            if (value instanceof MapNode child && !child.has("message")) {
                flatten(child, key + ".", file, into);
                continue;
            }
            Node message = value;
            Optional<String> note = Optional.empty();
            Optional<MapNode> args = Optional.empty();
            if (value instanceof MapNode entry) {
                message = entry.get("message").orElseThrow();
                note = entry.get("note").filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).text());
                args = entry.get("args").filter(MapNode.class::isInstance).map(MapNode.class::cast);
            }
            Optional<String> text = Optional.empty();
            if (message instanceof ScalarNode scalar && scalar.isString()) {
                text = Optional.of(scalar.text());
            } else {
                findings.add(Finding.of(Check.YAML_NON_STRING, file, message.position(), key,
                        "the message is " + message.describe() + ", not text"));
            }
            if (into.containsKey(key)) {
                Entry earlier = into.get(key);
                findings.add(Finding.of(Check.YAML_DUPLICATE_KEY, file, field.keyPosition(), key, "defined twice (also at "
                        + earlier.file() + ":" + earlier.keyPosition().line() + ")"));
                continue;
            }
            into.put(key, new Entry(key, file, field.keyPosition(), message, text, note, args));
        }
    }

    /** Every entity a valid record names, in any role, place, quote or source. */
    private Set<String> usedEntities(Entities entities, KindCatalog kinds) {
        Set<String> used = new TreeSet<>();
        if (events.isEmpty() || !Files.isDirectory(events.get())) {
            return used;
        }
        EventFiles files = new EventFiles(events.get());
        RecordValidator validator = new RecordValidator(kinds, entities);
        try {
            // record by record: a 50 MB file must not need 50 MB of trees
            files.forEachItem(item -> item.record().ifPresent(raw -> {
                try {
                    EventRecord record = validator.validate(raw.node(), raw.origin());
                    used.add(record.place());
                    record.participants().values().forEach(used::addAll);
                    record.quote().ifPresent(q -> used.add(q.speaker()));
                    record.source().ifPresent(s -> {
                        used.add(s.agency());
                        s.citing().ifPresent(used::add);
                    });
                } catch (FieldProblem ignored) {
                    // an invalid record is the run's business, not the translators'
                }
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return used;
    }

    // ---- messages -----------------------------------------------------------------------

    private void checkMessages(LocaleFiles locale, LocaleFiles reference, KindCatalog kinds) {
        boolean isReference = locale.id().equals(REFERENCE);
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
        for (Entry entry : locale.messages().values()) {
            Optional<Entry> original = Optional.ofNullable(reference.messages().get(entry.key()));
            boolean obsolete = isReference ? !knownKeys(kinds).contains(entry.key()) : original.isEmpty();
            if (obsolete) {
                findings.add(Finding.of(Check.OBSOLETE_MESSAGE, entry.file(), entry.keyPosition(), entry.key(),
                        isReference ? "no code or kind uses this message" : "the English reference has no such message"));
                continue;
            }
            if (isReference) {
                checkReference(entry, scopes);
            }
            checkMessage(locale, entry, isReference ? Optional.empty() : original, scopes);
        }
    }

    /** Keys the code and the kinds ask for. */
    private static Set<String> requiredKeys(KindCatalog kinds) {
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

    private void checkMessage(LocaleFiles locale, Entry entry, Optional<Entry> original, MessageScopes scopes) {
        if (entry.text().isEmpty()) {
            return;
        }
        String text = entry.text().get();
        Optional<String> note = original.flatMap(Entry::note).or(entry::note);
        if (text.isBlank()) {
            add(Check.EMPTY_MESSAGE, entry, -1, "the message is empty", note);
            return;
        }
        if (source.isYaml11Special(entry.file(), entry.value().position(), text)) {
            add(Check.YAML_11_COERCION, entry, -1, "'" + text + "' written without quotes is read as "
                    + "true/false, null or a number by YAML 1.1 tools", note);
        }
        int damaged = text.indexOf('\uFFFD');
        if (damaged >= 0) {
            add(Check.REPLACEMENT_CHARACTER, entry, damaged, "the text holds U+FFFD (�) at this place", note);
        }
        int quote = asciiQuoteNextToSyntax(text);
        if (quote >= 0) {
            add(Check.ASCII_QUOTE, entry, quote, "a straight " + (text.charAt(quote) == '\'' ? "apostrophe" : "quote")
                    + " next to " + neighbours(text, quote) + "; ICU treats ' as quoting syntax", note);
        }
        PatternAnalysis analysis = PatternAnalysis.of(text);
        if (analysis.error().isPresent()) {
            PatternAnalysis.SyntaxError error = analysis.error().get();
            Check check = error.message().contains("'other'") ? Check.MISSING_OTHER : Check.ICU_SYNTAX;
            add(check, entry, error.offset(), error.message(), note);
            return;
        }
        MessageFormat format;
        try {
            format = new MessageFormat(text, locale.locale());
        } catch (IllegalArgumentException e) {
            add(Check.ICU_SYNTAX, entry, -1, e.getMessage(), note);
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
                    add(Check.MISSING_ARGUMENT, entry, -1, "the English message uses {" + head + "}; this one does not",
                            note);
                }
            }
        }
        if (typesOk) {
            renderSamples(locale, entry, format, analysis, scope.get(), original, note);
        }
    }

    private static Set<String> heads(PatternAnalysis analysis, ArgumentScope scope) {
        Set<String> heads = new TreeSet<>();
        analysis.uses().forEach(use -> heads.add(scope.headOf(use.name())));
        return heads;
    }

    private static Set<String> declaredHeads(Entry reference) {
        Set<String> heads = new TreeSet<>();
        reference.args().ifPresent(args -> args.fields().forEach(f -> heads.add(f.key())));
        return heads;
    }

    /** Checks each argument's name, declaration, type and branches; false when a type is wrong. */
    private boolean checkArguments(LocaleFiles locale, Entry entry, PatternAnalysis analysis, ArgumentScope scope,
            Set<String> declared, boolean againstReference, Optional<String> note) {
        boolean typesOk = true;
        for (PatternAnalysis.Use use : analysis.uses()) {
            if (use.numbered()) {
                add(Check.NUMBERED_ARGUMENT, entry, use.offset(), "{" + use.name() + "} is numbered", note);
                typesOk = false;
                continue;
            }
            Optional<ArgumentScope.Type> type = scope.typeOf(use.name());
            String head = scope.headOf(use.name());
            if (type.isEmpty()) {
                add(Check.UNKNOWN_ARGUMENT, entry, use.offset(), "{" + use.name() + "} is never given to this message; "
                        + "it would be printed literally. Available: " + scope.describe(), note);
                typesOk = false;
                continue;
            }
            if (againstReference && !declared.isEmpty() && !declared.contains(head)) {
                add(Check.UNKNOWN_ARGUMENT, entry, use.offset(), "{" + use.name() + "}: the English reference does not "
                        + "declare '" + head + "'; declared: " + String.join(", ", declared), note);
            }
            Optional<String> wrong = typeProblem(type.get(), use);
            if (wrong.isPresent()) {
                add(Check.ARGUMENT_TYPE, entry, use.offset(), "{" + use.name() + "} " + wrong.get(), note);
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

    private void checkBranches(LocaleFiles locale, Entry entry, PatternAnalysis.Use use, ArgumentScope.Type type,
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
                    add(Check.PLURAL_UNKNOWN_KEYWORD, entry, use.offset(), "{" + use.name() + "} has a branch '" + keyword
                            + "', which " + locale.id() + " does not have; its categories: " + String.join(", ", categories),
                            note);
                }
                present.add(keyword);
            }
            Set<String> missing = new TreeSet<>(categories);
            missing.removeAll(present);
            if (!missing.isEmpty()) {
                add(Check.PLURAL_MISSING_CATEGORY, entry, use.offset(), "{" + use.name() + "} has no "
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
                add(Check.SELECT_UNKNOWN_VALUE, entry, use.offset(), "{" + use.name() + "} has a branch '" + keyword
                        + "', a value it never takes; its values: " + (type.kind() == ArgumentScope.Type.Kind.CHOICE
                        ? String.join(", ", type.values()) : "whole numbers"), note);
            }
        }
    }

    /**
     * Formats the message over every plural sample and every select value, one argument at a time,
     * and reports ICU syntax left in the text, stray whitespace, a different end punctuation than
     * the reference, or a text the same as the reference's.
     */
    private void renderSamples(LocaleFiles locale, Entry entry, MessageFormat format, PatternAnalysis analysis,
            ArgumentScope scope, Optional<Entry> original, Optional<String> note) {
        Map<String, Object> base = sampleArguments(analysis, scope, locale.locale(), "x");
        List<Map<String, Object>> variants = new ArrayList<>();
        variants.add(base);
        for (PatternAnalysis.Use use : analysis.uses()) {
            if (use.type() == MessagePattern.ArgType.PLURAL || use.type() == MessagePattern.ArgType.SELECTORDINAL) {
                for (Number sample : PLURAL_SAMPLES) {
                    variants.add(with(base, use.name(), sample));
                }
            } else if (use.type() == MessagePattern.ArgType.SELECT) {
                ArgumentScope.Type type = scope.typeOf(use.name()).orElseThrow();
                Set<Object> values = new LinkedHashSet<>();
                if (type.kind() == ArgumentScope.Type.Kind.CHOICE) {
                    values.addAll(type.values());
                } else {
                    use.keywords().stream().filter(k -> k.chars().allMatch(Character::isDigit)).forEach(k -> values.add(Integer.valueOf(k)));
                    values.add(99);
                }
                values.forEach(value -> variants.add(with(base, use.name(), value)));
            }
        }
        Set<String> reported = new LinkedHashSet<>();
        for (Map<String, Object> args : variants) {
            String output;
            try {
                output = format.format(args);
            } catch (IllegalArgumentException e) {
                add(Check.ARGUMENT_TYPE, entry, -1, "formatting fails with " + args + ": " + e.getMessage(), note);
                return;
            }
            int leak = firstLeak(output);
            if (leak >= 0 && reported.add("leak")) {
                add(Check.RENDER_LEAK, entry, -1, "with " + describeArgs(args, analysis) + " the text is «" + output
                        + "»: '" + output.charAt(leak) + "' is left in it", note);
            }
            if ((!output.equals(output.strip()) || output.contains("  ") || output.contains("\n")) && reported.add("space")) {
                add(Check.WHITESPACE, entry, -1, "with " + describeArgs(args, analysis) + " the text is «"
                        + output.replace("\n", "\\n") + "»", note);
            }
        }
        if (original.isPresent() && original.get().text().isPresent()) {
            compareWithReference(locale, entry, format, analysis, scope, original.get(), note);
        }
    }

    private void compareWithReference(LocaleFiles locale, Entry entry, MessageFormat format, PatternAnalysis analysis,
            ArgumentScope scope, Entry original, Optional<String> note) {
        PatternAnalysis referenceAnalysis = PatternAnalysis.of(original.text().get());
        MessageFormat reference;
        try {
            reference = new MessageFormat(original.text().get(), ULocale.ENGLISH);
        } catch (IllegalArgumentException e) {
            return;
        }
        Map<String, Object> args = sampleArguments(analysis, scope, locale.locale(), "");
        args.putAll(sampleArguments(referenceAnalysis, scope, locale.locale(), ""));
        String mine;
        String theirs;
        try {
            mine = format.format(args);
            theirs = reference.format(args);
        } catch (IllegalArgumentException e) {
            return;
        }
        if (mine.equals(theirs) && mine.codePoints().anyMatch(Character::isLetter)) {
            add(Check.UNTRANSLATED_MESSAGE, entry, -1, "the text is the same as the English «" + theirs + "»", note);
        }
        char myEnd = endPunctuation(mine);
        char theirEnd = endPunctuation(theirs);
        if (myEnd != theirEnd) {
            add(Check.END_PUNCTUATION, entry, -1, "the English message ends with "
                    + (theirEnd == 0 ? "no punctuation" : "'" + theirEnd + "'") + ", this one with "
                    + (myEnd == 0 ? "none" : "'" + myEnd + "'"), note);
        }
    }

    private static char endPunctuation(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return 0;
        }
        char last = stripped.charAt(stripped.length() - 1);
        return ".!?…:;".indexOf(last) >= 0 ? last : 0;
    }

    private static Map<String, Object> sampleArguments(PatternAnalysis analysis, ArgumentScope scope, ULocale locale,
            String textSample) {
        Map<String, Object> args = new HashMap<>();
        for (PatternAnalysis.Use use : analysis.uses()) {
            Optional<ArgumentScope.Type> type = scope.typeOf(use.name());
            if (type.isEmpty()) {
                continue;
            }
            args.put(use.name(), switch (type.get().kind()) {
                case TEXT -> textSample;
                case CHOICE -> type.get().values().iterator().next();
                case COUNT, NUMBER -> 1;
                case DATE -> DatePhrases.calendar(java.time.LocalDate.of(2020, 11, 19), locale);
            });
        }
        return args;
    }

    private static Map<String, Object> with(Map<String, Object> base, String name, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.put(name, value);
        return copy;
    }

    private static String describeArgs(Map<String, Object> args, PatternAnalysis analysis) {
        List<String> parts = new ArrayList<>();
        for (PatternAnalysis.Use use : analysis.uses()) {
            Object value = args.get(use.name());
            if (value instanceof Number || value instanceof String s && !s.isEmpty() && !s.equals("x")) {
                parts.add(use.name() + "=" + value);
            }
        }
        return parts.isEmpty() ? "sample arguments" : String.join(", ", new LinkedHashSet<>(parts));
    }

    private static int firstLeak(String output) {
        for (int i = 0; i < output.length(); i++) {
            char c = output.charAt(i);
            if (c == '{' || c == '}' || c == '#') {
                return i;
            }
        }
        return -1;
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

    private void checkReference(Entry entry, MessageScopes scopes) {
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
        Set<String> declared = declaredHeads(entry);
        for (String head : heads(PatternAnalysis.of(entry.text().get()), scope.get())) {
            if (!declared.contains(head) && scope.get().typeOf(head).isPresent()) {
                findings.add(Finding.of(Check.REFERENCE_ARGS, entry.file(), args.position(), entry.key(),
                        "the message uses '" + head + "' but args does not declare it"));
            }
        }
    }

    private void checkDeclaration(Entry entry, MapNode.Field field, ArgumentScope scope) {
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

    private void add(Check check, Entry entry, int offset, String message, Optional<String> note) {
        Position position = offset < 0 ? entry.keyPosition()
                : source.positionOf(entry.file(), entry.value().position(), entry.text().orElse(""), offset);
        findings.add(Finding.of(check, entry.file(), position, entry.key(), message).withNote(note));
    }

    // ---- glossary -----------------------------------------------------------------------

    private int checkGlossary(LocaleFiles locale, Map<String, LocaleFiles> all, Optional<Entities> entities, Set<String> used) {
        Path file = locale.folder().resolve("glossary.yaml");
        Set<String> present = new TreeSet<>();
        int count = 0;
        if (locale.glossary().isPresent()) {
            for (MapNode.Field field : locale.glossary().get().fields()) {
                count++;
                present.add(field.key());
                checkEntry(locale, file, field, entities);
                if (!used.isEmpty() && !used.contains(field.key())) {
                    findings.add(Finding.of(Check.GLOSSARY_UNUSED, file, field.keyPosition(), field.key(),
                            "no record in the events folder names '" + field.key() + "'"));
                }
            }
        }
        if (entities.isPresent()) {
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

    private void checkEntry(LocaleFiles locale, Path file, MapNode.Field field, Optional<Entities> entities) {
        String id = field.key();
        Optional<Entities.Entity> entity = entities.flatMap(e -> e.find(id));
        if (entities.isPresent() && entity.isEmpty()) {
            findings.add(Finding.of(Check.GLOSSARY_UNKNOWN_ENTITY, file, field.keyPosition(), id,
                    "translations/entities.yaml has no entity '" + id + "'"));
            return;
        }
        if (!(field.value() instanceof MapNode entry)) {
            findings.add(Finding.of(Check.GLOSSARY_INVALID, file, field.value().position(), id,
                    "an entry is a mapping of fields, found " + field.value().describe()));
            return;
        }
        boolean person = entity.map(Entities.Entity::isPerson).orElse(entry.has("surname"));
        Set<String> allowed = person ? PERSON_FIELDS : NAMED_FIELDS;
        for (MapNode.Field f : entry.fields()) {
            if (!allowed.contains(f.key())) {
                findings.add(Finding.of(Check.GLOSSARY_INVALID, file, f.keyPosition(), id + "." + f.key(),
                        "unknown field; " + (person ? "a person has " : "an entry has ") + String.join(", ",
                                new TreeSet<>(allowed))));
            }
        }
        boolean invariable = entry.get("invariable").filter(ScalarNode.class::isInstance)
                .map(n -> ((ScalarNode) n).text().equals("true")).orElse(false);
        List<String> formFields = person ? List.of("given", "surname", "title") : List.of("name", "short", "headline");
        for (String name : formFields) {
            Optional<Node> forms = entry.get(name);
            if (forms.isEmpty()) {
                if (name.equals(formFields.get(0)) || person && name.equals("surname")) {
                    findings.add(Finding.of(Check.GLOSSARY_INVALID, file, field.keyPosition(), id + "." + name,
                            "the entry needs " + name));
                }
                continue;
            }
            checkForms(locale, file, id + "." + name, forms.get(), invariable, person && !name.equals("title"));
        }
        Optional<Node> gender = entry.get("gender");
        if (!person && !locale.settings().genders().isEmpty()) {
            if (gender.isEmpty()) {
                findings.add(Finding.of(Check.GLOSSARY_MISSING_GENDER, file, field.keyPosition(), id + ".gender",
                        "the entry has no gender; " + locale.id() + " needs one of "
                                + String.join(", ", locale.settings().genders())));
            } else if (!(gender.get() instanceof ScalarNode scalar) || !locale.settings().genders().contains(scalar.text())) {
                findings.add(Finding.of(Check.GLOSSARY_INVALID, file, gender.get().position(), id + ".gender",
                        "gender must be one of " + String.join(", ", locale.settings().genders())));
            }
        }
        entry.get("in").ifPresent(in -> checkText(file, id + ".in", in));
    }

    private void checkForms(LocaleFiles locale, Path file, String key, Node forms, boolean invariable, boolean personName) {
        List<String> cases = locale.settings().cases();
        if (forms instanceof MapNode map) {
            if (cases.isEmpty()) {
                findings.add(Finding.of(Check.GLOSSARY_INVALID, file, forms.position(), key,
                        locale.id() + " declares no cases; write one text"));
                return;
            }
            for (MapNode.Field field : map.fields()) {
                if (!cases.contains(field.key())) {
                    findings.add(Finding.of(Check.GLOSSARY_INVALID, file, field.keyPosition(), key + "." + field.key(),
                            "'" + field.key() + "' is not a case of " + locale.id() + " (" + String.join(", ", cases) + ")"));
                } else {
                    checkText(file, key + "." + field.key(), field.value());
                }
            }
            for (String grammaticalCase : cases) {
                if (!map.has(grammaticalCase)) {
                    findings.add(Finding.of(Check.GLOSSARY_MISSING_CASE, file, forms.position(), key + "." + grammaticalCase,
                            "the " + grammaticalCase + " form is missing"));
                }
            }
            return;
        }
        checkText(file, key, forms);
        if (!cases.isEmpty() && !invariable) {
            if (personName && locale.settings().personNames().isPresent()) {
                findings.add(Finding.of(Check.GLOSSARY_MISSING_CASE, file, forms.position(), key,
                        "only the nominative is given; petrovich4j will decline it and every run reports it")
                        .withFix("give every case (" + String.join(", ", cases) + ") once you have checked them"));
            } else {
                findings.add(Finding.of(Check.GLOSSARY_MISSING_CASE, file, forms.position(), key,
                        "one text for a locale with cases (" + String.join(", ", cases) + ")"));
            }
        }
    }

    private void checkText(Path file, String key, Node node) {
        if (!(node instanceof ScalarNode scalar) || !scalar.isString()) {
            findings.add(Finding.of(Check.YAML_NON_STRING, file, node.position(), key, "expected text, found " + node.describe()));
            return;
        }
        if (source.isYaml11Special(file, node.position(), scalar.text())) {
            findings.add(Finding.of(Check.YAML_11_COERCION, file, node.position(), key, "'" + scalar.text()
                    + "' written without quotes is read as true/false, null or a number by YAML 1.1 tools"));
        }
        if (scalar.text().indexOf('\uFFFD') >= 0) {
            findings.add(Finding.of(Check.REPLACEMENT_CHARACTER, file, node.position(), key, "the name holds U+FFFD (�)"));
        }
        if (!scalar.text().equals(scalar.text().strip()) || scalar.text().contains("  ")) {
            findings.add(Finding.of(Check.WHITESPACE, file, node.position(), key, "«" + scalar.text() + "»"));
        }
    }

    // ---- reference page -----------------------------------------------------------------

    /**
     * A Markdown page for translators: every message of the English reference with its text, its
     * note and the arguments it may use, grouped by common messages and event kinds.
     */
    public String referencePage() {
        findings.clear();
        Map<String, Entry> messages = readMessageFiles(translations.resolve(REFERENCE));
        StringBuilder page = new StringBuilder("# Messages to translate\n\nGenerated from the English reference "
                + "(translations/en/) by `./briefings check --reference-page`. Each message lists the arguments a "
                + "translation may use. An entity argument also comes as `<name>_<case>` for each case of your "
                + "locale, `_gender`, `_count` and `_in`; a date as `<name>_<phrase>` for each `date.<phrase>` "
                + "message; a number as `<name>_approx`.\n");
        String section = "";
        for (Entry entry : messages.values()) {
            String file = translations.relativize(entry.file()).toString().replace('\\', '/');
            if (!file.equals(section)) {
                section = file;
                page.append("\n## ").append(file).append("\n");
            }
            page.append("\n### `").append(entry.key()).append("`\n\n");
            entry.note().ifPresent(note -> page.append(note).append("\n\n"));
            page.append("```\n").append(entry.text().orElse("")).append("\n```\n");
            entry.args().filter(args -> !args.fields().isEmpty()).ifPresent(args -> {
                page.append("\n| argument | type | values | example |\n|---|---|---|---|\n");
                for (MapNode.Field field : args.fields()) {
                    MapNode declaration = field.value() instanceof MapNode map ? map : new MapNode(List.of(), Position.START);
                    page.append("| `").append(field.key()).append("` | ").append(text(declaration, "type")).append(" | ")
                            .append(values(declaration)).append(" | ").append(text(declaration, "example")).append(" |\n");
                }
            });
        }
        return page.toString();
    }

    private static String text(MapNode map, String key) {
        return map.get(key).filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).text()).orElse("");
    }

    private static String values(MapNode map) {
        return map.get("values").filter(ListNode.class::isInstance)
                .map(list -> String.join(", ", ((ListNode) list).items().stream()
                        .map(item -> item instanceof ScalarNode scalar ? scalar.text() : "").toList()))
                .orElse("");
    }

    // ---- coverage -----------------------------------------------------------------------

    private static Coverage coverage(LocaleFiles locale, LocaleFiles reference, KindCatalog kinds, Optional<Entities> entities) {
        List<String> missingMessages = new ArrayList<>();
        int translated = 0;
        for (Entry entry : reference.messages().values()) {
            Entry mine = locale.messages().get(entry.key());
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
        return new Coverage(locale.id(), translated, reference.messages().size(), missingMessages,
                entityTotal - missingEntities.size(), entityTotal, missingEntities,
                kinds.all().size() - missingKinds.size(), kinds.all().size(), missingKinds);
    }
}
