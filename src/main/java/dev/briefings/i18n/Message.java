package dev.briefings.i18n;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.ibm.icu.text.MessageFormat;

import dev.briefings.data.Position;

/**
 * One compiled ICU message, with the arguments it names and where it was written. The compiled
 * {@link MessageFormat} is built once; like every ICU formatter it is not thread-safe, so a
 * message belongs to the one thread that renders with its catalog.
 */
public final class Message {

    private final String key;
    private final String pattern;
    private final MessageFormat format;
    private final Set<String> arguments;
    private final Path file;
    private final Position position;
    private final Optional<String> note;

    Message(String key, String pattern, MessageFormat format, Set<String> arguments, Path file, Position position,
            Optional<String> note) {
        this.key = key;
        this.pattern = pattern;
        this.format = format;
        this.arguments = Set.copyOf(arguments);
        this.file = file;
        this.position = position;
        this.note = note;
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

    /** The same message with its own formatter. */
    Message copy(com.ibm.icu.util.ULocale locale) {
        return new Message(key, pattern, new MessageFormat(pattern, locale), arguments, file, position, note);
    }

    String format(Map<String, Object> args) {
        return format.format(args);
    }
}
