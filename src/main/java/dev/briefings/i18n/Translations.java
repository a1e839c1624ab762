package dev.briefings.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.ibm.icu.util.ULocale;

import dev.briefings.data.FieldProblem;
import dev.briefings.data.InvalidProjectFile;
import dev.briefings.data.MapReader;
import dev.briefings.data.Position;
import dev.briefings.data.ProjectFiles;
import dev.briefings.events.Entities;
import dev.briefings.events.EventKind;
import dev.briefings.events.KindCatalog;

/**
 * The project's {@code translations/} folder: event kinds, the entity registry, and one folder per
 * locale (any folder holding a {@code messages.yaml}). Loading checks what every run needs: each
 * locale has every message Java and the kinds ask for, each message uses only arguments that will
 * be given, and every entity has a name in every locale or its fallbacks.
 */
public final class Translations {

    /** Common messages the code asks for by name. */
    static final List<String> REQUIRED_MESSAGES = List.of(
            "edition.title", "story.dateline", "story.quote", "story.source",
            "mention.person.first", "mention.person.later", "mention.in");

    private final Path folder;
    private final Entities entities;
    private final KindCatalog kinds;
    private final Map<String, LocaleBundle> locales;
    private final Map<String, EntityNames> names;
    private final StoryNeeds needs;

    private Translations(Path folder, Entities entities, KindCatalog kinds, Map<String, LocaleBundle> locales) {
        this(folder, entities, kinds, locales, StoryNeeds.of(kinds, locales));
    }

    private Translations(Path folder, Entities entities, KindCatalog kinds, Map<String, LocaleBundle> locales,
            StoryNeeds needs) {
        this.folder = folder;
        this.entities = entities;
        this.kinds = kinds;
        this.locales = locales;
        Map<String, EntityNames> names = new LinkedHashMap<>();
        locales.forEach((id, bundle) -> names.put(id, new EntityNames(bundle, locales, entities)));
        this.names = names;
        this.needs = needs;
    }

