package dev.briefings.i18n;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.ibm.icu.util.ULocale;

import dev.briefings.data.InvalidProjectFile;
import dev.briefings.data.Position;

/**
 * One ICU message, with the arguments it names and where it was written. Its ICU formatter
 * is built on first use, once: building one (plural rules, number formats, spelled-out numbers)
 * costs more than most runs spend formatting with it, and an edition uses few of a catalog's
 * messages (#15). Like every ICU formatter it is not thread-safe, so a message belongs to the one
 * thread that renders with its catalog.
 * <p>
 * Where the message writes one of its locale's changing prepositions right before an argument
 * («о {outcome_pre}»), formatting marks that argument's text value, and the preposition takes
 * the form its locale's rules choose for the value («об обмене пленными»). Found once, when the
 * message is compiled: a message without such a place formats as ICU alone would.
 */
public final class Message {

    private final String key;
    private final String pattern;
    private final ULocale locale;
    /** The thread's shared spell-out and date formatters. */
    private final SharedFormats shared;
    /** Built on first use. */
    private SharedFormats.Compiled format;
    private final Set<String> arguments;
    private final Path file;
    private final Position position;
    private final Optional<String> note;
    private final Prepositions prepositions;
    /** Arguments written right after a changing preposition, whose values are marked. */
    private final String[] afterPrepositions;

    Message(String key, String pattern, ULocale locale, Set<String> arguments, Path file, Position position,
            Optional<String> note, Prepositions prepositions) {
        this(key, pattern, locale, new SharedFormats(locale), arguments, file, position, note, prepositions);
    }

    Message(String key, String pattern, ULocale locale, SharedFormats shared, Set<String> arguments, Path file,
            Position position, Optional<String> note, Prepositions prepositions) {
        this(key, pattern, locale, shared, arguments, file, position, note, prepositions,
                prepositions.argumentsAfterPrepositions(pattern).toArray(String[]::new));
    }

    private Message(String key, String pattern, ULocale locale, SharedFormats shared, Set<String> arguments, Path file,
            Position position, Optional<String> note, Prepositions prepositions, String[] afterPrepositions) {
        this.key = key;
        this.pattern = pattern;
        this.locale = locale;
        this.shared = shared;
        this.arguments = Set.copyOf(arguments);
        this.file = file;
        this.position = position;
        this.note = note;
        this.prepositions = prepositions;
        this.afterPrepositions = afterPrepositions;
    }

    public String key() {
        return key;
    }

    public String pattern() {
        return pattern;
    }

    /** Every argument name the pattern uses, in any branch. */
    public Set<String> arguments() {
        return arguments;
    }

    public Path file() {
        return file;
    }

    public Position position() {
        return position;
    }

    public Optional<String> note() {
        return note;
    }

    /** "file:line:column" of the message, for errors about it. */
    public String location() {
        return file + ":" + position.line() + ":" + position.column();
    }

    /** The same message, for another thread and its shared formatters: it builds a formatter of its own when first used. */
    Message copy(SharedFormats formats) {
        return new Message(key, pattern, locale, formats, arguments, file, position, note, prepositions,
                afterPrepositions);
    }

    private SharedFormats.Compiled formatter() {
        if (format == null) {
            try {
                format = shared.compile(pattern);
            } catch (IllegalArgumentException e) {
                // the translators' check compiles every message before a run; a file changed since is caught here
                throw new InvalidProjectFile(file, position, key + ": not a valid ICU message: " + e.getMessage());
            }
        }
        return format;
    }

    /**
     * The message with these arguments; a preposition before a text argument takes the form its
     * value needs. Numbers are never marked: a figure is read aloud in words the rules cannot see.
     */
    String format(Map<String, Object> args) {
        if (afterPrepositions.length == 0) {
            return formatter().format(args);
        }
        Map<String, Object> marked = null;
        for (String name : afterPrepositions) {
            if (args.get(name) instanceof String value) {
                if (marked == null) {
                    marked = new HashMap<>(args);
                }
                marked.put(name, Prepositions.mark(value));
            }
        }
        return marked == null ? formatter().format(args) : prepositions.choose(formatter().format(marked));
    }
}
