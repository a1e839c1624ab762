package dev.briefings.i18n.inflect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.petrovich4j.Case;
import com.github.petrovich4j.Gender;
import com.github.petrovich4j.NameType;
import com.github.petrovich4j.Petrovich;

/**
 * Declines a Russian given name or surname with petrovich4j, when a glossary gives only the
 * nominative. Correct for common names; each use is reported for review.
 */
final class PetrovichInflector {

    private static final Map<String, Case> CASES = Map.of(
            "gen", Case.Genitive,
            "dat", Case.Dative,
            "acc", Case.Accusative,
            "ins", Case.Instrumental,
            "pre", Case.Prepositional);

    private final Petrovich petrovich = new Petrovich();

    /** The forms of a name part in the given cases; {@code feminine} or anything else (masculine). */
    Map<String, String> inflect(String nominative, NamePart part, String gender, List<String> cases) {
        Gender petrovichGender = "feminine".equals(gender) ? Gender.Female : Gender.Male;
        NameType type = part == NamePart.GIVEN ? NameType.FirstName : NameType.LastName;
        Map<String, String> forms = new LinkedHashMap<>();
        for (String grammaticalCase : cases) {
            Case target = CASES.get(grammaticalCase);
            forms.put(grammaticalCase, target == null ? nominative : inflectWords(nominative, type, petrovichGender, target));
        }
        return forms;
    }

    /** Double-barrelled names ("Римский-Корсаков") and names of two words are inflected part by part. */
    private String inflectWords(String name, NameType type, Gender gender, Case target) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || name.charAt(i) == '-' || name.charAt(i) == ' ') {
                out.append(petrovich.say(name.substring(start, i), type, gender, target));
                if (i < name.length()) {
                    out.append(name.charAt(i));
                }
                start = i + 1;
            }
        }
        return out.toString();
    }
}
