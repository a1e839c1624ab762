package dev.briefings.i18n;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.petrovich4j.Case;
import com.github.petrovich4j.Gender;
import com.github.petrovich4j.NameType;
import com.github.petrovich4j.Petrovich;

/**
 * Fills the case forms of a Russian given name or surname with petrovich4j, when a glossary gives
 * only the nominative. Correct for common names; each use is reported as a fallback for review.
 */
final class PetrovichInflector {

    static final String ID = "petrovich";

    private static final Map<String, Case> CASES = Map.of(
            "gen", Case.Genitive,
            "dat", Case.Dative,
            "acc", Case.Accusative,
            "ins", Case.Instrumental,
            "pre", Case.Prepositional);

    /** Which part of a name is inflected; the rules differ. */
    enum Part { GIVEN, SURNAME }

    private final Petrovich petrovich = new Petrovich();

    /**
     * The forms of a name part in the locale's cases.
     *
     * @param gender {@code masculine} or {@code feminine}
     */
    Forms inflect(String nominative, Part part, String gender, List<String> cases) {
        Gender petrovichGender = "feminine".equals(gender) ? Gender.Female : Gender.Male;
        NameType type = part == Part.GIVEN ? NameType.FirstName : NameType.LastName;
        Map<String, String> forms = new LinkedHashMap<>();
        for (String grammaticalCase : cases) {
            Case target = CASES.get(grammaticalCase);
            forms.put(grammaticalCase, target == null ? nominative : inflectWords(nominative, type, petrovichGender, target));
        }
        return Forms.of(cases, forms);
    }

    /** Double-barrelled names ("Римский-Корсаков") are inflected part by part. */
    private String inflectWords(String name, NameType type, Gender gender, Case target) {
        String[] parts = name.split("-", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append('-');
            }
            out.append(petrovich.say(parts[i], type, gender, target));
        }
        return out.toString();
    }
}
