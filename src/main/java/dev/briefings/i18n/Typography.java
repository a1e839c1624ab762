package dev.briefings.i18n;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;

/**
 * Locale typography from CLDR: a sentence's first letter in upper case, and quotation marks
 * (« » and „ “ in Russian, “ ” and ‘ ’ in English).
 */
final class Typography {

    private final ULocale locale;
    private final String open;
    private final String close;
    private final String innerOpen;
    private final String innerClose;

    Typography(ULocale locale) {
        this.locale = locale;
        LocaleData data = LocaleData.getInstance(locale);
        this.open = data.getDelimiter(LocaleData.QUOTATION_START);
        this.close = data.getDelimiter(LocaleData.QUOTATION_END);
        this.innerOpen = data.getDelimiter(LocaleData.ALT_QUOTATION_START);
        this.innerClose = data.getDelimiter(LocaleData.ALT_QUOTATION_END);
    }

    String quoteOpen() {
        return open;
    }

    String quoteClose() {
        return close;
    }

    /** Upper-cases the first letter, past any opening punctuation; the rest is left as written. */
    String capitalize(String sentence) {
        int i = 0;
        while (i < sentence.length()) {
            int cp = sentence.codePointAt(i);
            if (UCharacter.isLetter(cp)) {
                String first = sentence.substring(i, i + Character.charCount(cp));
                return sentence.substring(0, i) + UCharacter.toUpperCase(locale, first)
                        + sentence.substring(i + first.length());
            }
            if (UCharacter.isDigit(cp)) {
                return sentence;
            }
            i += Character.charCount(cp);
        }
        return sentence;
    }

    /**
     * Quotation marks inside a quote become the locale's inner marks, so that the outer pair the
     * message adds stays unambiguous: straight double quotes and the locale's own outer marks.
     */
    String nestQuotes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inside = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String s = String.valueOf(c);
            if (c == '"') {
                out.append(inside ? innerClose : innerOpen);
                inside = !inside;
            } else if (s.equals(open) && !open.equals(close)) {
                out.append(innerOpen);
            } else if (s.equals(close) && !open.equals(close)) {
                out.append(innerClose);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
