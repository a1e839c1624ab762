package dev.briefings.i18n;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.ibm.icu.text.Transliterator;

import dev.briefings.events.Entities;

/**
 * What an entity is called in one locale, in every mention mode and case, resolved once and kept:
 * from the locale's glossary, else borrowed from its fallback locales (transliterated where the
 * locale says so). Every stand-in is recorded as a {@link Fallback}.
 */
final class EntityNames {

    /** How an entity is being mentioned. */
    enum Mode {
        FIRST, LATER, HEADLINE,
        /** A first mention by name alone, without the title, where the sentence names the post itself. */
        NAME_FIRST
    }

    /**
     * An entity ready to be mentioned: its forms per mode, gender, "in" phrase (for prose, and for
     * headlines, where it is built from the headline form: "in Boulder, Colorado", not "in the
     * Colorado city of Boulder") and fallbacks.
     */
    record Named(String id, Map<Mode, Forms> forms, String gender, String in, String inHeadline, List<Fallback> fallbacks) {
        Forms forms(Mode mode) {
            return forms.get(mode);
        }
    }

    /** The gender of a name whose locale gives none: messages fall to their {@code other} branch. */
    static final String UNKNOWN_GENDER = "other";

    private final LocaleBundle bundle;
    private final Map<String, LocaleBundle> all;
    private final Entities entities;
    private final Map<String, Named> cache = new HashMap<>();
    /** Per instance, like every ICU object here: each rendering thread has its own names. */
    private final Map<String, Transliterator> transliterators = new HashMap<>();

    EntityNames(LocaleBundle bundle, Map<String, LocaleBundle> all, Entities entities) {
        this.bundle = bundle;
        this.all = all;
        this.entities = entities;
    }

    Named resolve(String id) {
        Named named = cache.get(id);
        if (named == null) {
            named = build(id);
            cache.put(id, named);
        }
        return named;
    }

    /** Whether the entity has a name here or in a fallback locale; checked for every entity at load. */
    Optional<String> problem(String id) {
        if (bundle.glossary().find(id).isPresent()) {
            return Optional.empty();
        }
        for (LocaleSettings.FallbackSource source : bundle.settings().fallbacks()) {
            LocaleBundle other = all.get(source.locale());
            if (other != null && other.glossary().find(id).isPresent()) {
                return Optional.empty();
            }
        }
        return Optional.of("entity '" + id + "' has no name in translations/" + bundle.id() + "/glossary.yaml"
                + (bundle.settings().fallbacks().isEmpty() ? "" : " nor in its fallback locales "
                + String.join(", ", bundle.settings().fallbacks().stream().map(LocaleSettings.FallbackSource::locale).toList())));
    }

    private Named build(String id) {
        Entities.Entity entity = entities.get(id);
        List<Fallback> fallbacks = new ArrayList<>();
        Optional<GlossaryEntry> own = bundle.glossary().find(id);
        GlossaryEntry entry;
        if (own.isPresent()) {
            entry = own.get();
        } else {
            entry = borrow(id, fallbacks);
        }
        if (own.isPresent() && !entry.generated().isEmpty()) {
            fallbacks.add(new Fallback(bundle.id(), id, generationNote(entry)));
        }
        if (entry instanceof GlossaryEntry.Person person) {
            return person(person, entity.gender().orElse(UNKNOWN_GENDER), fallbacks);
        }
        GlossaryEntry.Named named = (GlossaryEntry.Named) entry;
        Map<Mode, Forms> forms = new EnumMap<>(Mode.class);
        forms.put(Mode.FIRST, named.name());
        forms.put(Mode.LATER, named.shortName().orElse(named.name()));
        forms.put(Mode.HEADLINE, named.headline().orElse(forms.get(Mode.LATER)));
        forms.put(Mode.NAME_FIRST, named.name());
        String gender = named.gender().orElse(UNKNOWN_GENDER);
        String in = named.in().orElseGet(() -> inPhrase(named.name(), gender));
        String inHeadline = named.in().isPresent() || named.headline().isEmpty() ? in
                : inPhrase(named.headline().get(), gender);
        return new Named(id, forms, gender, in, inHeadline, fallbacks);
    }

    /** What the translator should review: each generated part with its forms, or the name used unchanged. */
    private String generationNote(GlossaryEntry entry) {
        String parts = String.join("; ", entry.generated().stream().map(CaseGenerator.Generated::description).toList());
        return bundle.settings().inflection().isEmpty() ? parts
                : "case forms generated from the nominative, check them: " + parts;
    }

