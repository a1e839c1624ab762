package dev.briefings.edition.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * The word diff of two versions of a page, as {@code git diff --word-diff} shows it: lines are
 * compared first, then the words of each changed run of lines, so that a paragraph where one
 * number changed shows that number, not the whole paragraph. Words are runs of letters and digits
 * in any script (hyphenated and apostrophised words and grouped numbers stay whole: «24 318»,
 * "1,200", "Russia's"); every other mark («, », —, a comma) is a word of its own; whitespace only
 * separates words, so it never shows as a change by itself.
 */
final class WordDiff {

    /** What a piece of text is in the comparison. */
    enum Kind { EQUAL, DELETED, INSERTED }

    /** A piece of one display line; its text holds no line break. */
    record Segment(Kind kind, String text) {

        /** For the review page's template, which tells the kinds apart by these. */
        public boolean equal() {
            return kind == Kind.EQUAL;
        }

        public boolean deleted() {
            return kind == Kind.DELETED;
        }

        public boolean inserted() {
            return kind == Kind.INSERTED;
        }
    }

    /**
     * One line as shown: its pieces, and whether anything in it changed. A gap stands for unchanged
     * lines left out of an excerpt.
     */
    record Line(List<Segment> segments, boolean changed, boolean gap) {

        Line {
            segments = List.copyOf(segments);
        }

        static final Line GAP = new Line(List.of(), false, true);

        boolean blank() {
            return segments.stream().allMatch(segment -> segment.text().isBlank());
        }
    }

    /** A word and the whitespace before it; {@code "\n"} is a word too, so that lines keep their places. */
    record Token(String space, String text) {
    }

    private WordDiff() {
    }

    /** Every line of the comparison of two texts (either may be empty: a page added or removed). */
    static List<Line> lines(String before, String after) {
        List<String> old = before.lines().toList();
        List<String> now = after.lines().toList();
        List<AbstractDelta<String>> deltas = new ArrayList<>(DiffUtils.diff(old, now).getDeltas());
        deltas.sort(Comparator.comparingInt(delta -> delta.getSource().getPosition()));
        List<Line> lines = new ArrayList<>();
        int next = 0;
        for (AbstractDelta<String> delta : deltas) {
            for (; next < delta.getSource().getPosition(); next++) {
                lines.add(unchanged(old.get(next)));
            }
            // every line of a changed run counts as changed, even one whose words stayed (its spacing changed)
            for (List<Segment> segments : split(words(String.join("\n", delta.getSource().getLines()),
                    String.join("\n", delta.getTarget().getLines())))) {
                lines.add(new Line(segments, true, false));
            }
            next += delta.getSource().size();
        }
        for (; next < old.size(); next++) {
            lines.add(unchanged(old.get(next)));
        }
        return lines;
    }

    private static Line unchanged(String text) {
        return new Line(text.isEmpty() ? List.of() : List.of(new Segment(Kind.EQUAL, text)), false, false);
    }

