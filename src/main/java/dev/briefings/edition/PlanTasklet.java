package dev.briefings.edition;

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
import java.util.stream.Stream;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import dev.briefings.data.Json;
import dev.briefings.events.EventRecord;
import dev.briefings.events.RecordSet;
import dev.briefings.events.Rejection;

/**
 * Gathers the checked records, runs the checks across records (duplicate ids, background that is
 * missing or loops), picks the edition's stories and orders them: priority first, then the most
 * recent. Writes the plan and the accepted records for the render step.
 */
public class PlanTasklet implements Tasklet {

    /** Keys of the counts the plan step keeps in its execution context, for {@code briefings status}. */
    static final String RECORDS = "plan.records";
    static final String STORIES = "plan.stories";
    static final String REJECTED = "plan.rejected";

    private final EditionPaths paths;
    private final ZoneId newsroom;

    public PlanTasklet(EditionPaths paths, ZoneId newsroom) {
        this.paths = paths;
        this.newsroom = newsroom;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        List<EventRecord> valid = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        Set<String> rejectedIds = new HashSet<>();
        int read = 0;
        for (IngestItem.Staged item : staged(paths.ingest())) {
            read++;
            if (item.record() != null) {
                valid.add(item.record());
            } else {
                rejected.add(item.rejection());
                item.rejection().id().ifPresent(rejectedIds::add);
            }
        }
        RecordSet records = RecordSet.resolve(valid, rejectedIds);
        rejected.addAll(records.rejections());
        rejected.sort(Comparator.comparing(Rejection::source)
                .thenComparingInt(r -> r.position().line())
                .thenComparingInt(r -> r.position().column()));

        LocalDate edition = paths.edition();
        List<EventRecord> stories = records.storiesOf(edition, newsroom);
        Set<String> background = new LinkedHashSet<>();
        for (EventRecord story : stories) {
            records.backgroundOf(story).forEach(b -> background.add(b.id()));
        }
        stories.forEach(s -> background.remove(s.id()));
        int other = records.size() - stories.size() - background.size();

        List<EventRecord> accepted = valid.stream().filter(r -> records.find(r.id()).orElse(null) == r).toList();
        AtomicFiles.write(paths.records(), Json.bytes(accepted));
        Plan plan = new Plan(stories.stream().map(EventRecord::id).toList(), rejected,
                new Plan.Counts(read, stories.size(), background.size(), other, rejected.size()));
        AtomicFiles.write(paths.plan(), Json.bytes(plan));
        var context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
        context.putInt(RECORDS, read);
        context.putInt(STORIES, stories.size());
        context.putInt(REJECTED, rejected.size());
        contribution.incrementReadCount();
        return RepeatStatus.FINISHED;
    }

    /** The staged items in reading order. */
    static List<IngestItem.Staged> staged(Path folder) throws IOException {
        List<IngestItem.Staged> items = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return items;
        }
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path file : listing.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                items.addAll(List.of(Json.read(file, IngestItem.Staged[].class)));
            }
        }
        items.sort(Comparator.comparingLong(IngestItem.Staged::ordinal));
        return items;
    }
}
