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

    /** A person's name parts; {@code inflected} names the parts whose case forms an inflector filled. */
    record Person(String id, Forms given, Forms surname, Optional<Forms> title, List<String> inflected)
            implements GlossaryEntry {
        public Person {
            inflected = List.copyOf(inflected);
        }
    }

    /** Any other entity. */
    record Named(String id, Forms name, Optional<Forms> shortName, Optional<Forms> headline, Optional<String> in,
            Optional<String> gender) implements GlossaryEntry {
    }
}
