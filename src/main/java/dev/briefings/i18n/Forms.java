package dev.briefings.i18n;

import java.util.List;
import java.util.Map;

/**
 * The forms of one name in a locale: one per grammatical case ({@code nom}, {@code gen}, …), or a
 * single form in a locale without cases or for a name that does not change.
 */
public record Forms(Map<String, String> byCase, String base) {

    /** The key of the single form in a locale that declares no cases. */
    public static final String BASE = "base";

    public Forms {
        byCase = Map.copyOf(byCase);
    }

    /** A name that is the same in every case. */
    public static Forms invariable(String form) {
        return new Forms(Map.of(), form);
    }

    public static Forms of(List<String> cases, Map<String, String> forms) {
        return new Forms(forms, cases.isEmpty() ? forms.get(BASE) : forms.get(cases.get(0)));
    }

    /** The form in a case; an invariable name gives its one form for every case. */
    public String in(String grammaticalCase) {
        return byCase.getOrDefault(grammaticalCase, base);
    }
}
