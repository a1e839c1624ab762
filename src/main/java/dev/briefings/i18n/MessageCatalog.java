package dev.briefings.i18n;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;

import dev.briefings.data.FieldProblem;
import dev.briefings.data.InvalidProjectFile;
import dev.briefings.data.Node;

/**
 * A locale's ICU MessageFormat messages: the common ones in {@code messages.yaml} and one file
 * per event kind in {@code kinds/<kind>.yaml}, whose keys are prefixed with the kind id.
 * <p>
 * A value is a message (write it as a {@code |-} block: a plain YAML scalar cannot start with
 * {@code {}), or a mapping with {@code message} and a {@code note} for translators. Any other
 * mapping is a namespace: its keys join the key with a dot.
 */
public final class MessageCatalog {

    private final ULocale locale;
    private final Map<String, Message> messages;

    private MessageCatalog(ULocale locale, Map<String, Message> messages) {
        this.locale = locale;
        this.messages = Map.copyOf(messages);
    }

    /**
     * Loads a locale's messages with the reader the translators' check uses ({@link TranslationFiles}),
     * so that both read the files the same way; the first error it finds stops the load. The
     * locale's changing prepositions are found in each message here, once.
     */
    static MessageCatalog load(Path folder, ULocale locale, Prepositions prepositions) {
        Findings findings = new Findings();
        Map<String, MessageEntry> entries = new TranslationFiles(folder.getParent(), Optional.empty(), findings)
                .messagesOf(folder.getFileName().toString());
        for (dev.briefings.check.Finding finding : findings.sorted()) {
            if (finding.severity() == dev.briefings.check.Severity.ERROR) {
                throw new InvalidProjectFile(finding.file(), finding.position(),
                        (finding.key().isEmpty() ? "" : finding.key() + ": ") + finding.message());
            }
        }
        Map<String, Message> messages = new LinkedHashMap<>();
        SharedFormats shared = new SharedFormats(locale);
        for (MessageEntry entry : entries.values()) {
            try {
                messages.put(entry.key(), compile(entry.key(), entry.text().orElseThrow(), entry.file(), entry.value(), locale,
                        shared, entry.note(), prepositions));
            } catch (FieldProblem e) {
                throw new InvalidProjectFile(entry.file(), e);
            }
        }
        return new MessageCatalog(locale, messages);
    }

    private static Message compile(String key, String pattern, Path file, Node at, ULocale locale, SharedFormats shared,
            Optional<String> note, Prepositions prepositions) throws FieldProblem {
        // the pattern's syntax is checked here; its formatter is built when the message is first used
        MessagePattern parsed;
        try {
            parsed = new MessagePattern(pattern);
        } catch (IllegalArgumentException e) {
            throw new FieldProblem(at.position(), key, "not a valid ICU message: " + e.getMessage());
        }
        Set<String> arguments = new LinkedHashSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                arguments.add(parsed.getSubstring(part));
            } else if (part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                throw new FieldProblem(at.position(), key, "uses a numbered argument {" + parsed.getSubstring(part)
                        + "}; messages use named arguments only");
            }
        }
        return new Message(key, pattern, locale, shared, arguments, file, at.position(), note, prepositions);
    }

    public ULocale locale() {
        return locale;
    }

    /** The same messages for another thread, each to build its own formatter: ICU formatters are not thread-safe. */
    MessageCatalog copy() {
        Map<String, Message> copies = new LinkedHashMap<>();
        SharedFormats shared = new SharedFormats(locale);
        messages.forEach((key, message) -> copies.put(key, message.copy(shared)));
        return new MessageCatalog(locale, copies);
    }

    public Optional<Message> find(String key) {
        return Optional.ofNullable(messages.get(key));
    }

    /** A message that must exist; its absence is a broken translation. */
    public Message get(String key) {
        Message message = messages.get(key);
        if (message == null) {
            throw new MissingMessage(locale.toLanguageTag(), key);
        }
        return message;
    }

    public Set<String> keys() {
        return new java.util.TreeSet<>(messages.keySet());
    }

    /** A message a locale must define but does not. */
    public static final class MissingMessage extends RuntimeException {
        public MissingMessage(String locale, String key) {
            super("locale '" + locale + "' has no message '" + key + "'");
        }
    }
}
