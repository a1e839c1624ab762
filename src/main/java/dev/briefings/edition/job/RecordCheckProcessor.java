package dev.briefings.edition.job;

import java.util.Optional;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import dev.briefings.data.FieldProblem;
import dev.briefings.events.RawRecord;
import dev.briefings.events.RecordValidator;
import dev.briefings.events.Rejection;

/** Validates each parsed record; a record that fails becomes a rejection, never an error. */
public class RecordCheckProcessor implements ItemProcessor<IngestItem, IngestItem> {

    private final RecordValidator validator;

    public RecordCheckProcessor(RecordValidator validator) {
        this.validator = validator;
    }

    @Override
    public IngestItem process(IngestItem item) {
        if (item.raw().isEmpty()) {
            return item;
        }
        RawRecord raw = item.raw().get();
        try {
            return IngestItem.accepted(item.ordinal(), validator.validate(raw.node(), raw.origin()));
        } catch (FieldProblem problem) {
            Optional<String> id = RecordValidator.idOf(raw.node());
            return IngestItem.rejected(item.ordinal(), new Rejection(raw.origin().file(), problem.position(), id,
                    problem.describe()));
        }
    }
}
