package dev.briefings.check;

import java.util.Locale;

/**
 * Every check the translators' command runs, with a stable id (the same in text and JSON
 * output, in the docs and in tests), its severity and what to do when it fires.
 */
public enum Check {
    YAML_SYNTAX(Severity.ERROR, "the file is not well-formed YAML", "fix the line shown; write messages as |- blocks"),
    YAML_DUPLICATE_KEY(Severity.ERROR, "a key appears twice in one mapping", "keep one of them; YAML would silently use the last"),
    YAML_ALIAS(Severity.ERROR, "a YAML alias (*name)", "write the value out in full"),
    NOT_UTF8(Severity.ERROR, "the file is not UTF-8", "save the file as UTF-8"),
    YAML_NON_STRING(Severity.ERROR, "a value that must be text is a number or true/false", "put the value in quotes or write it as a |- block"),
    YAML_11_COERCION(Severity.ERROR, "an unquoted value that YAML 1.1 tools read as true/false or a number (no, yes, on, off, 010, 1.10)",
            "put the value in quotes"),
    MISSING_MESSAGE(Severity.ERROR, "a message of the English reference is missing", "translate it"),
    OBSOLETE_MESSAGE(Severity.WARNING, "a message the English reference no longer has", "delete it"),
    EMPTY_MESSAGE(Severity.ERROR, "an empty message", "translate it"),
    UNTRANSLATED_MESSAGE(Severity.WARNING, "a message identical to the English reference", "translate it, or confirm it reads the same"),
    ICU_SYNTAX(Severity.ERROR, "not valid ICU MessageFormat", "fix the braces and keywords at the place shown"),
    NUMBERED_ARGUMENT(Severity.ERROR, "a numbered argument such as {0}", "use the named arguments the reference declares"),
    UNKNOWN_ARGUMENT(Severity.ERROR, "an argument the reference does not declare; it would be printed literally",
            "use one of the declared arguments (see the note)"),
    MISSING_ARGUMENT(Severity.WARNING, "an argument the reference uses is left out", "check that the sentence says everything the English one does"),
    ARGUMENT_TYPE(Severity.ERROR, "an argument used as the wrong type (plural, select, date)", "format it as the declaration says"),
    PLURAL_MISSING_CATEGORY(Severity.ERROR, "a plural lacks a branch the language's CLDR plural rules need",
            "add the missing branches; Russian needs one, few, many and other"),
    PLURAL_UNKNOWN_KEYWORD(Severity.ERROR, "a plural branch keyword the language does not have (a typo such as fwe)",
            "use the language's categories or an exact =N"),
    SELECT_UNKNOWN_VALUE(Severity.ERROR, "a select branch for a value the argument never takes", "use the declared values"),
    MISSING_OTHER(Severity.ERROR, "a plural or select without an other branch", "add other {…}"),
    WHITESPACE(Severity.WARNING, "leading, trailing or doubled whitespace", "remove the extra spaces"),
    END_PUNCTUATION(Severity.WARNING, "the message ends with different punctuation than the reference", "end it as the reference does"),
    ASCII_QUOTE(Severity.WARNING, "a straight quote or ASCII apostrophe next to ICU syntax, which changes what ICU reads",
            "use typographic quotes (« » „ “ ’)"),
    PREPOSITION_FORM(Severity.WARNING, "a preposition written before a word in a form the locale's prepositions rules would "
            + "change («о итогах», «в Владивостоке»); the rules choose the form only before an argument",
            "write the form the finding names («об итогах»), or narrow the rule in locale.yaml if the word is an exception"),
    REPLACEMENT_CHARACTER(Severity.ERROR, "the character U+FFFD: text was damaged by a wrong encoding", "retype the damaged words"),
    OPTIONAL_OUTSIDE_BRANCH(Severity.ERROR, "a headline or lede tells an optional role or count outside a branch on its presence; "
            + "a record without it would print a zero or a gap", "branch on <role>_count or <count>_known and tell the value only where it is present"),
    COUNT_WITHOUT_APPROX(Severity.ERROR, "a message tells a count without its qualifier, or without a branch for each of about, "
            + "over, under and at_least; an approximate figure would be published as exact",
            "branch on <count>_approx: about, over, under, at_least, and other for exact"),
    ZERO_WITHOUT_BRANCH(Severity.ERROR, "a count the kind says may be zero is told without an =0 branch; it would print as 0",
            "add =0 {…} with wording for none, such as «умерших нет»"),
    RENDER_LEAK(Severity.ERROR, "formatting the message leaves {, } or # in the text", "fix the branch shown"),
    REFERENCE_NOTE(Severity.ERROR, "an English message without a note for translators", "add note: what the message says and where"),
    REFERENCE_ARGS(Severity.ERROR, "an English message whose args do not match what it uses or what the code gives",
            "declare each argument it uses, with type, values and example"),
    GLOSSARY_MISSING_CASE(Severity.ERROR, "a glossary entry lacks a case form", "give every case the locale declares, or mark it invariable: true"),
    GLOSSARY_GENERATED_CASE(Severity.WARNING, "a glossary name given in the nominative only; the locale's inflector generates the other cases",
            "review the forms shown; ./briefings glossary --fill <locale> writes them into the file"),
    GLOSSARY_INFERRED_GENDER(Severity.WARNING, "a glossary entry without a gender; the inflector reads it off the name's head noun",
            "check it and write gender: in the entry (./briefings glossary --fill <locale> does)"),
    GLOSSARY_GENDER_MISMATCH(Severity.WARNING, "a name form whose head noun has another gender than the entry's: the verbs that agree with the entry will not fit it",
            "use a form with a head noun of the entry's gender, or a separate entity"),
    GLOSSARY_MISSING_GENDER(Severity.ERROR, "a glossary entry lacks a grammatical gender", "add gender: one of the locale's genders"),
    GLOSSARY_UNKNOWN_ENTITY(Severity.ERROR, "a glossary entry for an entity translations/entities.yaml does not have",
            "fix the id, or add the entity there"),
    GLOSSARY_INVALID(Severity.ERROR, "a glossary entry that cannot be read", "fix the field shown"),
    GLOSSARY_MISSING_ENTITY(Severity.WARNING, "an entity the records name has no entry in this glossary; a fallback stands in",
            "add the entity with its case forms and gender"),
    GLOSSARY_UNUSED(Severity.WARNING, "a glossary entry no record names", "keep it if stories will need it, else delete it"),
    PROJECT_FILE(Severity.ERROR, "an event kind, entities.yaml or locale.yaml that cannot be used", "fix the field shown"),
    TEMPLATE_MISSING(Severity.ERROR, "a template a format needs is missing", "add it, or copy the shared one"),
    TEMPLATE_SYNTAX(Severity.ERROR, "a template that does not compile", "fix the tag shown"),
    TEMPLATE_UNBALANCED_SECTION(Severity.ERROR, "a section opened and not closed, or closed and not opened", "close each {{#x}} with {{/x}}"),
    TEMPLATE_UNKNOWN_VARIABLE(Severity.ERROR, "a template variable the page does not provide; it would print nothing",
            "use one of the variables listed"),
    TEMPLATE_UNKNOWN_PARTIAL(Severity.ERROR, "a partial that does not exist", "fix the name or add the partial");

    private final Severity severity;
    private final String summary;
    private final String fix;

    Check(Severity severity, String summary, String fix) {
        this.severity = severity;
        this.summary = summary;
        this.fix = fix;
    }

    /** The stable id, such as {@code plural-missing-category}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-').replace("yaml-11", "yaml-1.1");
    }

    public Severity severity() {
        return severity;
    }

    public String summary() {
        return summary;
    }

    /** What to do about a finding, in general; a finding may say more. */
    public String fix() {
        return fix;
    }
}
