package dev.briefings.edition.job;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import dev.briefings.edition.runs.JobKeys;

/**
 * Shows a step's progress as it writes: on a terminal a bar redrawn in place (done, total,
 * briefs, rate, time left), elsewhere a plain log line every few seconds, and in both a last
 * line when the step ends. The render step knows its total from the plan step; the ingest step
 * counts without one.
 */
final class ProgressListener implements ItemWriteListener<Object>, StepExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressListener.class);
    static final long LINE_INTERVAL_NANOS = 3_000_000_000L;
    static final long BAR_INTERVAL_NANOS = 100_000_000L;
    static final int BAR_CELLS = 20;

    private final String step;
    private final String unit;
    private final boolean rendering;
    private final LongSupplier clock;
    private ProgressDisplay.Mode mode;
    private PrintWriter terminal;
    private long total;
    /** Items an earlier attempt of the step committed (a resumed run): counted, but not in the rate. */
    private long doneBefore;
    private long briefsPerStory;
    private long done;
    private long started;
    private long lastShown;

    /**
     * @param step      the step's name, as the line starts
     * @param unit      what it counts ("records checked", "stories")
     * @param rendering whether it renders stories (then its total and briefs are known)
     */
    ProgressListener(String step, String unit, boolean rendering) {
        this(step, unit, rendering, System::nanoTime);
    }

    ProgressListener(String step, String unit, boolean rendering, LongSupplier clock) {
        this.step = step;
        this.unit = unit;
        this.rendering = rendering;
        this.clock = clock;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        long stories = -1;
        long briefs = 0;
        long before = 0;
        if (rendering) {
            // The plan step of this execution knows the total, and a resumed run's job context kept it;
            // a resumed render step goes on from the stories its committed chunks hold.
            stories = stepExecution.getJobExecution().getStepExecutions().stream()
                    .filter(s -> s.getStepName().equals("plan"))
                    .mapToLong(s -> s.getExecutionContext().getInt(JobKeys.PLAN_STORIES, -1)).findFirst()
                    .orElse(stepExecution.getJobExecution().getExecutionContext().getInt(JobKeys.PLAN_STORIES, -1));
            var parameters = stepExecution.getJobExecution().getJobParameters();
            briefs = count(parameters.getString(JobKeys.LOCALES))
                    * count(parameters.getString(JobKeys.FORMATS));
            before = stepExecution.getExecutionContext().getInt(JobKeys.RENDER_COUNT, 0);
        }
        start(stories, briefs);
        done = before;
        doneBefore = before;
    }

    /** Starts counting, with the step's total (-1 when unknown) and the briefs each item makes. */
    void start(long stepTotal, long briefsPerItem) {
        mode = ProgressDisplay.mode();
        terminal = ProgressDisplay.terminal();
        done = 0;
        doneBefore = 0;
        total = stepTotal;
        briefsPerStory = briefsPerItem;
        started = clock.getAsLong();
        lastShown = started;
    }

    private static long count(String list) {
        return list == null || list.isBlank() ? 0 : list.split(",").length;
    }

    @Override
    public void afterWrite(Chunk<?> items) {
        done += items.size();
        long now = clock.getAsLong();
        if (mode == ProgressDisplay.Mode.BAR && now - lastShown >= BAR_INTERVAL_NANOS) {
            lastShown = now;
            // The cursor is left at the start of the line, so a log line written meanwhile (a stop
            // request, say) overwrites the bar instead of running on after it.
            terminal.print("\r" + bar(now) + "\u001b[K\r");
            terminal.flush();
        } else if (mode == ProgressDisplay.Mode.LINES && now - lastShown >= LINE_INTERVAL_NANOS) {
            lastShown = now;
            LOG.info(line(now, false));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        long now = clock.getAsLong();
        if (mode == ProgressDisplay.Mode.BAR && done > 0) {
            terminal.println("\r" + bar(now) + "\u001b[K");
        } else if (mode == ProgressDisplay.Mode.LINES && now - started >= LINE_INTERVAL_NANOS) {
            BatchStatus status = stepExecution == null ? BatchStatus.COMPLETED : stepExecution.getStatus();
            LOG.info(line(now, status == BatchStatus.COMPLETED ? "done in"
                    : status == BatchStatus.STOPPED ? "stopped after" : "ended after"));
        }
        return null;
    }

    /** The bar: "render [#########-----------]  45%  4,500/10,000 stories  27,000 briefs  3,000/s  4 s left". */
    String bar(long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        StringBuilder text = new StringBuilder(step).append(' ');
        if (total > 0) {
            int filled = (int) Math.min(BAR_CELLS, done * BAR_CELLS / total);
            text.append('[').append("#".repeat(filled)).append("-".repeat(BAR_CELLS - filled)).append(']')
                    .append(String.format(Locale.ROOT, " %3d%%  ", Math.min(100, done * 100 / total)))
                    .append(number(done)).append('/').append(number(total));
        } else {
            text.append(number(done));
        }
        text.append(' ').append(unit);
        if (briefsPerStory > 0) {
            text.append("  ").append(number(done * briefsPerStory)).append(" briefs");
        }
        double rate = (done - doneBefore) / seconds;
        text.append("  ").append(number(Math.round(rate))).append("/s");
        if (total > 0 && done > doneBefore && done < total) {
            text.append("  ").append(duration((total - done) / rate)).append(" left");
        }
        return text.toString();
    }

    /**
     * The plain line: "render: 4,500 of 10,000 stories (45%), 27,000 briefs, 3,000 per second, about
     * 4 s left"; when the step has finished, "…, done in 3 s".
     */
    String line(long now, boolean finished) {
        return line(now, finished ? "done in" : null);
    }

    /** The plain line; {@code ending} ("done in", "stopped after") when the step has ended. */
    String line(long now, String ending) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        double rate = (done - doneBefore) / seconds;
        StringBuilder text = new StringBuilder(step).append(": ").append(number(done));
        if (total > 0) {
            text.append(" of ").append(number(total));
        }
        text.append(' ').append(unit);
        if (total > 0) {
            text.append(" (").append(Math.min(100, done * 100 / total)).append("%)");
        }
        if (briefsPerStory > 0) {
            text.append(", ").append(number(done * briefsPerStory)).append(" briefs");
        }
        text.append(", ").append(number(Math.round(rate))).append(" per second");
        if (ending != null) {
            text.append(", ").append(ending).append(' ').append(duration(seconds));
        } else if (total > 0 && done > doneBefore && done < total) {
            text.append(", about ").append(duration((total - done) / rate)).append(" left");
        } else {
            text.append(", ").append(duration(seconds)).append(" so far");
        }
        return text.toString();
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String duration(double seconds) {
        long whole = Math.round(seconds);
        if (whole < 1) {
            return "<1 s";
        }
        if (whole < 60) {
            return whole + " s";
        }
        return String.format(Locale.ROOT, "%d min %02d s", whole / 60, whole % 60);
    }
}
