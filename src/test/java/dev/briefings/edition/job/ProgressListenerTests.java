package dev.briefings.edition.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import dev.briefings.edition.runs.JobKeys;

/** The progress bar on a terminal and the plain lines elsewhere, on a clock the test moves. */
class ProgressListenerTests {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final StringWriter terminal = new StringWriter();

    @AfterEach
    void resetDisplay() {
        ProgressDisplay.reset();
    }

    private ProgressListener rendering(ProgressDisplay.Mode mode) {
        ProgressDisplay.use(mode, new PrintWriter(terminal, true));
        ProgressListener listener = new ProgressListener("render", "stories", true, now::get);
        listener.start(10_000, 6);
        return listener;
    }

    private void write(ProgressListener listener, int stories, long millisLater) {
        now.addAndGet(millisLater * 1_000_000L);
        listener.afterWrite(new Chunk<>(Collections.nCopies(stories, "story")));
    }

    @Test
    void bar_isRedrawnInPlace_withDoneTotalBriefsRateAndTimeLeft() {
        ProgressListener listener = rendering(ProgressDisplay.Mode.BAR);

        write(listener, 5_000, 2_000);

        assertThat(terminal.toString()).isEqualTo(
                "\rrender [##########----------]  50%  5,000/10,000 stories  30,000 briefs  2,500/s  2 s left\u001b[K\r");
    }

    @Test
    void bar_isDrawnAtMostTenTimesASecond_andEndsWithTheFinalStateOnItsOwnLine() {
        ProgressListener listener = rendering(ProgressDisplay.Mode.BAR);

        write(listener, 200, 150);
        write(listener, 200, 10);
        write(listener, 200, 10);
        write(listener, 9_400, 1_000);
        listener.afterStep(null);

        String[] draws = terminal.toString().split("\r+", -1);
        assertThat(draws).hasSize(4); // nothing before the first \r, two draws, the final one
        assertThat(draws[1]).contains("200/10,000");
        assertThat(draws[2]).contains("10,000/10,000");
        assertThat(draws[3]).startsWith("render [####################] 100%  10,000/10,000 stories  60,000 briefs")
                .doesNotContain("left").endsWith("\u001b[K" + System.lineSeparator());
    }

    @Test
    void withoutATotal_theBarCounts() {
        ProgressDisplay.use(ProgressDisplay.Mode.BAR, new PrintWriter(terminal, true));
        ProgressListener listener = new ProgressListener("ingest", "records checked", false, now::get);
        listener.start(-1, 0);

        write(listener, 4_000, 500);

        assertThat(terminal.toString()).isEqualTo("\ringest 4,000 records checked  8,000/s\u001b[K\r");
    }

    @Test
    void lines_sayTheSameInWords_andLeaveTheTerminalAlone() {
        ProgressListener listener = rendering(ProgressDisplay.Mode.LINES);

        write(listener, 2_500, 4_000);
        listener.afterStep(null);

        assertThat(terminal.toString()).isEmpty();
        assertThat(listener.line(now.get(), false))
                .isEqualTo("render: 2,500 of 10,000 stories (25%), 15,000 briefs, 625 per second, about 12 s left");
        assertThat(listener.line(now.get(), true)).endsWith(", 625 per second, done in 4 s");
    }

    @Test
    void aResumedRenderStep_countsFromWhereTheStoppedOneCommitted_andAStoppedStepSaysSo() {
        ProgressDisplay.use(ProgressDisplay.Mode.LINES, new PrintWriter(terminal, true));
        ProgressListener listener = new ProgressListener("render", "stories", true, now::get);
        JobExecution job = new JobExecution(2L, new JobInstance(1L, "briefing"), new JobParameters());
        // the plan ran in the stopped execution: the resumed one has its total from the job's context
        job.getExecutionContext().putInt(JobKeys.PLAN_STORIES, 10_000);
        StepExecution render = new StepExecution(3L, "render", job);
        render.getExecutionContext().putInt(JobKeys.RENDER_COUNT, 4_000);

        listener.beforeStep(render);
        write(listener, 1_000, 2_000);

        assertThat(listener.line(now.get(), false))
                .startsWith("render: 5,000 of 10,000 stories (50%), ").contains(", 500 per second, about 10 s left");
        render.setStatus(BatchStatus.STOPPED);
        assertThat(listener.line(now.get(), "stopped after")).endsWith(", 500 per second, stopped after 2 s");
    }

    @Test
    void none_showsNothing() {
        ProgressListener listener = rendering(ProgressDisplay.Mode.NONE);

        write(listener, 10_000, 5_000);
        listener.afterStep(null);

        assertThat(terminal.toString()).isEmpty();
    }

    @ParameterizedTest(name = "CI={0} tty={1} TERM={2}: {3}")
    @CsvSource({
        "true,  1, xterm, LINES",
        "'',    1, xterm, BAR",
        "false, 1, xterm, BAR",
        "'',    1, dumb,  LINES",
        "'',    0, xterm, LINES",
        "'',    '', '',   LINES"})
    void auto_drawsTheBarOnlyOnATerminal_outsideCI(String ci, String tty, String term, ProgressDisplay.Mode expected) {
        Map<String, String> environment = new java.util.HashMap<>();
        if (!ci.isEmpty()) {
            environment.put("CI", ci);
        }
        if (!tty.isEmpty()) {
            environment.put("BRIEFINGS_STDERR_TTY", tty);
        }
        if (!term.isEmpty()) {
            environment.put("TERM", term);
        }
        assertThat(ProgressDisplay.auto(environment)).isEqualTo(expected);
    }

    @Test
    void durations_readAsPeopleSayThem() {
        assertThat(ProgressListener.duration(0.3)).isEqualTo("<1 s");
        assertThat(ProgressListener.duration(42)).isEqualTo("42 s");
        assertThat(ProgressListener.duration(185)).isEqualTo("3 min 05 s");
    }
}