    /**
     * Loads and checks the folder.
     *
     * @throws InvalidProjectFile naming the file and position of the first problem
     */
    public static Translations load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InvalidProjectFile(folder, Position.START, "the translations folder does not exist");
        }
        Entities entities = Entities.load(folder.resolve("entities.yaml"));
        KindCatalog kinds = KindCatalog.load(folder.resolve("kinds"));
        Map<String, LocaleBundle> locales = new TreeMap<>();
        for (Path localeFolder : localeFolders(folder)) {
            String id = localeFolder.getFileName().toString();
            ULocale locale = parseLocale(id, localeFolder);
            LocaleSettings settings = settings(id, localeFolder.resolve("locale.yaml"));
            MessageCatalog messages = MessageCatalog.load(localeFolder, locale, settings.prepositions());
            Glossary glossary = Glossary.load(localeFolder.resolve("glossary.yaml"), settings, entities);
            locales.put(id, new LocaleBundle(id, locale, settings, messages, glossary));
        }
        if (locales.isEmpty()) {
            throw new InvalidProjectFile(folder, Position.START,
                    "no locale found: a locale is a folder holding messages.yaml, such as translations/en/");
        }
        Translations translations = new Translations(folder, entities, kinds, locales);
        translations.check();
        return translations;
    }

    /** The ids of the locales in a translations folder (folders holding a messages.yaml), without loading them. */
    public static List<String> localeIdsIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InvalidProjectFile(folder, Position.START, "the translations folder does not exist");
        }
        return localeFolders(folder).stream().map(p -> p.getFileName().toString()).toList();
    }

    private static List<Path> localeFolders(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(Files::isDirectory)
                    .filter(dir -> Files.exists(dir.resolve("messages.yaml")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ULocale parseLocale(String id, Path localeFolder) {
        try {
            ULocale locale = new ULocale.Builder().setLanguageTag(id).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllformedLocaleException("no language");
            }
            return locale;
        } catch (IllformedLocaleException e) {
            throw new InvalidProjectFile(localeFolder, Position.START,
                    "the folder name '" + id + "' is not a locale; name locale folders by language tag, such as en, ru or uk");
        }
    }

    static LocaleSettings settings(String id, Path file) {
        Optional<MapReader> root = new ProjectFiles().optionalMap(file);
        if (root.isEmpty()) {
            return LocaleSettings.empty(id);
        }
        try {
            return LocaleSettings.parse(id, root.get());
        } catch (FieldProblem e) {
            throw new InvalidProjectFile(file, e);
        }
    }

    private void check() {
        for (LocaleBundle bundle : locales.values()) {
            Path localeFolder = folder.resolve(bundle.id());
            for (LocaleSettings.FallbackSource source : bundle.settings().fallbacks()) {
                if (!locales.containsKey(source.locale()) || source.locale().equals(bundle.id())) {
                    throw new InvalidProjectFile(localeFolder.resolve("locale.yaml"), Position.START,
                            "fallback locale '" + source.locale() + "' is not another locale of this project");
                }
            }
            for (String key : REQUIRED_MESSAGES) {
                requireMessage(bundle, key, localeFolder.resolve("messages.yaml"));
            }
            for (EventKind kind : kinds.all()) {
                for (String name : kind.messageNames()) {
                    requireMessage(bundle, kind.id() + "." + name, localeFolder.resolve("kinds").resolve(kind.id() + ".yaml"));
                }
            }
            ArgumentCheck arguments = new ArgumentCheck(bundle, kinds);
            for (String key : bundle.messages().keys()) {
                arguments.check(bundle.messages().get(key));
            }
            for (String id : entities.ids()) {
                Optional<String> problem = names.get(bundle.id()).problem(id);
                if (problem.isPresent()) {
                    throw new InvalidProjectFile(localeFolder.resolve("glossary.yaml"), Position.START, problem.get());
                }
            }
        }
    }

    private static void requireMessage(LocaleBundle bundle, String key, Path where) {
        if (bundle.messages().find(key).isEmpty()) {
            throw new InvalidProjectFile(where, Position.START, "message '" + key + "' is missing from locale '"
                    + bundle.id() + "'");
        }
    }

    public Path folder() {
        return folder;
    }

    /**
     * The same translations with their own formatters, for another thread: ICU formatters are not
     * thread-safe, so each rendering thread gets its own copy. Nothing is read from disk again.
     */
    public Translations forAnotherThread() {
        Map<String, LocaleBundle> copies = new TreeMap<>();
        locales.forEach((id, bundle) -> copies.put(id, bundle.copy()));
        return new Translations(folder, entities, kinds, copies, needs); // what records need does not change per thread
    }

    public Entities entities() {
        return entities;
    }

    /** What a record must give to be told in every locale. */
    public StoryNeeds needs() {
        return needs;
    }

    public KindCatalog kinds() {
        return kinds;
    }

    /** Locale ids in a stable order. */
    public List<String> localeIds() {
        return new ArrayList<>(locales.keySet());
    }

    public LocaleBundle locale(String id) {
        LocaleBundle bundle = locales.get(id);
        if (bundle == null) {
            throw new IllegalArgumentException("unknown locale '" + id + "'; available: " + String.join(", ", localeIds()));
        }
        return bundle;
    }

    public boolean hasLocale(String id) {
        return locales.containsKey(id);
    }

    EntityNames names(String locale) {
        return names.get(locale);
    }

    /** Phrase names a locale defines for dates ({@code date.when} gives {@code when}). */
    static Set<String> datePhrases(MessageCatalog messages) {
        Set<String> phrases = new LinkedHashSet<>();
        for (String key : messages.keys()) {
            if (key.startsWith("date.")) {
                phrases.add(key.substring("date.".length()));
            }
        }
        return phrases;
    }
}
