package dev.briefings.edition.publish;

import java.util.List;
import java.util.Set;

import dev.briefings.events.Rejection;

/**
 * What the plan step decided: the edition's stories in publication order, the ids of records
 * the checks across records excluded, every record rejected, and how the records read divide up,
 * so that each one is accounted for.
 */
public record Plan(List<String> stories, Set<String> excluded, List<Rejection> rejected, Counts counts) {

    /** Every record read is a story, background to a story, for another edition, or rejected. */
    public record Counts(int read, int stories, int background, int otherEditions, int rejected) {
    }

    public Plan {
        stories = List.copyOf(stories);
        excluded = Set.copyOf(excluded);
        rejected = List.copyOf(rejected);
    }
}