    /**
     * The changed lines with {@code context} lines around each (blank lines do not count, so a
     * changed paragraph shows the paragraph before and after it), and a gap where lines are left out.
     */
    static List<Line> excerpt(List<Line> lines, int context) {
        boolean[] shown = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).changed()) {
                shown[i] = true;
                around(lines, shown, i, -1, context);
                around(lines, shown, i, 1, context);
            }
        }
        List<Line> excerpt = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (shown[i]) {
                excerpt.add(lines.get(i));
            } else if (excerpt.isEmpty() || !excerpt.get(excerpt.size() - 1).gap()) {
                excerpt.add(Line.GAP);
            }
        }
        return excerpt;
    }

    private static void around(List<Line> lines, boolean[] shown, int from, int step, int context) {
        int left = context;
        for (int i = from + step; i >= 0 && i < lines.size() && left > 0; i += step) {
            shown[i] = true;
            if (!lines.get(i).blank()) {
                left--;
            }
        }
    }

    /** The words of a text, each with the whitespace before it; whitespace at the very end is dropped. */
    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = i;
            while (i < n && text.charAt(i) != '\n' && isSpace(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i == n) {
                break;
            }
            String space = text.substring(start, i);
            int word = i;
            int first = text.codePointAt(i);
            i += Character.charCount(first);
            if (Character.isLetterOrDigit(first)) {
                i = wordEnd(text, i);
            } else {
                i = marksEnd(text, i);
            }
            tokens.add(new Token(space, text.substring(word, i)));
        }
        return tokens;
    }

    /** The end of a word begun before {@code i}: letters, digits and combining marks, joined by a hyphen or an apostrophe. */
    private static int wordEnd(String text, int i) {
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c) || isMark(c)) {
                i += Character.charCount(c);
                continue;
            }
            int after = i + Character.charCount(c);
            if (after >= n) {
                break;
            }
            int following = text.codePointAt(after);
            int before = text.codePointBefore(i);
            boolean joinsWords = isJoiner(c) && Character.isLetterOrDigit(before) && Character.isLetterOrDigit(following);
            boolean groupsDigits = isDigitSeparator(c) && Character.isDigit(before) && Character.isDigit(following);
            if (!joinsWords && !groupsDigits) {
                break;
            }
            i = after;
        }
        return i;
    }

    private static int marksEnd(String text, int i) {
        while (i < text.length() && isMark(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** A hyphen or apostrophe inside a word: «из-под», "COVID-19", "Russia's", "Russia’s". */
    private static boolean isJoiner(int c) {
        return c == '-' || c == '\u2010' || c == '\'' || c == '\u2019';
    }

    /** What groups the digits of one number: "1,200", "57.7", «24 318» (no-break, narrow or thin space). */
    private static boolean isDigitSeparator(int c) {
        return c == ',' || c == '.' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    /** A run of tokens, unchanged or changed, as positions in the old and the new tokens. */
    private record Run(boolean changed, int oldFrom, int oldTo, int newFrom, int newTo) {
    }

    /** The word diff of two runs of whole lines, as segments whose text may hold line breaks. */
    static List<Segment> words(String before, String after) {
        List<Token> old = tokens(before);
        List<Token> now = tokens(after);
        List<Run> runs = cleanUp(runs(old, now), old, now);
        List<Segment> segments = new ArrayList<>();
        for (Run run : runs) {
            if (!run.changed()) {
                for (int i = run.newFrom(); i < run.newTo(); i++) {
                    add(segments, Kind.EQUAL, now.get(i).space() + now.get(i).text());
                }
                continue;
            }
            List<Token> deleted = old.subList(run.oldFrom(), run.oldTo());
            List<Token> inserted = now.subList(run.newFrom(), run.newTo());
            // the space before a change is shown as it now is, outside the markers: "погибли [-12-]{+14+}"
            add(segments, Kind.EQUAL, (inserted.isEmpty() ? deleted : inserted).get(0).space());
            add(segments, Kind.DELETED, joined(deleted));
            add(segments, Kind.INSERTED, joined(inserted));
        }
        return segments;
    }

    private static List<Run> runs(List<Token> old, List<Token> now) {
        List<String> oldWords = old.stream().map(Token::text).toList();
        List<String> newWords = now.stream().map(Token::text).toList();
        List<AbstractDelta<String>> deltas = new ArrayList<>(DiffUtils.diff(oldWords, newWords).getDeltas());
        deltas.sort(Comparator.comparingInt(delta -> delta.getSource().getPosition()));
        List<Run> runs = new ArrayList<>();
        int oldAt = 0;
        int newAt = 0;
        for (AbstractDelta<String> delta : deltas) {
            int oldStart = delta.getSource().getPosition();
            int newStart = delta.getTarget().getPosition();
            if (oldStart > oldAt) {
                runs.add(new Run(false, oldAt, oldStart, newAt, newStart));
            }
            oldAt = oldStart + delta.getSource().size();
            newAt = newStart + delta.getTarget().size();
            runs.add(new Run(true, oldStart, oldAt, newStart, newAt));
        }
        if (oldAt < old.size()) {
            runs.add(new Run(false, oldAt, old.size(), newAt, now.size()));
        }
        return runs;
    }

    /**
     * Folds a short unchanged run between two changes into them, when the changes on both sides are
     * at least twice as long (a stricter form of the semantic clean-up of Neil Fraser's
     * diff-match-patch): a rewritten sentence reads as one change, not as a scatter of words with «и»
     * and commas kept between them, while two numbers changed on either side of "and" stay two
     * changes. A line break is never folded, so lines stay where they are.
     */
    private static List<Run> cleanUp(List<Run> runs, List<Token> old, List<Token> now) {
        List<Run> result = new ArrayList<>(runs);
        boolean folded = true;
        while (folded) {
            folded = false;
            for (int i = 1; i + 1 < result.size(); i++) {
                Run before = result.get(i - 1);
                Run equal = result.get(i);
                Run after = result.get(i + 1);
                if (equal.changed() || !before.changed() || !after.changed()) {
                    continue;
                }
                List<Token> kept = now.subList(equal.newFrom(), equal.newTo());
                int length = joined(kept).length();
                if (kept.stream().noneMatch(token -> token.text().equals("\n")) && 2 * length <= size(before, old, now)
                        && 2 * length <= size(after, old, now)) {
                    result.subList(i - 1, i + 2).clear();
                    result.add(i - 1, new Run(true, before.oldFrom(), after.oldTo(), before.newFrom(), after.newTo()));
                    folded = true;
                    break;
                }
            }
        }
        return result;
    }

    private static int size(Run change, List<Token> old, List<Token> now) {
        return Math.max(joined(old.subList(change.oldFrom(), change.oldTo())).length(),
                joined(now.subList(change.newFrom(), change.newTo())).length());
    }

    /** Tokens as text, without the space before the first. */
    private static String joined(List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                text.append(tokens.get(i).space());
            }
            text.append(tokens.get(i).text());
        }
        return text.toString();
    }

    private static void add(List<Segment> segments, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).kind() == kind) {
            segments.set(last, new Segment(kind, segments.get(last).text() + text));
        } else {
            segments.add(new Segment(kind, text));
        }
    }

    /** Segments cut into lines. */
    private static List<List<Segment>> split(List<Segment> segments) {
        List<List<Segment>> lines = new ArrayList<>();
        List<Segment> current = new ArrayList<>();
        for (Segment segment : segments) {
            String[] pieces = segment.text().split("\n", -1);
            for (int p = 0; p < pieces.length; p++) {
                if (p > 0) {
                    lines.add(current);
                    current = new ArrayList<>();
                }
                if (!pieces[p].isEmpty()) {
                    current.add(new Segment(segment.kind(), pieces[p]));
                }
            }
        }
        lines.add(current);
        return lines;
    }
}
