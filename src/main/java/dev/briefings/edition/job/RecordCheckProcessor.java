package dev.briefings.edition.job;

import java.time.LocalDate;
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
 * rejection, never an error. A rejection is marked as another edition's when the record's own
 * fields say it is not a story of this one: one bad record of tomorrow's must not make every
 * edition "published with rejected records".
 */
public class RecordCheckProcessor implements ItemProcessor<IngestItem, IngestItem> {

    private final RecordValidator validator;
    private final StoryNeeds needs;
    private final LocalDate edition;

    public RecordCheckProcessor(RecordValidator validator, StoryNeeds needs, LocalDate edition) {
        this.validator = validator;
        this.needs = needs;
        this.edition = edition;
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
                        Optional.of(record.id()), untellable.get()), !record.belongsTo(edition));
            }
            return IngestItem.accepted(item.ordinal(), record);
        } catch (FieldProblem problem) {
            Optional<String> id = RecordValidator.idOf(raw.node());
            return IngestItem.rejected(item.ordinal(), new Rejection(raw.origin().file(), problem.position(), id,
                    problem.describe()), RecordValidator.elsewhere(raw.node(), edition));
        }
    }
}
