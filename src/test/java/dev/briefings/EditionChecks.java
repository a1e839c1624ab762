package dev.briefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.briefings.data.Json;
import dev.briefings.i18n.Translations;
import dev.briefings.edition.publish.Manifest;

/** Checks every published edition must pass, whatever its content. */
public final class EditionChecks {

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}\\d]*");
    private static final Pattern STYLE = Pattern.compile("(?s)<style>.*?</style>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private EditionChecks() {
    }

    public static Manifest manifest(Path edition) throws Exception {
        return Json.read(edition.resolve(Manifest.FILE_NAME), Manifest.class);
    }

    /** Every file the manifest lists exists with its sha256, and nothing else is there. */
    public static void filesMatchManifest(Path link) throws Exception {
        Path edition = link.toRealPath();
        Manifest manifest = manifest(edition);
        Set<String> listed = new TreeSet<>();
        for (Manifest.FileEntry file : manifest.files()) {
            Path path = edition.resolve(file.path());
            assertThat(path).as(file.path()).isRegularFile();
            assertThat(sha256(path)).as("sha256 of " + file.path()).isEqualTo(file.sha256());
            listed.add(file.path());
        }
        Set<String> present = new TreeSet<>();
        try (var walk = Files.walk(edition)) {
            walk.filter(Files::isRegularFile).map(p -> edition.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(Manifest.FILE_NAME)).forEach(present::add);
        }
        assertThat(present).isEqualTo(listed);
    }

    /**
     * The text of every published file: no ICU or Mustache syntax and no message key leaked, no
     * Cyrillic in English, and in Russian no Latin word that is not a name from the Russian glossary.
     */
    public static void textIsClean(Path edition, Translations translations) throws Exception {
        Manifest manifest = manifest(edition);
        Set<String> keys = new TreeSet<>();
        for (String locale : translations.localeIds()) {
            keys.addAll(translations.locale(locale).messages().keys());
        }
        Set<String> russianNames = latinWordsOf(translations.folder().resolve("ru/glossary.yaml"));
        for (Manifest.FileEntry file : manifest.files()) {
            String text = visibleText(Files.readString(edition.resolve(file.path())), file.format());
            assertThat(text).as(file.path()).doesNotContain("{", "}", "{{");
            for (String key : keys) {
                assertThat(text).as(file.path() + " holds message key " + key).doesNotContain(key);
            }
            if (file.locale().equals("en")) {
                assertThat(CYRILLIC.matcher(text).find()).as(file.path() + " holds Cyrillic").isFalse();
            }
            if (file.locale().equals("ru")) {
                Matcher latin = LATIN_WORD.matcher(text);
                while (latin.find()) {
                    assertThat(russianNames).as(file.path() + ": Latin word '" + latin.group()
                            + "' is not a name from the Russian glossary").contains(latin.group());
                }
            }
        }
    }

    /** What a reader sees: for HTML, the text without tags and stylesheet. */
    public static String visibleText(String content, String format) {
        if (!format.equals("html")) {
            return content;
        }
        String withoutStyle = STYLE.matcher(content).replaceAll("");
        return TAG.matcher(withoutStyle).replaceAll(" ").replace("&amp;", "&");
    }

    private static Set<String> latinWordsOf(Path glossary) throws Exception {
        Set<String> words = new TreeSet<>();
        for (String line : Files.readAllLines(glossary)) {
            int colon = line.indexOf(':');
            if (line.strip().startsWith("#") || colon < 0) {
                continue;
            }
            String value = line.substring(colon + 1);
            Matcher latin = LATIN_WORD.matcher(value);
            while (latin.find()) {
                words.add(latin.group());
            }
        }
        words.removeAll(Set.of("true", "masculine", "feminine", "neuter", "plural"));
        return words;
    }

    public static String sha256(Path file) throws Exception {
        java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
        return java.util.HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
    }

    /** Deletes a folder and everything in it, as an operator tidying by hand would. */
    public static void deleteTree(Path folder) throws Exception {
        try (var walk = java.nio.file.Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(path);
            }
        }
    }
}
