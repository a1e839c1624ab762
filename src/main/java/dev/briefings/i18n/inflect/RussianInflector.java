package dev.briefings.i18n.inflect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.briefings.i18n.inflect.RussianDictionary.Analysis;

/**
 * Russian case forms generated from the nominative, for a glossary entry that gives only that:
 * people's given names and surnames by petrovich4j; any other name (an organisation, a place, a
 * title, a topic) by LanguageTool's morphological dictionaries. In a phrase, the leading
 * adjectives and participles agree with the first noun, which declines; what follows stays as
 * written («министр иностранных дел Великобритании», «проект «ОВД-Инфо»»). A word the dictionary
 * does not know is declined by its ending; where no rule applies the phrase keeps its nominative.
 * Every guess is named in the result's notes, for the translator to review.
 *
 * <p>Not thread-safe in the sense that it serialises lookups; build one per loader.
 */
public final class RussianInflector {

    /** The case ids this inflector fills, in the order of the Russian locale's {@code cases}. */
    public static final List<String> CASES = List.of("nom", "gen", "dat", "acc", "ins", "pre");

    /** The locale setting that selects it ({@code inflection: russian} in {@code locale.yaml}). */
    public static final String ID = "russian";

    private static final Map<String, String> TAGS = Map.of(
            "nom", "Nom", "gen", "R", "dat", "D", "acc", "V", "ins", "T", "pre", "P");

    /**
     * Prepositions that join a place to the river it stands on («Ростов-на-Дону», «Франкфурт-на-Майне»):
     * only the part before them declines; the rest is in its own case and stays as written.
     */
    private static final Set<String> JOINING_PREPOSITIONS = Set.of("на", "над", "под");

    /**
     * Generated forms: one per case in {@link #CASES}; the grammatical gender the phrase's head
     * shows ({@code masculine}, {@code feminine}, {@code neuter} or {@code plural}), if it shows one;
     * and notes on every guess (a word declined by its ending, a phrase kept unchanged).
     */
    public record Inflection(Map<String, String> forms, Optional<String> gender, List<String> notes) {
        public Inflection {
            forms = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(forms));
            notes = List.copyOf(notes);
        }

