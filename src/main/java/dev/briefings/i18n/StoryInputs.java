package dev.briefings.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.briefings.data.Json;
import dev.briefings.data.Position;
import dev.briefings.events.EventRecord;
import dev.briefings.events.Origin;

/**
 * What one story's telling in one locale is made of, as a digest: the story's record and its
 * background records (without where they were read: a record moved within its file tells the
 * same), the definition and the locale's messages of each kind they are of, and what the locale
 * calls each entity they name (the forms a story would use, wherever they come from: the
 * glossary, generated case forms, a fallback locale). The locale's own settings and its common
 * messages (dates, mentions, labels, the edition title) count for every story.
 * <p>
 * Two stories with the same digest are told in the same words, so a rerun may reuse the pages
 * of a story whose digest has not changed. A change to a kind's messages changes only the
 * digests of the stories of that kind (or with background of that kind); a changed glossary
 * entry only those of the stories that name the entity. Built per thread, like the localizer
 * it mirrors (what it keeps is not shared).
 */
public final class StoryInputs {

    private static final Origin NOWHERE = new Origin("", Position.START, 0);

    private final Translations translations;
    private final LocaleBundle bundle;
    private final EntityNames names;
    private final byte[] common;
    private final Map<String, byte[]> kinds = new HashMap<>();
    private final Map<String, byte[]> entities = new HashMap<>();

    public StoryInputs(Translations translations, String locale) {
        this.translations = translations;
        this.bundle = translations.locale(locale);
        this.names = translations.names(locale);
        MessageDigest digest = Digest.start("locale " + locale);
        Digest.file(digest, translations.folder().resolve(locale).resolve("locale.yaml"));
        for (String key : bundle.messages().keys()) {
            if (!ofAKind(key)) {
                Digest.text(digest, key);
                Digest.text(digest, bundle.messages().get(key).pattern());
            }
        }
        this.common = digest.digest();
    }

    /**
     * What a story's records are, whatever the locale: each record's content as canonical JSON,
     * without where it was read. Made once per story, for {@link #digest} in every locale.
     */
    public static List<byte[]> records(EventRecord story, List<EventRecord> background) {
        List<byte[]> records = new ArrayList<>(background.size() + 1);
        records.add(Json.canonical(withoutOrigin(story)));
        for (EventRecord record : background) {
            records.add(Json.canonical(withoutOrigin(record)));
        }
        return records;
    }

    /**
     * The digest of a story's telling in this locale, as hex.
     *
     * @param records the story's and its background's {@link #records}
     */
    public String digest(EventRecord story, List<EventRecord> background, List<byte[]> records) {
        MessageDigest digest = Digest.start("story");
        digest.update(common);
        Set<String> named = new LinkedHashSet<>();
        for (int i = 0; i <= background.size(); i++) {
            EventRecord record = i == 0 ? story : background.get(i - 1);
            digest.update(records.get(i));
            digest.update(kind(record.kind()));
            named.addAll(entityIds(record));
        }
        for (String id : named) {
            digest.update(entity(id));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static EventRecord withoutOrigin(EventRecord record) {
        return new EventRecord(record.id(), record.kind(), record.date(), record.place(), record.participants(),
                record.counts(), record.attributes(), record.quote(), record.source(), record.background(),
                record.priority(), NOWHERE);
    }

    /** Every entity a record names: place, participants, source and whom it cites, the quote's speaker. */
    static List<String> entityIds(EventRecord record) {
        List<String> ids = new ArrayList<>();
        ids.add(record.place());
        record.participants().keySet().stream().sorted().forEach(role -> ids.addAll(record.participants().get(role)));
        record.source().ifPresent(source -> {
            ids.add(source.agency());
            source.citing().ifPresent(ids::add);
        });
        record.quote().ifPresent(quote -> ids.add(quote.speaker()));
        return ids;
    }

    /** Whether a message is one of a kind's ({@code <kind id>.<name>}; kind ids hold dots themselves). */
    private boolean ofAKind(String key) {
        Set<String> ids = translations.kinds().ids();
        for (int dot = key.indexOf('.'); dot > 0; dot = key.indexOf('.', dot + 1)) {
            if (ids.contains(key.substring(0, dot))) {
                return true;
            }
        }
        return false;
    }

    /** A kind's definition file and this locale's messages for it. */
    private byte[] kind(String id) {
        return kinds.computeIfAbsent(id, k -> {
            MessageDigest digest = Digest.start("kind " + k);
            Digest.file(digest, translations.folder().resolve("kinds").resolve(k + ".yaml"));
            for (String key : bundle.messages().keys()) {
                if (key.startsWith(k + ".")) {
                    Digest.text(digest, key);
                    Digest.text(digest, bundle.messages().get(key).pattern());
                }
            }
            return digest.digest();
        });
    }

    /** What this locale calls an entity, in every mention mode and case, with its gender and fallbacks. */
    private byte[] entity(String id) {
        return entities.computeIfAbsent(id, k -> {
            MessageDigest digest = Digest.start("entity " + k);
            EntityNames.Named entity = names.resolve(k);
            List<String> cases = bundle.settings().cases().isEmpty() ? List.of(Forms.BASE) : bundle.settings().cases();
            for (EntityNames.Mode mode : EntityNames.Mode.values()) {
                Forms forms = entity.forms(mode);
                Digest.text(digest, mode.name());
                Digest.text(digest, forms.base());
                for (String grammaticalCase : cases) {
                    Digest.text(digest, forms.in(grammaticalCase));
                }
            }
            Digest.text(digest, entity.gender());
            Digest.text(digest, entity.in());
            Digest.text(digest, entity.inHeadline());
            for (Fallback fallback : entity.fallbacks()) {
                Digest.text(digest, fallback.describe());
            }
            return digest.digest();
        });
    }

    /** Length-prefixed parts, so that no two different lists of parts give the same bytes. */
    private static final class Digest {

        static MessageDigest start(String label) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                text(digest, label);
                return digest;
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }

        static void text(MessageDigest digest, String value) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(bytes);
        }

        static void file(MessageDigest digest, Path file) {
            try {
                text(digest, Files.isRegularFile(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                        : "absent");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
