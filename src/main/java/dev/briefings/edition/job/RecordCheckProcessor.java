package dev.briefings.edition.job;

import java.util.Optional;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import dev.briefings.data.FieldProblem;
import dev.briefings.events.EventRecord;
import dev.briefings.events.RawRecord;
import dev.briefings.events.RecordValidator;
import dev.briefings.events.Rejection;
import dev.briefings.i18n.StoryNeeds;

/**
 * Validates each parsed record, and that every locale can tell it; a record that fails becomes a
 * rejection, never an error.
 */
public class RecordCheckProcessor implements ItemProcessor<IngestItem, IngestItem> {

    private final RecordValidator validator;
    private final StoryNeeds needs;

    public RecordCheckProcessor(RecordValidator validator, StoryNeeds needs) {
        this.validator = validator;
        this.needs = needs;
    }

    @Override
    public IngestItem process(IngestItem item) {
        if (item.raw().isEmpty()) {
            return item;
        }
        RawRecord raw = item.raw().get();
        try {
            EventRecord record = validator.validate(raw.node(), raw.origin());
            Optional<String> untellable = needs.problem(record);
            if (untellable.isPresent()) {
                return IngestItem.rejected(item.ordinal(), new Rejection(raw.origin().file(), raw.origin().position(),
                        Optional.of(record.id()), untellable.get()));
            }
            return IngestItem.accepted(item.ordinal(), record);
        } catch (FieldProblem problem) {
            Optional<String> id = RecordValidator.idOf(raw.node());
            return IngestItem.rejected(item.ordinal(), new Rejection(raw.origin().file(), problem.position(), id,
                    problem.describe()));
        }
    }
}
