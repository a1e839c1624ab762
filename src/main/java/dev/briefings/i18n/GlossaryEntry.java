package dev.briefings.i18n;

import java.util.List;
import java.util.Optional;

/**
 * What one locale calls one entity. People are named from given name, surname and title; every
 * other entity has a name for its first mention, a short form for later ones and one for
 * headlines, a grammatical gender, and for places the phrase for "in" that place.
 */
public sealed interface GlossaryEntry {

    String id();

    /** What of the entry was generated rather than written: case forms, an inferred gender. */
    List<CaseGenerator.Generated> generated();

    /** A person's name parts; {@code generated} lists the parts written in the nominative only. */
    record Person(String id, Forms given, Forms surname, Optional<Forms> title, List<CaseGenerator.Generated> generated)
            implements GlossaryEntry {
        public Person {
            generated = List.copyOf(generated);
        }
    }

    /** Any other entity. */
    record Named(String id, Forms name, Optional<Forms> shortName, Optional<Forms> headline, Optional<String> in,
            Optional<String> gender, List<CaseGenerator.Generated> generated) implements GlossaryEntry {
        public Named {
            generated = List.copyOf(generated);
        }
    }
}
