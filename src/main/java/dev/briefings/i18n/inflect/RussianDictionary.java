package dev.briefings.i18n.inflect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * LanguageTool's Russian morphological dictionaries (derived from AOT's, LGPL), read with
 * morfologik: one analyses a word form into lemma and tag ({@code граница} →
 * {@code граница NN:Inanim:Fem:Sin:Nom}), the other synthesises a form from lemma and tag
 * ({@code граница|NN:Inanim:Fem:Sin:R} → {@code границы}). Both hold lower-case words.
 *
 * <p>The dictionaries are immutable and read once per process; a lookup object is not
 * thread-safe, so each instance has its own and its methods are synchronized.
 */
final class RussianDictionary {

    private static final String RESOURCES = "/org/languagetool/resource/ru/";

    /** A word's analysis: its lemma and its tag, split at ':'. */
    record Analysis(String lemma, List<String> tag) {
        String pos() {
            return tag.get(0);
        }

        String last() {
            return tag.get(tag.size() - 1);
        }

        boolean has(String part) {
            return tag.contains(part);
        }

        /** The tag with its last part (the case) replaced. */
        String withCase(String grammaticalCase) {
            return String.join(":", tag.subList(0, tag.size() - 1)) + ":" + grammaticalCase;
        }

        /** The tag with the gender-or-number part (second to last) and the case replaced. */
        String withAgreement(String genderOrPlural, String grammaticalCase) {
            return String.join(":", tag.subList(0, tag.size() - 2)) + ":" + genderOrPlural + ":" + grammaticalCase;
        }
    }

    private static final class Data {
        static final Dictionary ANALYSIS = read("russian.dict");
        static final Dictionary SYNTHESIS = read("russian_synth.dict");

        private static Dictionary read(String name) {
            URL url = RussianDictionary.class.getResource(RESOURCES + name);
            if (url == null) {
                throw new IllegalStateException("the Russian dictionary " + RESOURCES + name
                        + " is not on the class path (org.languagetool:language-ru)");
            }
            try {
                return Dictionary.read(url);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the Russian dictionary " + url, e);
            }
        }
    }

    private final DictionaryLookup analysis = new DictionaryLookup(Data.ANALYSIS);
    private final DictionaryLookup synthesis = new DictionaryLookup(Data.SYNTHESIS);
    /** How LanguageTool's synthesiser keys its entries: {@code lemma|tag}. */
    private static final char KEY_SEPARATOR = '|';

    /** Whether a word can be looked up: Cyrillic letters and hyphens only (the files are KOI8-R). */
    static boolean lookable(String word) {
        if (word.isEmpty() || word.charAt(0) == '-' || word.charAt(word.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean cyrillic = (c >= '\u0430' && c <= '\u044f') || c == '\u0451';
            if (!cyrillic && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** Every analysis of a lower-case word; none for a word the dictionary does not know. */
    synchronized List<Analysis> analyse(String word) {
        List<Analysis> out = new ArrayList<>();
        if (!lookable(word)) {
            return out;
        }
        for (WordData data : analysis.lookup(word)) {
            out.add(new Analysis(data.getStem().toString(), List.of(data.getTag().toString().split(":"))));
        }
        return out;
    }

    /** Every form of a lemma with a tag, in the dictionary's order; none when the dictionary has none. */
    synchronized List<String> synthesise(String lemma, String tag) {
        List<String> out = new ArrayList<>();
        if (!lookable(lemma)) {
            return out;
        }
        for (WordData data : synthesis.lookup(lemma + KEY_SEPARATOR + tag)) {
            out.add(data.getStem().toString());
        }
        return out;
    }
}
