package dev.briefings.i18n.inflect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    private static final String PARTICLES_RESOURCE = "ru-name-particles.txt";

    private final Petrovich petrovich = new Petrovich();
    private final Set<String> particles = loadParticles();

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

    /**
     * The words of a name taken for particles («де», «ла», «ван»), in order and once each: they are
     * kept as written in every case.
     */
    List<String> particles(String name) {
        List<String> found = new ArrayList<>();
        List<String> words = words(name);
        for (int i = 0; i < words.size(); i += 2) {
            String word = words.get(i);
            if (isParticle(words, i) && !found.contains(word)) {
                found.add(word);
            }
        }
        return found;
    }

    /**
     * Double-barrelled names ("Римский-Корсаков") and names of several words are inflected part by
     * part; a particle is kept as written.
     */
    private String inflectWords(String name, NameType type, Gender gender, Case target) {
        StringBuilder out = new StringBuilder();
        List<String> words = words(name);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean separator = i % 2 == 1;
            out.append(separator || isParticle(words, i) ? word : petrovich.say(word, type, gender, target));
        }
        return out.toString();
    }

    /** A word that is a particle and not the name's last («Бин» alone is a surname). */
    private boolean isParticle(List<String> words, int index) {
        return index + 2 < words.size() && particles.contains(words.get(index).toLowerCase(Locale.ROOT));
    }

    /** The words of a name and the separators (a hyphen or a space) between them, alternating. */
    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || name.charAt(i) == '-' || name.charAt(i) == ' ') {
                out.add(name.substring(start, i));
                if (i < name.length()) {
                    out.add(String.valueOf(name.charAt(i)));
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static Set<String> loadParticles() {
        Set<String> out = new HashSet<>();
        DataFile.read(PARTICLES_RESOURCE).forEach(line -> out.add(line.text().toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }
}
