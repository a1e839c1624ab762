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

    /**
     * Removes control characters, which no reader should receive: tabs and line breaks become a
     * space, other controls go. Format characters (right-to-left marks, joiners) and combining
     * marks are kept, as scripts need them.
     */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.getType(c) == Character.CONTROL;
            boolean separator = c == '\u2028' || c == '\u2029';
            if (!control && !separator) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (separator || c == '\t' || c == '\n' || c == '\r') {
                out.append(' ');
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Upper-cases the first letter of a sentence that starts with a word. A sentence that starts
     * with a quotation, a bracket or a digit is left as written: a quote is never changed.
     */
    String capitalize(String sentence) {
        if (sentence.isEmpty()) {
            return sentence;
        }
        int cp = sentence.codePointAt(0);
        if (!UCharacter.isLetter(cp)) {
            return sentence;
        }
        String first = sentence.substring(0, Character.charCount(cp));
        return UCharacter.toUpperCase(locale, first) + sentence.substring(first.length());
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
