package dev.briefings.i18n;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;

/**
 * Everything one locale needs to tell stories, built once per run (formatters are expensive):
 * its settings, messages, glossary, list formatter, typography and date phrases.
 */
public final class LocaleBundle {

    private final String id;
    private final ULocale locale;
    private final LocaleSettings settings;
    private final MessageCatalog messages;
    private final Glossary glossary;
    private final ListFormatter and;
    private final Typography typography;
    private final DatePhrases dates;
    private final String languageTag;

    LocaleBundle(String id, ULocale locale, LocaleSettings settings, MessageCatalog messages, Glossary glossary) {
        this.id = id;
        this.locale = locale;
        this.settings = settings;
        this.messages = messages;
        this.glossary = glossary;
        this.and = ListFormatter.getInstance(locale, ListFormatter.Type.AND, ListFormatter.Width.WIDE);
        this.typography = new Typography(locale);
        this.dates = new DatePhrases(messages);
        this.languageTag = locale.toLanguageTag();
    }

    /** The same locale with its own formatters, for another thread. */
    LocaleBundle copy() {
        return new LocaleBundle(id, locale, settings, messages.copy(), glossary);
    }

    public String id() {
        return id;
    }

    public ULocale locale() {
        return locale;
    }

    public LocaleSettings settings() {
        return settings;
    }

    public MessageCatalog messages() {
        return messages;
    }

    public Glossary glossary() {
        return glossary;
    }

    /** The BCP 47 tag for HTML's {@code lang}. */
    public String languageTag() {
        return languageTag;
    }

    /** "rtl" or "ltr", for HTML's {@code dir}. */
    public String direction() {
        return locale.isRightToLeft() ? "rtl" : "ltr";
    }

    ListFormatter and() {
        return and;
    }

    Typography typography() {
        return typography;
    }

    DatePhrases dates() {
        return dates;
    }
}
