package dev.briefings.edition.review;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import dev.briefings.edition.publish.EditionPaths;
import dev.briefings.render.OutputFormat;

/**
 * The changes of an edition as a terminal shows them: per locale and story a header line, then
 * the page's word diff with a line of context around each change; deleted words in red and
 * inserted words in green, or in plain text between git's {@code --word-diff=plain} markers
 * {@code [-old-]} and {@code {+new+}}; and one line of counts per locale. Stories are read, shown
 * and forgotten one at a time.
 */
public final class TerminalDiff {

    /** How deleted and inserted words are told apart. */
    public enum Style { PLAIN, COLOUR }

    /** Lines of unchanged text shown before and after each change (blank lines not counted). */
    static final int CONTEXT = 1;

    private static final String RED = "\u001B[31m";
    private static final String GREEN = "\u001B[32m";
    private static final String BOLD = "\u001B[1m";
    private static final String DIM = "\u001B[2m";
    private static final String RESET = "\u001B[m";
    private static final String INDENT = "  ";

    private final PrintWriter out;
    private final Style style;

    public TerminalDiff(PrintWriter out, Style style) {
        this.out = out;
        this.style = style;
    }

    /** The lines that say which edition and generations are compared, or why they cannot be. */
    public void heading(EditionChanges changes, OutputFormat format) {
        for (String line : heading(changes, format, EditionPaths.display(changes.output()))) {
            out.println(line);
        }
        out.flush();
    }

    /** The heading's lines, shared with the review page. */
    static List<String> heading(EditionChanges changes, OutputFormat format, String output) {
        String edition = "Edition " + changes.edition() + (changes.latest()
                ? ", the most recent published in " + output + " (--date chooses another)" : "");
        return changes.unavailable().map(sentence -> changes.latest() ? List.of(edition, sentence) : List.of(sentence))
                .orElseGet(() -> List.of(edition, "Changes in its " + format.extension()
                        + " pages since the generation published before, " + changes.previousShown() + ":"));
    }

    /** Every changed story of the locales, with its word diff; nothing when the pages cannot be compared. */
    public void stories(EditionChanges changes, List<String> locales, OutputFormat format) {
        if (!changes.comparable()) {
            return;
        }
        boolean any = false;
        for (String locale : locales) {
            for (EditionChanges.Story story : changes.stories(locale)) {
                any = true;
                print(changes.diff(story, format, CONTEXT));
            }
        }
        if (!any) {
            out.println();
            out.println("No story changed in " + String.join(", ", locales) + ".");
        }
        out.flush();
    }

    /** One line of counts per locale; none from a manifest that has no account of changes (no count is known). */
    public void summaries(EditionChanges changes, List<String> locales) {
        if (changes.state() == EditionChanges.State.NO_ACCOUNT) {
            return;
        }
        out.println();
        locales.forEach(locale -> out.println(changes.summary(locale)));
        out.flush();
    }

    private void print(EditionChanges.StoryDiff diff) {
        EditionChanges.Story story = diff.story();
        out.println();
        String header = story.locale() + "  " + String.format(Locale.ROOT, "%-7s", story.change()) + "  " + story.id();
        out.println(style == Style.COLOUR ? BOLD + header + RESET : header);
        diff.note().ifPresent(note -> out.println(INDENT + "(" + note + ")"));
        for (WordDiff.Line line : diff.lines()) {
            if (line.gap()) {
                out.println(INDENT + (style == Style.COLOUR ? DIM + "…" + RESET : "…"));
            } else if (line.segments().isEmpty()) {
                out.println();
            } else {
                StringBuilder text = new StringBuilder(INDENT);
                line.segments().forEach(segment -> text.append(shown(segment)));
                out.println(text);
            }
        }
        out.flush();
    }

    private String shown(WordDiff.Segment segment) {
        return switch (segment.kind()) {
            case EQUAL -> segment.text();
            case DELETED -> style == Style.COLOUR ? RED + segment.text() + RESET : "[-" + segment.text() + "-]";
            case INSERTED -> style == Style.COLOUR ? GREEN + segment.text() + RESET : "{+" + segment.text() + "+}";
        };
    }
}
