package dev.briefings.edition.review;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

import dev.briefings.edition.publish.AtomicFiles;
import dev.briefings.render.OutputFormat;

/**
 * The changes of an edition as one self-contained HTML page for the duty editor (a phone will
 * do): per locale, a section in that language with each changed story's word diff, deleted words
 * in {@code <del>} and inserted ones in {@code <ins>}, then the counts. Stories are diffed while
 * the page is written, one at a time, and the page replaces the file in one rename.
 */
public final class ReviewPage {

    private static final Mustache TEMPLATE = new DefaultMustacheFactory("dev/briefings/edition/review")
            .compile("review.html.mustache");

    /** What the template sees. */
    record Page(String title, List<String> heading, List<Section> sections) {
    }

    /** One locale: its stories, diffed as the template reaches them, and its counts (null when none are known). */
    record Section(String locale, Iterable<Story> stories, String summary) {
    }

    record Story(String locale, String id, String change, String note, List<WordDiff.Line> lines) {
    }

    private ReviewPage() {
    }

    /**
     * Writes the page; a reader of the file sees the previous page or the whole new one.
     *
     * @param shownOutput the output folder as the heading names it
     */
    public static void write(Path file, EditionChanges changes, List<String> locales, OutputFormat format,
            String shownOutput) throws IOException {
        boolean counted = changes.state() != EditionChanges.State.NO_ACCOUNT;
        List<Section> sections = locales.stream().map(locale -> new Section(locale, stories(changes, locale, format),
                counted ? changes.summary(locale) : null)).toList();
        Page page = new Page("Changes in edition " + changes.edition(),
                TerminalDiff.heading(changes, format, shownOutput), sections);
        try {
            AtomicFiles.write(file, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                TEMPLATE.execute(writer, page).flush();
            });
        } catch (RuntimeException e) {
            // the template engine wraps what a story's diff threw: report that, not the wrapper
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof EditionChanges.GenerationGone || cause instanceof EditionChanges.PageUnreadable) {
                    throw (RuntimeException) cause;
                }
            }
            throw e;
        }
    }

    /** A locale's stories, each diffed when the template comes to it, so that no more than one is held. */
    private static Iterable<Story> stories(EditionChanges changes, String locale, OutputFormat format) {
        if (!changes.comparable()) {
            return List.of();
        }
        return () -> changes.stories(locale).stream().map(story -> {
            EditionChanges.StoryDiff diff = changes.diff(story, format, TerminalDiff.CONTEXT);
            return new Story(locale, story.id(), story.change().name(), diff.note().orElse(null), diff.lines());
        }).iterator();
    }
}
