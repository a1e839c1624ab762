package dev.briefings.i18n.inflect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Declension by a word's ending, for words the dictionary does not know; the rules are data,
 * in {@code ru-endings.txt} beside this class, where their columns are explained.
 */
final class EndingRules {

    /** How a matched word declines: like an adjective, or like a noun. */
    enum WordClass { ADJ, NOUN }

    /** One rule: which words it matches, and the endings it gives in each oblique case. */
    record Rule(WordClass wordClass, String gender, Pattern ending, int strip,
            Map<String, String> endings, String animateAccusative) {

        /** A rule that keeps the word as written: no letter removed, nothing appended. */
        boolean keeps() {
            return strip == 0 && "-".equals(animateAccusative) && endings.values().stream().allMatch("-"::equals);
        }

        Map<String, String> decline(String word, boolean animate) {
            String stem = word.substring(0, word.length() - strip);
            Map<String, String> forms = new LinkedHashMap<>();
            forms.put("nom", word);
            for (Map.Entry<String, String> e : endings.entrySet()) {
                String ending = e.getKey().equals("acc") && animate ? animateAccusative : e.getValue();
                forms.put(e.getKey(), stem + ("-".equals(ending) ? "" : ending));
            }
            return forms;
        }
    }

    private static final String RESOURCE = "ru-endings.txt";

    private final List<Rule> rules;

    private EndingRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static EndingRules load() {
        List<Rule> rules = new ArrayList<>();
        for (DataFile.Line line : DataFile.read(RESOURCE)) {
            String[] c = line.text().split("\\s+");
            if (c.length != 10) {
                throw new IllegalStateException(RESOURCE + ":" + line.number() + ": expected 10 columns, found " + c.length);
            }
            Map<String, String> endings = new LinkedHashMap<>();
            endings.put("gen", c[4]);
            endings.put("dat", c[5]);
            endings.put("acc", c[6]);
            endings.put("ins", c[8]);
            endings.put("pre", c[9]);
            rules.add(new Rule(WordClass.valueOf(c[0].toUpperCase(java.util.Locale.ROOT)), c[1],
                    Pattern.compile(c[2]), Integer.parseInt(c[3]), endings, c[7]));
        }
        return new EndingRules(rules);
    }

    /**
     * The first rule for a lower-case word of a class (or of either, when {@code wordClass} is
     * empty) and a gender ({@code masculine}, {@code feminine}, {@code neuter}, {@code plural}; empty
     * when unknown: then a rule of any gender matches).
     */
    Optional<Rule> find(String word, Optional<WordClass> wordClass, Optional<String> gender) {
        for (Rule rule : rules) {
            if (wordClass.isPresent() && rule.wordClass() != wordClass.get()) {
                continue;
            }
            if (gender.isPresent() && !rule.gender().equals("any") && !rule.gender().equals(gender.get())) {
                continue;
            }
            if (rule.ending().matcher(word).find()) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
