package dev.briefings.i18n;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.lang.UScript;

import dev.briefings.events.Count;
import dev.briefings.events.EventRecord;

/**
 * What the probe book refuses in a told story: a placeholder left in the text, a number printed
 * for a value the record leaves out, the same phrase twice in one sentence, a doubled space or a
 * space before punctuation, a sentence without final punctuation, in a locale written in
 * Cyrillic, a Latin word that does not come from the locale's glossary, and a preposition in a
 * form the locale's {@code prepositions} rules would change: one a message wrote as literal text
 * before literal text («о итогах»), where formatting leaves the translator's choice alone.
 */
public final class ProbeChecks {

    /** A problem in one told story. */
    public enum Problem {
        LEAK("a placeholder or ICU syntax is left in the text"),
        ABSENT_NUMBER("a number is printed for a value the record leaves out"),
        REPEATED_PHRASE("the same phrase twice in one sentence"),
        SPACING("a doubled space, or a space before punctuation"),
        END_PUNCTUATION("a sentence without final punctuation"),
        LATIN("a Latin word in a Cyrillic locale that the glossary does not give"),
        PREPOSITION("a preposition in a form its locale's rules would change for the next word (о итогах, в Владивостоке)"),
        FAILED("the story cannot be told");

        private final String summary;

        Problem(String summary) {
            this.summary = summary;
        }

        public String summary() {
            return summary;
        }
    }

    /** One finding: the problem, in which part of the story, and the text. */
    public record Finding(Problem problem, String part, String detail) {
    }

    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}+(?:['’-]\\p{IsLatin}+)*");
    private static final Pattern LONE_ZERO = Pattern.compile("(?<![\\d.,\\u00a0])0(?![\\d.,\\u00a0]*\\d)");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" [.,;:!?…»”)]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][»”’\")]*$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}’'-]+");
    /** How many words make a phrase whose repetition in one sentence is reported. */
    private static final int PHRASE_WORDS = 3;

    private final boolean cyrillic;
    private final Set<String> glossaryLatin = new HashSet<>();
    private final Prepositions prepositions;

    public ProbeChecks(Translations translations, String locale) {
        LocaleBundle bundle = translations.locale(locale);
        int[] scripts = UScript.getCode(bundle.locale());
        this.cyrillic = scripts != null && java.util.Arrays.stream(scripts).anyMatch(s -> s == UScript.CYRILLIC);
        this.prepositions = bundle.settings().prepositions();
        for (String id : bundle.glossary().ids()) {
            bundle.glossary().find(id).ifPresent(entry -> forms(entry).forEach(this::addLatinWords));
        }
    }

    private static List<Forms> forms(GlossaryEntry entry) {
        List<Forms> forms = new ArrayList<>();
        if (entry instanceof GlossaryEntry.Person person) {
            forms.add(person.given());
            forms.add(person.surname());
            person.title().ifPresent(forms::add);
        } else if (entry instanceof GlossaryEntry.Named named) {
            forms.add(named.name());
            named.shortName().ifPresent(forms::add);
            named.headline().ifPresent(forms::add);
        }
        return forms;
    }

    private void addLatinWords(Forms forms) {
        List<String> texts = new ArrayList<>(forms.byCase().values());
        texts.add(forms.base());
        for (String text : texts) {
            Matcher matcher = LATIN_WORD.matcher(text);
            while (matcher.find()) {
                glossaryLatin.add(matcher.group());
            }
        }
    }

    /** Every problem in the story as told from the record. */
    public List<Finding> check(LocalizedStory story, EventRecord record) {
        List<Finding> findings = new ArrayList<>();
        text(findings, "headline", story.headline(), record, false);
        text(findings, "dateline", story.dateline(), record, false);
        for (int i = 0; i < story.body().size(); i++) {
            text(findings, "paragraph " + (i + 1), story.body().get(i), record, true);
        }
        story.source().ifPresent(source -> text(findings, "source", source, record, true));
        return findings;
    }

    private void text(List<Finding> findings, String part, String text, EventRecord record, boolean sentences) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '}' || c == '#') {
                findings.add(new Finding(Problem.LEAK, part, quote(text)));
                break;
            }
        }
        boolean hasZero = record.counts().values().stream().map(Count::value).anyMatch(v -> v.signum() == 0);
        if (!hasZero && LONE_ZERO.matcher(text).find()) {
            findings.add(new Finding(Problem.ABSENT_NUMBER, part, quote(text)));
        }
        if (text.contains("  ") || SPACE_BEFORE_PUNCTUATION.matcher(text).find() || !text.equals(text.strip())) {
            findings.add(new Finding(Problem.SPACING, part, quote(text)));
        }
        if (sentences && !SENTENCE_END.matcher(text).find()) {
            findings.add(new Finding(Problem.END_PUNCTUATION, part, quote(text)));
        }
        for (String sentence : text.split("(?<=[.!?…])\\s+")) {
            repeated(sentence).ifPresent(phrase -> findings.add(new Finding(Problem.REPEATED_PHRASE, part,
                    "«" + phrase + "» twice in " + quote(sentence))));
        }
        for (Prepositions.Misuse misuse : prepositions.misuses(text)) {
            findings.add(new Finding(Problem.PREPOSITION, part, misuse.describe() + " in " + quote(text)));
        }
        if (cyrillic) {
            Matcher matcher = LATIN_WORD.matcher(text);
            while (matcher.find()) {
                if (!glossaryLatin.contains(matcher.group())) {
                    findings.add(new Finding(Problem.LATIN, part, "«" + matcher.group() + "» in " + quote(text)));
                    break;
                }
            }
        }
    }

    /** A phrase of {@value #PHRASE_WORDS} words that comes twice in the sentence, ignoring case. */
    private static java.util.Optional<String> repeated(String sentence) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i + PHRASE_WORDS <= words.size(); i++) {
            String phrase = String.join(" ", words.subList(i, i + PHRASE_WORDS));
            if (!seen.add(phrase)) {
                return java.util.Optional.of(phrase);
            }
        }
        return java.util.Optional.empty();
    }

    private static String quote(String text) {
        return "«" + text + "»";
    }
}
