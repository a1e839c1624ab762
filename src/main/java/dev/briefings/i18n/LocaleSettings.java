package dev.briefings.i18n;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.briefings.data.FieldProblem;
import dev.briefings.data.MapReader;
import dev.briefings.data.Node;
import dev.briefings.i18n.inflect.RussianInflector;

/**
 * What a locale's {@code locale.yaml} declares about its grammar and its fallbacks: the cases
 * its glossary gives for every name, the genders verbs agree with, the inflector that generates
 * the case forms of a name given in the nominative only, where to borrow a name its glossary
 * lacks, and the prepositions whose form changes with the next word.
 */
public record LocaleSettings(
        String id,
        List<String> cases,
        List<String> genders,
        Optional<String> inflection,
        List<FallbackSource> fallbacks,
        Prepositions prepositions) {

    /** A locale to borrow names from, with an optional ICU transform (e.g. Russian-Latin/BGN). */
    public record FallbackSource(String locale, Optional<String> transliterate) {
    }

    /** Case ids a locale may declare; the two- and three-letter forms used in argument names. */
    public static final Set<String> KNOWN_CASES = Set.of("nom", "gen", "dat", "acc", "ins", "pre", "loc", "voc", "abl");

    public LocaleSettings {
        cases = List.copyOf(cases);
        genders = List.copyOf(genders);
        fallbacks = List.copyOf(fallbacks);
        java.util.Objects.requireNonNull(prepositions, "prepositions");
    }

    /** A locale without a locale.yaml: no cases, genders, fallbacks or prepositions. */
    static LocaleSettings empty(String id) {
        return new LocaleSettings(id, List.of(), List.of(), Optional.empty(), List.of(), Prepositions.NONE);
    }

    static LocaleSettings parse(String id, MapReader root) throws FieldProblem {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        LocaleSettings settings = parse(id, root, problems);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        return settings;
    }

    /**
     * The settings, with a problem in {@code prepositions} collected rather than thrown: the
     * locale then has none, and the translators' check still reads the glossary with the
     * locale's cases instead of reporting every entry after one mistyped expression.
     */
    static LocaleSettings parse(String id, MapReader root, List<FieldProblem> prepositionProblems) throws FieldProblem {
        root.allowOnly(Set.of("cases", "genders", "inflection", "fallback", "prepositions", "note"));
        List<String> cases = root.strings("cases");
        for (String grammaticalCase : cases) {
            if (!KNOWN_CASES.contains(grammaticalCase)) {
                throw new FieldProblem(root.positionOf("cases"), "cases", "'" + grammaticalCase
                        + "' is not a case id; use " + String.join(", ", KNOWN_CASES.stream().sorted().toList()));
            }
        }
        if (!cases.isEmpty() && !cases.get(0).equals("nom")) {
            throw new FieldProblem(root.positionOf("cases"), "cases", "the first case must be nom (the nominative)");
        }
        List<String> genders = root.strings("genders");
        Optional<String> inflection = root.optionalString("inflection");
        if (inflection.isPresent()) {
            if (!inflection.get().equals(RussianInflector.ID)) {
                throw new FieldProblem(root.positionOf("inflection"), "inflection",
                        "unknown inflector '" + inflection.get() + "'; available: " + RussianInflector.ID);
            }
            if (!cases.equals(RussianInflector.CASES)) {
                throw new FieldProblem(root.positionOf("inflection"), "inflection", "the " + RussianInflector.ID
                        + " inflector fills the cases " + String.join(", ", RussianInflector.CASES)
                        + "; declare exactly those under cases");
            }
        }
        List<FallbackSource> fallbacks = new java.util.ArrayList<>();
        Optional<Node> fallbackNode = root.optional("fallback");
        if (fallbackNode.isPresent()) {
            if (!(fallbackNode.get() instanceof dev.briefings.data.ListNode list)) {
                throw new FieldProblem(fallbackNode.get().position(), "fallback", "expected a list of {locale, transliterate}");
            }
            for (int i = 0; i < list.items().size(); i++) {
                MapReader item = MapReader.of(list.items().get(i), "fallback[" + (i + 1) + "]")
                        .allowOnly(Set.of("locale", "transliterate"));
                fallbacks.add(new FallbackSource(item.string("locale"), item.optionalString("transliterate")));
            }
        }
        Optional<Node> prepositionsNode = root.optional("prepositions");
        Prepositions prepositions = Prepositions.NONE;
        if (prepositionsNode.isPresent()) {
            try {
                prepositions = Prepositions.parse(prepositionsNode.get());
            } catch (FieldProblem e) {
                prepositionProblems.add(e);
            }
        }
        return new LocaleSettings(id, cases, genders, inflection, fallbacks, prepositions);
    }

    /** The case used where a message asks for a role without naming a case. */
    public String baseCase() {
        return cases.isEmpty() ? Forms.BASE : cases.get(0);
    }
}
