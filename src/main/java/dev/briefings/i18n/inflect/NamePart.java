package dev.briefings.i18n.inflect;

/** Which part of a person's name is declined; the rules for given names and surnames differ. */
public enum NamePart {
    GIVEN, SURNAME
}
