package dev.briefings.edition.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import dev.briefings.data.Json;
import dev.briefings.events.EventRecord;
import dev.briefings.events.RecordSet;
import dev.briefings.events.Rejection;
import dev.briefings.edition.publish.AtomicFiles;
import dev.briefings.edition.runs.JobKeys;
import dev.briefings.edition.publish.EditionPaths;
import dev.briefings.edition.publish.Plan;

/**
 * Runs the checks across records (duplicate ids, background that is missing or loops), picks the
 * edition's stories and orders them: priority first, then the most recent. It holds only each
 * record's summary, and keeps in full only the records that stories name as background, so its
 * memory stays small whatever the size of the edition.
 */
public class PlanTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(PlanTasklet.class);

    private final EditionPaths paths;
    private final ZoneId newsroom;

    public PlanTasklet(EditionPaths paths, ZoneId newsroom) {
        this.paths = paths;
        this.newsroom = newsroom;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        List<EventRecord> summaries = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        List<Rejection> elsewhere = new ArrayList<>();
        Set<String> rejectedIds = new HashSet<>();
        StagedChunks.forEachItem(stagedChunks(paths.ingest()), item -> {
            if (item.record() != null) {
                summaries.add(item.record().summary());
            } else {
                (item.otherEdition() ? elsewhere : rejected).add(item.rejection());
                item.rejection().id().ifPresent(rejectedIds::add);
            }
        });
        int read = summaries.size() + rejected.size() + elsewhere.size();
        RecordSet records = RecordSet.resolve(summaries, rejectedIds);
        Set<String> excluded = new TreeSet<>();
        LocalDate edition = paths.edition();
        for (RecordSet.Rejected failed : records.rejected()) {
            excluded.add(failed.record().id());
            (failed.record().belongsTo(edition) ? rejected : elsewhere).add(failed.rejection());
        }

        List<EventRecord> stories = records.storiesOf(edition, newsroom);
        Set<String> background = new LinkedHashSet<>();
        Set<String> named = new HashSet<>();
        for (EventRecord story : stories) {
            records.backgroundOf(story).forEach(b -> background.add(b.id()));
            named.addAll(story.background());
        }
        // another edition's rejected record that a story of this one names as background is this
        // edition's business too: the story goes out without it
        elsewhere.removeIf(other -> {
            boolean ours = other.id().isPresent() && named.contains(other.id().get());
            if (ours) {
                rejected.add(other);
            }
            return ours;
        });
        rejected.sort(Comparator.comparing(Rejection::source)
                .thenComparingInt(r -> r.position().line())
                .thenComparingInt(r -> r.position().column()));
        if (!elsewhere.isEmpty()) {
            LOG.info("{} rejected record(s) of other editions are not listed in this one (their own editions list them)",
                    elsewhere.size());
        }
        Set<String> storyIds = new HashSet<>();
        stories.forEach(s -> storyIds.add(s.id()));
        int backgroundOnly = (int) background.stream().filter(id -> !storyIds.contains(id)).count();
        int other = records.size() - stories.size() - backgroundOnly + elsewhere.size();

        AtomicFiles.write(paths.background(), Json.bytes(fullRecords(background, excluded)));
        Plan plan = new Plan(stories.stream().map(EventRecord::id).toList(), excluded, rejected,
                new Plan.Counts(read, stories.size(), backgroundOnly, other, rejected.size()));
        AtomicFiles.write(paths.plan(), Json.bytes(plan));
        var context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
        context.putInt(JobKeys.PLAN_RECORDS, read);
        context.putInt(JobKeys.PLAN_STORIES, stories.size());
        context.putInt(JobKeys.PLAN_REJECTED, rejected.size());
        // in the job's context too, which a resumed run inherits: its render step shows the total
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putInt(JobKeys.PLAN_STORIES, stories.size());
        contribution.incrementReadCount();
        return RepeatStatus.FINISHED;
    }

    /** The full records of the given ids, read again from the staging files. */
    private List<EventRecord> fullRecords(Set<String> ids, Set<String> excluded) throws IOException {
        List<EventRecord> found = new ArrayList<>();
        if (ids.isEmpty()) {
            return found;
        }
        StagedChunks.forEachItem(stagedChunks(paths.ingest()), item -> {
            if (item.record() != null && ids.contains(item.record().id()) && !excluded.contains(item.record().id())) {
                found.add(item.record());
            }
        });
        return found;
    }

    /** The ingest step's staging files, in reading order. */
    static List<Path> stagedChunks(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }
}
