package dev.briefings.edition.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.briefings.data.Json;

/**
 * Published generations of an edition written by hand, as the on-disk contract describes them:
 * {@code output/.editions/<date>-<fp12>-<n>/} with pages and a {@code manifest.json} (with or
 * without {@code changes}), and the link {@code output/<date>} to the published one. Tests build
 * what a run would leave without running one.
 */
public final class PublishedGenerations {

    private final Path output;
    private final String date;

    public PublishedGenerations(Path output, String date) {
        this.output = output;
        this.date = date;
    }

    /** A fingerprint of 64 hex digits, made from a word. */
    public static String fingerprint(String seed) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One generation's folder and what its manifest will say. */
    public final class Generation {

        private final String fingerprint;
        private final Path folder;
        private final List<String> locales = new ArrayList<>();
        private final List<String> formats = new ArrayList<>(List.of("html", "md", "txt"));
        private final List<Map<String, Object>> files = new ArrayList<>();
        private Map<String, Object> changes;
        private boolean withChanges;

        Generation(String fingerprint, int number) {
            this.fingerprint = fingerprint;
            this.folder = output.resolve(".editions").resolve(date + "-" + fingerprint.substring(0, 12) + "-" + number);
        }

        public Path folder() {
            return folder;
        }

        public String fingerprint() {
            return fingerprint;
        }

        public Generation locales(String... tags) {
            locales.addAll(List.of(tags));
            return this;
        }

        public Generation formats(String... extensions) {
            formats.clear();
            formats.addAll(List.of(extensions));
            return this;
        }

        /** A story's page in one locale and format. */
        public Generation page(String locale, String story, String format, String text) {
            String path = locale + "/stories/" + story + "." + format;
            write(folder.resolve(path), text);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", path);
            entry.put("locale", locale);
            entry.put("format", format);
            entry.put("story", story);
            entry.put("sha256", PublishedGenerations.fingerprint(text));
            files.add(entry);
            return this;
        }

        /** {@code changes} with {@code since} (null for a first publication) and each locale's lists. */
        public Generation changes(String since, Map<String, Map<String, List<String>>> locales) {
            changes = new LinkedHashMap<>();
            changes.put("since", since);
            changes.put("locales", locales);
            withChanges = true;
            return this;
        }

        /** Writes the manifest: the fields of today's manifests, and {@code changes} when given. */
        public Generation manifest() {
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("edition", date);
            manifest.put("locales", locales);
            manifest.put("formats", formats);
            manifest.put("fingerprint", fingerprint);
            manifest.put("files", files);
            manifest.put("rejected", List.of());
            manifest.put("fallbacks", List.of());
            manifest.put("records", Map.of("read", 3, "stories", 2, "background", 1, "otherEditions", 0, "rejected", 0));
            if (withChanges) {
                manifest.put("changes", changes);
            }
            write(folder.resolve("manifest.json"), new String(Json.bytes(manifest), StandardCharsets.UTF_8));
            return this;
        }

        /** Points {@code output/<date>} at this generation, as publication does. */
        public Generation publish() {
            try {
                Path link = output.resolve(date);
                Files.deleteIfExists(link);
                Files.createSymbolicLink(link, output.relativize(folder));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }
    }

    public Generation generation(String fingerprint, int number) {
        return new Generation(fingerprint, number);
    }

    /** The lists of one locale's changes. */
    public static Map<String, List<String>> lists(List<String> added, List<String> changed, List<String> removed) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("added", added);
        lists.put("changed", changed);
        lists.put("removed", removed);
        return lists;
    }

    /** The stories of the sample: one changed, one added, one removed, one the same, in English and Russian. */
    public static final String CHANGED = "2020-11-20-russia-coronavirus-cases";
    public static final String ADDED = "2020-11-20-armenia-protests";
    public static final String REMOVED = "2020-11-20-kremlin-statement";
    public static final String SAME = "2020-11-19-rosgvardia-belarus-agreement";

    static final String EN_BEFORE = """
            Russia reports 24,318 new coronavirus cases
            Moscow, November 20, 2020

            Russia reported 24,318 new coronavirus cases over the past day, and 12 people died.

            Source: Interfax, November 20, 2020.
            """;
    static final String EN_AFTER = EN_BEFORE.replace("12 people", "14 people").replace("Interfax", "TASS");
    static final String RU_BEFORE = """
            В России выявлено 24\u00A0318 новых случаев коронавируса
            Москва, 20 ноября 2020 года

            За сутки в России выявлено 24\u00A0318 новых случаев заражения коронавирусом, погибли 12 человек.

            Источник: «Интерфакс», 20 ноября 2020 года.
            """;
    static final String RU_AFTER = RU_BEFORE.replace("погибли 12 человек", "погибли 14 человек")
            .replace("За сутки в России выявлено", "За сутки в России подтверждено").replace("«Интерфакс»", "«ТАСС»");

    /**
     * The sample edition 2020-11-20 in two generations, the second published: in both locales the
     * coronavirus story changed (a number, a word, the agency in «»), a protest story was added and a
     * Kremlin statement removed; the agreement story is the same.
     *
     * @return the previous generation and the published one
     */
    public static List<Generation> sample(Path output) {
        PublishedGenerations edition = new PublishedGenerations(output, "2020-11-20");
        Generation before = edition.generation(fingerprint("before"), 1).locales("en", "ru").formats("txt")
                .page("en", CHANGED, "txt", EN_BEFORE).page("ru", CHANGED, "txt", RU_BEFORE)
                .page("en", SAME, "txt", "Rosgvardia and Belarus sign cooperation agreement\n")
                .page("ru", SAME, "txt", "Росгвардия и МВД Беларуси подписали соглашение\n")
                .page("en", REMOVED, "txt", "Kremlin says talks will go on\n\nThe Kremlin said talks would continue.\n")
                .page("ru", REMOVED, "txt", "В Кремле заявили о продолжении переговоров\n\nПереговоры продолжатся, заявили в Кремле.\n")
                .changes(null, Map.of("en", lists(List.of(CHANGED, REMOVED, SAME), List.of(), List.of()),
                        "ru", lists(List.of(CHANGED, REMOVED, SAME), List.of(), List.of())))
                .manifest();
        Generation after = edition.generation(fingerprint("after"), 1).locales("en", "ru").formats("txt")
                .page("en", CHANGED, "txt", EN_AFTER).page("ru", CHANGED, "txt", RU_AFTER)
                .page("en", SAME, "txt", "Rosgvardia and Belarus sign cooperation agreement\n")
                .page("ru", SAME, "txt", "Росгвардия и МВД Беларуси подписали соглашение\n")
                .page("en", ADDED, "txt", "Protesters rally in Yerevan\n\nThousands of people <rallied> in Yerevan & demanded "
                        + "the prime minister's resignation.\n")
                .page("ru", ADDED, "txt", "В Ереване прошла акция протеста\n\nТысячи человек вышли на акцию протеста в Ереване.\n")
                .changes(before.fingerprint(), Map.of("en", lists(List.of(ADDED), List.of(CHANGED), List.of(REMOVED)),
                        "ru", lists(List.of(ADDED), List.of(CHANGED), List.of(REMOVED))))
                .manifest().publish();
        return List.of(before, after);
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