    private Named person(GlossaryEntry.Person person, String gender, List<Fallback> fallbacks) {
        Map<Mode, Forms> forms = new EnumMap<>(Mode.class);
        String later = "mention.person.later";
        forms.put(Mode.FIRST, personForms(person, "mention.person.first", true));
        forms.put(Mode.NAME_FIRST, personForms(person, "mention.person.first", false));
        forms.put(Mode.LATER, personForms(person, later, true));
        forms.put(Mode.HEADLINE, personForms(person,
                bundle.messages().find("mention.person.headline").isPresent() ? "mention.person.headline" : later, true));
        String in = inPhrase(forms.get(Mode.FIRST), gender);
        return new Named(person.id(), forms, gender, in, in, fallbacks);
    }

    private Forms personForms(GlossaryEntry.Person person, String key, boolean withTitle) {
        Message message = bundle.messages().get(key);
        List<String> cases = bundle.settings().cases().isEmpty() ? List.of(Forms.BASE) : bundle.settings().cases();
        Map<String, String> byCase = new LinkedHashMap<>();
        for (String grammaticalCase : cases) {
            Map<String, Object> args = new HashMap<>();
            args.put("given", person.given().in(grammaticalCase));
            args.put("surname", person.surname().in(grammaticalCase));
            // German declines a bare name ("Bidens Sieg") but not one after a title ("des Präsidenten Joe Biden").
            args.put("given_base", person.given().base());
            args.put("surname_base", person.surname().base());
            boolean titled = withTitle && person.title().isPresent();
            args.put("title", titled ? person.title().get().in(grammaticalCase) : "");
            args.put("has_title", titled ? "yes" : "no");
            byCase.put(grammaticalCase, message.format(args).strip());
        }
        return Forms.of(bundle.settings().cases(), byCase);
    }

    /** "in Minsk", "в Минске": the glossary's phrase, else the locale's {@code mention.in} message. */
    private String inPhrase(Forms name, String gender) {
        Map<String, Object> args = new HashMap<>();
        args.put("name", name.base());
        for (String grammaticalCase : bundle.settings().cases()) {
            args.put("name_" + grammaticalCase, name.in(grammaticalCase));
        }
        args.put("gender", gender);
        return bundle.messages().get("mention.in").format(args).strip();
    }

    /** An entry built from a fallback locale's nominative forms, with no title and no gender. */
    private GlossaryEntry borrow(String id, List<Fallback> fallbacks) {
        for (LocaleSettings.FallbackSource source : bundle.settings().fallbacks()) {
            LocaleBundle other = all.get(source.locale());
            if (other == null) {
                continue;
            }
            Optional<GlossaryEntry> found = other.glossary().find(id);
            if (found.isEmpty()) {
                continue;
            }
            Transliterator transliterator = source.transliterate()
                    .map(t -> transliterators.computeIfAbsent(t, Transliterator::getInstance)).orElse(null);
            java.util.function.UnaryOperator<String> change = transliterator == null ? s -> s
                    : s -> transliterator.transliterate(s);
            GlossaryEntry borrowed;
            String shown;
            if (found.get() instanceof GlossaryEntry.Person person) {
                Forms given = Forms.invariable(change.apply(person.given().base()));
                Forms surname = Forms.invariable(change.apply(person.surname().base()));
                borrowed = new GlossaryEntry.Person(id, given, surname, Optional.empty(), List.of());
                shown = given.base() + " " + surname.base();
            } else {
                GlossaryEntry.Named named = (GlossaryEntry.Named) found.get();
                Forms name = Forms.invariable(change.apply(named.name().base()));
                Optional<Forms> shortName = named.shortName().map(f -> Forms.invariable(change.apply(f.base())));
                borrowed = new GlossaryEntry.Named(id, name, shortName, Optional.empty(), Optional.empty(), Optional.empty(),
                        List.of());
                shown = name.base();
            }
            fallbacks.add(new Fallback(bundle.id(), id, "not in this glossary; name taken from " + source.locale()
                    + source.transliterate().map(t -> " and transliterated with ICU " + t).orElse("") + ": " + shown));
            return borrowed;
        }
        throw new IllegalStateException(problem(id).orElse("entity '" + id + "' has no name"));
    }
}
