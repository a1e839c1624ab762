package dev.briefings.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.ibm.icu.util.ULocale;
import dev.briefings.check.Check;
import dev.briefings.check.Finding;
import dev.briefings.data.FieldProblem;
import dev.briefings.data.InvalidProjectFile;
import dev.briefings.data.MapNode;
import dev.briefings.data.MapReader;
import dev.briefings.data.Node;
import dev.briefings.data.Position;
import dev.briefings.data.ScalarNode;
import dev.briefings.data.SyntaxProblem;
import dev.briefings.data.TreeReader;
import dev.briefings.events.Entities;
import dev.briefings.events.EventFiles;
import dev.briefings.events.EventRecord;
import dev.briefings.events.KindCatalog;
import dev.briefings.events.RecordValidator;

/**
 * The lenient reader of {@code translations/} for the translators' check: entities, kinds and every
 * locale's settings, messages and glossary as written, each problem reported as a finding with its
 * file and line rather than thrown, so that one run reports them all.
 */
final class TranslationFiles {

    private final Path translations;
    private final Optional<Path> events;
    private final TreeReader reader = new TreeReader();
    private final Findings findings;

    TranslationFiles(Path translations, Optional<Path> events, Findings findings) {
        this.translations = translations;
        this.events = events;
        this.findings = findings;
    }

    /** The kinds that can be read; broken ones are findings. */
    KindCatalog kinds() {
        return KindCatalog.load(translations.resolve("kinds"), this::projectFile);
    }

    /** Every locale folder that can be read, by id. */
    Map<String, LocaleFiles> locales() {
        Map<String, LocaleFiles> locales = new TreeMap<>();
        for (Path folder : localeFolders()) {
            readLocale(folder).ifPresent(files -> locales.put(files.id(), files));
        }
        return locales;
    }

    /** One locale's messages alone, for the reference page. */
    Map<String, MessageEntry> messagesOf(String locale) {
        return readMessageFiles(translations.resolve(locale));
    }

    Optional<Entities> entities() {
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
        LocaleSettings settings = LocaleSettings.empty(id);
        Path settingsFile = folder.resolve("locale.yaml");
        Optional<Node> settingsRoot = tree(settingsFile);
        if (settingsRoot.isPresent()) {
            try {
                List<FieldProblem> prepositionProblems = new ArrayList<>();
                settings = LocaleSettings.parse(id, MapReader.of(settingsRoot.get(), ""), prepositionProblems);
                prepositionProblems.forEach(e -> projectFile(new InvalidProjectFile(settingsFile, e)));
            } catch (FieldProblem e) {
                projectFile(new InvalidProjectFile(settingsFile, e));
            }
        }
        Map<String, MessageEntry> messages = readMessageFiles(folder);
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
    private Map<String, MessageEntry> readMessageFiles(Path folder) {
        Map<String, MessageEntry> messages = new LinkedHashMap<>();
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

    private void readMessages(Path file, String prefix, Map<String, MessageEntry> into) {
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

    private void flatten(MapNode map, String prefix, Path file, Map<String, MessageEntry> into) {
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
                        "expected text, found " + message.describe()));
            }
            if (into.containsKey(key)) {
                MessageEntry earlier = into.get(key);
                findings.add(Finding.of(Check.YAML_DUPLICATE_KEY, file, field.keyPosition(), key, "defined twice (also at "
                        + earlier.file() + ":" + earlier.keyPosition().line() + ")"));
                continue;
            }
            into.put(key, new MessageEntry(key, file, field.keyPosition(), message, text, note, args));
        }
    }

    /** Every entity a valid record names, in any role, place, quote or source. */
    Set<String> usedEntities(Entities entities, KindCatalog kinds) {
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
}