        /** Whether every case has the nominative's text: nothing was declined. */
        public boolean unchanged() {
            return forms.values().stream().allMatch(f -> f.equals(forms.get("nom")));
        }
    }

    private final RussianDictionary dictionary = new RussianDictionary();
    private final EndingRules endings = EndingRules.load();
    private final PetrovichInflector petrovich = new PetrovichInflector();

    /**
     * A given name or surname of a person of a gender ({@code masculine} or {@code feminine}). Particles
     * («де ла», «ван», «фон дер») are kept as written, and the notes name them for review.
     */
    public Inflection personName(String nominative, NamePart part, String gender) {
        List<String> particles = petrovich.particles(nominative);
        List<String> notes = particles.isEmpty() ? List.of() : List.of(particles.stream().map(p -> "«" + p + "»")
                .collect(java.util.stream.Collectors.joining(", ")) + " in «" + nominative + "» taken for "
                + (particles.size() == 1 ? "a particle, which does" : "particles, which do")
                + " not decline: kept as written in every case");
        return new Inflection(petrovich.inflect(nominative, part, gender, CASES), Optional.empty(), notes);
    }

    /**
     * Any other name: an organisation, a place, a title, a topic. {@code gender} is the entry's
     * own, when it gives one; it settles a head noun of two genders («глава»).
     */
    public Inflection phrase(String nominative, Optional<String> gender) {
        return phrase(nominative, gender, false);
    }

    /**
     * A name, knowing whether it names people («хуситы», «силовики»): a head noun the dictionary
     * does not know then declines as animate (accusative like the genitive).
     */
    public Inflection phrase(String nominative, Optional<String> gender, boolean people) {
        String text = nominative.strip();
        // a name that is all in quotation marks («Интерфакс») declines inside them
        if (text.length() > 2 && text.startsWith("«") && text.endsWith("»") && text.indexOf('»') == text.length() - 1) {
            String name = text.substring(1, text.length() - 1);
            Inflection inner = phrase(name, gender, people);
            if (name.indexOf(' ') > 0 && !inner.notes().isEmpty()) {
                // «Эвер Гивен»: a foreign name of several words in quotation marks stays as written;
                // «Единая Россия», «Новая газета», which the dictionary knows, decline
                Map<String, String> kept = new LinkedHashMap<>();
                CASES.forEach(c -> kept.put(c, text));
                return new Inflection(kept, Optional.empty(), List.of(text + " kept unchanged in every case: a name of "
                        + "several words in quotation marks with a word the dictionary does not know"));
            }
            Map<String, String> forms = new LinkedHashMap<>();
            inner.forms().forEach((c, f) -> forms.put(c, "«" + f + "»"));
            return new Inflection(forms, inner.gender(), inner.notes());
        }
        String[] words = text.split(" ");
        Optional<Plan> plan = plan(words, gender, people);
        if (plan.isEmpty()) {
            Map<String, String> forms = new LinkedHashMap<>();
            CASES.forEach(c -> forms.put(c, text));
            // a name that opens or closes with quotation marks of its own is not quoted again
            String named = text.startsWith("«") || text.endsWith("»") ? text : "«" + text + "»";
            return new Inflection(forms, Optional.empty(), List.of(named
                    + " kept unchanged in every case: its first word is not one the dictionary or the ending rules decline"));
        }
        return decline(words, plan.get());
    }

    /**
     * The gender a name's head shows, without generating its forms: what {@link #phrase} would
     * give, for checking a name written in full against its entry's gender.
     */
    public Optional<String> gender(String nominative, Optional<String> gender, boolean people) {
        String text = nominative.strip();
        boolean quoted = text.length() > 2 && text.startsWith("«") && text.endsWith("»")
                && text.indexOf('»') == text.length() - 1;
        String name = quoted ? text.substring(1, text.length() - 1) : text;
        Optional<Plan> plan = plan(name.split(" "), gender, people);
        if (plan.isEmpty() || quoted && name.indexOf(' ') > 0 && !plan.get().notes().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(genderName(plan.get().agreement()));
    }

    /** Which words decline and how; the words are analysed on demand: those after the head never need the dictionary. */
    private Optional<Plan> plan(String[] words, Optional<String> gender, boolean people) {
        Analysed[] memo = new Analysed[words.length];
        List<Analysed> analysed = new java.util.AbstractList<>() {
            @Override
            public Analysed get(int index) {
                if (memo[index] == null) {
                    memo[index] = analyse(words[index]);
                }
                return memo[index];
            }

            @Override
            public int size() {
                return words.length;
            }
        };
        return plan(analysed, gender, people);
    }

    // ---- analysis ------------------------------------------------------------------------------

    /** A word as written, its lower-case form, and the dictionary's analyses (none if frozen or unknown). */
    private record Analysed(String text, String lower, boolean frozen, List<Analysis> analyses) {
        boolean known() {
            return !analyses.isEmpty();
        }

        Optional<Analysis> nominative(String pos) {
            return analyses.stream().filter(a -> a.pos().equals(pos) && a.last().equals("Nom")).findFirst();
        }

        List<Analysis> nouns() {
            return analyses.stream().filter(a -> a.pos().equals("NN")).toList();
        }

        boolean adjectiveNominative() {
            return analyses.stream().anyMatch(a -> (a.pos().equals("ADJ") || a.pos().equals("PT"))
                    && a.last().equals("Nom") && !a.has("Short"));
        }
    }

    private Analysed analyse(String written) {
        // «Ростов-на-Дону» is analysed, and declines, as «Ростов»
        String word = written.substring(0, tailStart(written));
        String lower = word.toLowerCase(Locale.ROOT);
        boolean frozen = !RussianDictionary.lookable(lower) || isAbbreviation(word);
        if (frozen) {
            return new Analysed(word, lower, true, List.of());
        }
        return new Analysed(word, lower, false, dictionary.analyse(lower));
    }

    /** «США», «ЦБ», «МВД»: written in capitals, not declined. */
    private static boolean isAbbreviation(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letters >= 2;
    }

    // ---- planning: which words decline, and how --------------------------------------------

    /** How one word declines. */
    private sealed interface Decliner permits DictionaryNoun, DictionaryAdjective, Numeral, ByEnding {
    }

    private record DictionaryNoun(Analysis analysis) implements Decliner {
    }

    private record DictionaryAdjective(Analysis analysis) implements Decliner {
    }

    private record Numeral(Analysis analysis) implements Decliner {
    }

    private record ByEnding(EndingRules.Rule rule) implements Decliner {
    }

    /**
     * The declining words (the leading ones, up to and including the head), how each declines,
     * the head's agreement ({@code Masc}, {@code Fem}, {@code Neut} or {@code PL}), its animacy,
     * and whether the head is a numeral («несколько деятелей», «три телеканала»).
     */
    private record Plan(List<Decliner> decliners, String agreement, boolean animate, boolean quantified,
            List<String> notes) {
    }

    private Optional<Plan> plan(List<Analysed> words, Optional<String> gender, boolean people) {
        List<String> notes = new ArrayList<>();
        Analysed first = words.get(0);
        if (first.frozen()) {
            return Optional.empty();
        }
        Optional<Analysis> numeral = first.nominative("NumC");
        if (numeral.isPresent() && words.size() > 1) {
            return quantified(words, numeral.get(), notes);
        }
        List<Analysed> modifiers = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Analysed word = words.get(i);
            if (word.frozen()) {
                break;
            }
            Analysed next = i + 1 < words.size() ? words.get(i + 1) : null;
            boolean nextCanHead = next != null && !next.frozen()
                    && (next.nominative("NN").isPresent() || next.adjectiveNominative() || !next.known());
            if (word.known()) {
                if (word.adjectiveNominative() && nextCanHead) {
                    modifiers.add(word);
                    continue;
                }
                Optional<Analysis> noun = chooseNoun(word, modifiers, gender);
                if (noun.isPresent()) {
                    return Optional.of(withModifiers(modifiers, new DictionaryNoun(noun.get()), noun.get(), notes));
                }
                if (word.adjectiveNominative()) {
                    Analysis adjective = adjectiveAnalysis(word);
                    // «протестующие», «пострадавшие»: a participle standing for people
                    boolean animate = people || adjective.pos().equals("PT")
                            || word.nouns().stream().anyMatch(a -> a.has("Anim"));
                    return Optional.of(withAdjectiveHead(modifiers, adjective, animate, notes));
                }
                // known only as a form of another word («Атланта»: атлант, genitive): a name the dictionary lacks
            }
            // not in the dictionary as a nominative: by its ending
            Optional<EndingRules.Rule> asAdjective = endings.find(word.lower(), Optional.of(EndingRules.WordClass.ADJ),
                    Optional.empty());
            if (asAdjective.isPresent() && nextCanHead) {
                modifiers.add(word);
                continue;
            }
            Optional<String> headGender = gender.isPresent() ? gender : agreementOf(modifiers).map(RussianInflector::genderName);
            Optional<EndingRules.Rule> rule = (asAdjective.isPresent() ? asAdjective
                    : endings.find(lastSegment(word.lower()), Optional.of(EndingRules.WordClass.NOUN), headGender))
                    .filter(r -> !r.keeps());
            if (rule.isEmpty()) {
                if (i == 0) {
                    return Optional.empty();
                }
                notes.add("«" + word.text() + "» is not in the dictionary and no ending rule declines it: kept as written");
                return Optional.of(withModifiers(modifiers, null, null, notes));
            }
            notes.add("«" + word.text() + "» is not in the dictionary as a nominative: declined by its ending (-" + endingOf(rule.get(), word.lower()) + ")");
            String agreement = rule.get().wordClass() == EndingRules.WordClass.ADJ
                    ? tagOf(rule.get().gender()) : headGender.map(RussianInflector::tagOf).orElse(tagOf(rule.get().gender()));
            if (rule.get().gender().equals("any") && headGender.isEmpty()) {
                agreement = "Fem"; // a noun in -а, -я whose gender nothing names: most are feminine («Еврокомиссия»)
            }
            List<Decliner> decliners = modifierDecliners(modifiers, notes);
            decliners.add(new ByEnding(rule.get()));
            return Optional.of(new Plan(decliners, agreement, people, false, notes));
        }
        return Optional.empty();
    }

    private Plan withModifiers(List<Analysed> modifiers, Decliner head, Analysis headAnalysis, List<String> notes) {
        List<Decliner> decliners = modifierDecliners(modifiers, notes);
        String agreement;
        boolean animate = false;
        if (headAnalysis == null) {
            agreement = agreementOf(modifiers).orElse("Masc");
        } else {
            agreement = headAnalysis.has("PL") ? "PL" : headAnalysis.tag().stream()
                    .filter(t -> t.equals("Masc") || t.equals("Fem") || t.equals("Neut")).findFirst().orElse("Masc");
            animate = headAnalysis.has("Anim") || headAnalysis.has("Fam") || headAnalysis.has("Name");
            decliners.add(head);
        }
        return new Plan(decliners, agreement, animate, false, notes);
    }

    private Plan withAdjectiveHead(List<Analysed> modifiers, Analysis head, boolean animate, List<String> notes) {
        List<Decliner> decliners = modifierDecliners(modifiers, notes);
        decliners.add(new DictionaryAdjective(head));
        String agreement = head.tag().get(head.tag().size() - 2);
        return new Plan(decliners, agreement, animate, false, notes);
    }

    private List<Decliner> modifierDecliners(List<Analysed> modifiers, List<String> notes) {
        List<Decliner> decliners = new ArrayList<>();
        for (Analysed modifier : modifiers) {
            if (modifier.known()) {
                decliners.add(new DictionaryAdjective(adjectiveAnalysis(modifier)));
            } else {
                EndingRules.Rule rule = endings.find(modifier.lower(), Optional.of(EndingRules.WordClass.ADJ),
                        Optional.empty()).orElseThrow();
                notes.add("«" + modifier.text() + "» is not in the dictionary: declined as an adjective by its ending (-"
                        + endingOf(rule, modifier.lower()) + ")");
                decliners.add(new ByEnding(rule));
            }
        }
        return decliners;
    }

    /** An adjective's nominative analysis, preferring the adjective to the participle (same forms, simpler tag). */
    private static Analysis adjectiveAnalysis(Analysed word) {
        return word.nominative("ADJ").filter(a -> !a.has("Short"))
                .or(() -> word.nominative("PT")).orElseThrow();
    }

    /** The gender-or-number the modifiers show in their nominative analyses, if they agree on one. */
    private static Optional<String> agreementOf(List<Analysed> modifiers) {
        for (Analysed modifier : modifiers) {
            if (!modifier.known()) {
                continue;
            }
            Analysis a = adjectiveAnalysis(modifier);
            return Optional.of(a.tag().get(a.tag().size() - 2));
        }
        return Optional.empty();
    }

    /**
     * The word's noun analysis in the nominative, if it has one: among several, the one whose gender
     * the entry or the modifiers name, then a singular, then one whose lemma is the word itself.
     */
    private static Optional<Analysis> chooseNoun(Analysed word, List<Analysed> modifiers, Optional<String> gender) {
        List<Analysis> candidates = new ArrayList<>();
        for (Analysis a : word.nouns()) {
            boolean indeclinable = a.tag().size() <= 3;
            if (a.last().equals("Nom") || indeclinable) {
                candidates.add(a);
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> wanted = gender.map(RussianInflector::tagOf).or(() -> agreementOf(modifiers));
        Analysis best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Analysis a : candidates) {
            int score = 0;
            String agreement = a.has("PL") ? "PL" : a.tag().stream()
                    .filter(t -> t.equals("Masc") || t.equals("Fem") || t.equals("Neut")).findFirst().orElse("");
            if (wanted.isPresent() && wanted.get().equals(agreement)) {
                score += 4;
            }
            if (!a.has("PL")) {
                score += 2;
            }
            if (a.lemma().equals(word.lower())) {
                score += 1;
            }
            // a surname or given name («лондон» as Jack London's) is the wrong reading of a place or a thing
            if (a.has("Fam") || a.has("Name")) {
                score -= 3;
            }
            if (score > bestScore) {
                best = a;
                bestScore = score;
            }
        }
        return Optional.of(best);
    }

    /** «несколько оппозиционных деятелей», «три телеканала»: the numeral and the words after it up to the noun. */
    private Optional<Plan> quantified(List<Analysed> words, Analysis numeral, List<String> notes) {
        List<Decliner> decliners = new ArrayList<>();
        decliners.add(new Numeral(numeral));
        boolean animate = false;
        for (int i = 1; i < words.size(); i++) {
            Analysed word = words.get(i);
            if (word.frozen() || !word.known()) {
                return Optional.empty();
            }
            Optional<Analysis> noun = word.nouns().stream().filter(a -> a.last().equals("R")).findFirst();
            Optional<Analysis> adjective = word.analyses().stream()
                    .filter(a -> (a.pos().equals("ADJ") || a.pos().equals("PT")) && a.last().equals("R")).findFirst();
            if (adjective.isPresent() && i + 1 < words.size()) {
                decliners.add(new DictionaryAdjective(adjective.get()));
                continue;
            }
            if (noun.isEmpty()) {
                return Optional.empty();
            }
            animate = noun.get().has("Anim");
            decliners.add(new DictionaryNoun(noun.get()));
            return Optional.of(new Plan(decliners, "PL", animate, true, notes));
        }
        return Optional.empty();
    }

    // ---- declining ---------------------------------------------------------------------------

    private Inflection decline(String[] words, Plan plan) {
        Map<String, String> forms = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>(plan.notes());
        for (String grammaticalCase : CASES) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < words.length; i++) {
                if (i > 0) {
                    out.append(' ');
                }
                if (i < plan.decliners().size()) {
                    out.append(declineWord(words[i], plan.decliners().get(i), plan, grammaticalCase, notes));
                } else {
                    out.append(words[i]);
                }
            }
            forms.put(grammaticalCase, out.toString());
        }
        Optional<String> gender = Optional.of(genderName(plan.agreement()));
        return new Inflection(forms, gender, notes.stream().distinct().toList());
    }

    private String declineWord(String word, Decliner decliner, Plan plan, String grammaticalCase, List<String> notes) {
        if (grammaticalCase.equals("nom")) {
            return word;
        }
        int tail = tailStart(word);
        if (tail < word.length()) {
            return declineWord(word.substring(0, tail), decliner, plan, grammaticalCase, notes) + word.substring(tail);
        }
        boolean keepNominative = plan.quantified() && grammaticalCase.equals("acc") && !plan.animate();
        if (keepNominative) {
            return word;
        }
        // an animate accusative of a masculine singular or a plural is its genitive
        boolean animateAccusative = grammaticalCase.equals("acc") && plan.animate()
                && (plan.agreement().equals("Masc") || plan.agreement().equals("PL"));
        String tagCase = TAGS.get(animateAccusative ? "gen" : grammaticalCase);
        String lower = word.toLowerCase(Locale.ROOT);
        List<String> candidates;
        if (decliner instanceof DictionaryNoun noun) {
            Analysis a = noun.analysis();
            if (a.tag().size() <= 3) {
                return word; // indeclinable («Сочи», «Шереметьево»)
            }
            String tag = plan.quantified() ? a.withAgreement("PL", tagCase) : a.withCase(TAGS.get(grammaticalCase));
            candidates = prefer(dictionary.synthesise(a.lemma(), tag), a.lemma(), tag);
        } else if (decliner instanceof DictionaryAdjective adjective) {
            Analysis a = adjective.analysis();
            String tag = a.withAgreement(plan.agreement(), tagCase);
            candidates = dictionary.synthesise(a.lemma(), tag);
            if (candidates.size() > 1 && grammaticalCase.equals("acc") && !animateAccusative) {
                // the inanimate accusative is the nominative's form («новый договор»)
                List<String> nominative = dictionary.synthesise(a.lemma(), a.withAgreement(plan.agreement(), "Nom"));
                List<String> same = candidates.stream().filter(nominative::contains).toList();
                candidates = same.isEmpty() ? candidates : same;
            }
            candidates = prefer(candidates, a.lemma(), tag);
        } else if (decliner instanceof Numeral numeral) {
            candidates = dictionary.synthesise(numeral.analysis().lemma(), numeral.analysis().withCase(tagCase));
        } else {
            EndingRules.Rule rule = ((ByEnding) decliner).rule();
            String segment = lastSegment(lower);
            String prefix = word.substring(0, word.length() - segment.length());
            boolean animate = plan.animate() && (plan.agreement().equals("Masc") || plan.agreement().equals("PL"));
            return restore(nounBeforeAdjective(prefix, rule, animate, grammaticalCase, notes)
                    + rule.decline(segment, animate).get(grammaticalCase), word);
        }
        if (candidates.isEmpty()) {
            notes.add("the dictionary has no " + grammaticalCase + " form of «" + word + "»: kept as written");
            return word;
        }
        return restore(candidates.get(0), word);
    }

    /**
     * The first part of a place the dictionary lacks that is a noun and an adjective joined by a
     * hyphen («Каменск-Уральский», «Переславль-Залесский»): the noun declines with the adjective
     * («Каменска-Уральского»). A first part in a vowel is kept: «российско-», «северо-» are the
     * stems of compound adjectives, which never decline.
     */
    /** Endings whose vowel may drop in the other cases («Каменец» → «Каменца», but «кузнец» → «кузнеца»): not guessed. */
    private static final java.util.regex.Pattern FLEETING = java.util.regex.Pattern.compile("(ец|ек|ок|ёк|ел|ёл)$");

    private String nounBeforeAdjective(String prefix, EndingRules.Rule rule, boolean animate, String grammaticalCase,
            List<String> notes) {
        if (rule.wordClass() != EndingRules.WordClass.ADJ || !prefix.endsWith("-") || prefix.indexOf('-') != prefix.length() - 1) {
            return prefix;
        }
        String noun = prefix.substring(0, prefix.length() - 1).toLowerCase(Locale.ROOT);
        char last = noun.isEmpty() ? 'а' : noun.charAt(noun.length() - 1);
        if ("аеёиоуыэюяй".indexOf(last) >= 0 || !RussianDictionary.lookable(noun)) {
            return prefix;
        }
        if (FLEETING.matcher(noun).find()) {
            String note = "«" + prefix.substring(0, prefix.length() - 1) + "-» kept as written: whether its vowel drops in "
                    + "the other cases («Каменца-», «Ельца-») cannot be told by its ending; write the forms in the glossary";
            if (!notes.contains(note)) {
                notes.add(note);
            }
            return prefix;
        }
        Optional<EndingRules.Rule> asNoun = endings.find(noun, Optional.of(EndingRules.WordClass.NOUN),
                Optional.of(genderName(tagOf(rule.gender())))).filter(r -> !r.keeps());
        return asNoun.map(r -> r.decline(noun, animate).get(grammaticalCase) + "-").orElse(prefix);
    }

    /**
     * Among several forms, the standard one: not the archaic instrumental in -ою/-ею, not the
     * second genitive or locative («чаю», «лесу») the dictionary also gives.
     */
    private List<String> prefer(List<String> candidates, String lemma, String tag) {
        if (candidates.size() < 2) {
            return candidates;
        }
        List<String> out = new ArrayList<>(candidates);
        if (tag.endsWith(":T")) {
            List<String> modern = out.stream().filter(c -> !c.endsWith("ою") && !c.endsWith("ею")).toList();
            if (!modern.isEmpty()) {
                out = new ArrayList<>(modern);
            }
        }
        if (out.size() > 1 && (tag.endsWith(":P") || tag.endsWith(":R"))) {
            String second = tag.substring(0, tag.length() - 1) + "2" + tag.substring(tag.length() - 1);
            List<String> secondForms = dictionary.synthesise(lemma, second);
            List<String> standard = out.stream().filter(c -> !secondForms.contains(c)).toList();
            if (!standard.isEmpty()) {
                out = new ArrayList<>(standard);
            }
        }
        if (out.size() > 1 && tag.endsWith(":Sin:P")) {
            // the prepositional proper («о крае», «о годе»), not the locative the dictionary also gives («в краю»)
            List<String> proper = out.stream().filter(c -> c.endsWith("е") || c.endsWith("и")).toList();
            if (!proper.isEmpty()) {
                out = new ArrayList<>(proper);
            }
        }
        return out;
    }

    /**
     * The generated form with the original's capitals («Нагорного», «Премьер-министра») and without
     * ё where the original was written without it (the glossary's own spelling). A hyphenated word
     * is matched part by part: the dictionary writes «петропавловск-камчатский» in lower case, and a
     * declined first part («Петропавловска») moves the letters of the next one.
     */
    private static String restore(String form, String original) {
        String[] formParts = form.split("-", -1);
        String[] originalParts = original.split("-", -1);
        String result;
        if (formParts.length > 1 && formParts.length == originalParts.length) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < formParts.length; i++) {
                out.append(i > 0 ? "-" : "").append(restoreCapitals(formParts[i], originalParts[i]));
            }
            result = out.toString();
        } else {
            result = restoreCapitals(form, original);
        }
        boolean originalHasYo = original.indexOf('\u0451') >= 0 || original.indexOf('\u0401') >= 0;
        if (!originalHasYo) {
            result = result.replace('\u0451', '\u0435').replace('\u0401', '\u0415');
        }
        return result;
    }

    private static String restoreCapitals(String form, String original) {
        StringBuilder out = new StringBuilder(form);
        for (int i = 0; i < Math.min(form.length(), original.length()); i++) {
            char o = original.charAt(i);
            if (Character.isUpperCase(o) && Character.toLowerCase(o) == Character.toLowerCase(form.charAt(i))) {
                out.setCharAt(i, o);
            }
        }
        return out.toString();
    }

    /**
     * Where the part of a hyphenated word that stays as written begins: at the hyphen before a
     * joining preposition with a word after it («-на-Дону»); the word's length when there is none.
     */
    private static int tailStart(String word) {
        int hyphen = word.indexOf('-');
        while (hyphen > 0) {
            int next = word.indexOf('-', hyphen + 1);
            if (next < 0 || next == word.length() - 1) {
                break;
            }
            if (JOINING_PREPOSITIONS.contains(word.substring(hyphen + 1, next).toLowerCase(Locale.ROOT))) {
                return hyphen;
            }
            hyphen = next;
        }
        return word.length();
    }

    private static String lastSegment(String word) {
        int hyphen = word.lastIndexOf('-');
        return hyphen < 0 ? word : word.substring(hyphen + 1);
    }

    private static String endingOf(EndingRules.Rule rule, String word) {
        return word.substring(Math.max(0, word.length() - Math.max(rule.strip(), 1)));
    }

    private static String tagOf(String gender) {
        return switch (gender) {
            case "feminine" -> "Fem";
            case "neuter" -> "Neut";
            case "plural" -> "PL";
            default -> "Masc";
        };
    }

    private static String genderName(String agreement) {
        return switch (agreement) {
            case "Fem" -> "feminine";
            case "Neut" -> "neuter";
            case "PL" -> "plural";
            default -> "masculine";
        };
    }
}
