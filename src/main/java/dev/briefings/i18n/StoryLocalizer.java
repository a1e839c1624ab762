package dev.briefings.i18n;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.briefings.events.Count;
import dev.briefings.events.EventDate;
import dev.briefings.events.EventKind;
import dev.briefings.events.EventRecord;
import dev.briefings.events.Quote;

/**
 * Tells stories in one locale: formats the kind's messages with the record's participants in the
 * right case and mention (title and full name first, surname after), dates relative to the
 * edition, counts, attributes and quotes, and joins the sentences into paragraphs.
 * <p>
 * A sentence other than the lede is left out when a role, count or attribute it names is absent
 * from the record; that is how a kind's optional details come and go with the data. A story
 * with background also gets its timeline: each background event's date label and headline (or
 * its kind's {@code timeline} line), in time order, then the story itself.
 * Built once per locale and run; not thread-safe (ICU formatters are not).
 */
public final class StoryLocalizer {

    private static final String SENTENCE_SEPARATOR = " ";
    private static final String PLURAL_GENDER = "plural";
    /** A value the record leaves out: never passed to a message, so that nothing stands in for it. */
    private static final Object ABSENT = new Object();

    /** A message asked for a value the record leaves out; the record cannot be told. */
    public static final class MissingValue extends IllegalStateException {
        MissingValue(String message) {
            super(message);
        }
    }

    /**
     * How a sentence mentions entities: tracked prose (full name first, short after), a headline
     * or dateline (headline forms), or a label line such as the source (full names, untracked).
     */
    private enum Voice { PROSE, HEADLINE, LABEL }

    private final Translations translations;
    private final LocaleBundle bundle;
    private final EntityNames names;
    private final Measures measures;

    public StoryLocalizer(Translations translations, String locale) {
        this.translations = translations;
        this.bundle = translations.locale(locale);
        this.names = translations.names(locale);
        this.measures = new Measures(bundle.locale());
    }

    public LocaleBundle bundle() {
        return bundle;
    }

    /** The edition's title, such as "News briefing — Friday, November 20, 2020". */
    public String editionTitle(LocalDate edition) {
        Map<String, Object> args = new HashMap<>();
        args.put("edition", bundle.dates().calendar(edition));
        return Typography.clean(bundle.messages().get("edition.title").format(args)).strip();
    }

    /** The locale's {@code ui.*} messages, keyed without the prefix, for template labels. */
    public Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : bundle.messages().keys()) {
            if (key.startsWith("ui.")) {
                labels.put(key.substring(3), Typography.clean(bundle.messages().get(key).format(Map.of())).strip());
            }
        }
        return labels;
    }

    /**
     * Tells one story with its background.
     *
     * @param story      the story's record
     * @param background the records its background names, in the order it names them
     * @param edition    the edition date, which relative dates are measured from
     */
    public LocalizedStory localize(EventRecord story, List<EventRecord> background, LocalDate edition) {
        Telling telling = new Telling(edition);
        EventKind kind = translations.kinds().get(story.kind());
        String headline = telling.sentence(story, kind, message(kind, EventKind.HEADLINE), Voice.HEADLINE);
        String dateline = telling.sentence(story, kind, bundle.messages().get("story.dateline"), Voice.HEADLINE);

        List<String> body = new ArrayList<>();
        body.add(telling.paragraph(story, kind, kind.sentences()));
        telling.quote(story, kind).ifPresent(body::add);

        List<String> context = new ArrayList<>();
        List<TimelineEntry> timeline = new ArrayList<>();
        // a timeline that crosses a year gives every label its year: «январь» after «2020 год» would
        // read as January 2020
        Set<Integer> years = new HashSet<>();
        years.add(story.date().date().getYear());
        background.forEach(earlier -> years.add(earlier.date().date().getYear()));
        boolean withYears = years.size() > 1;
        for (EventRecord earlier : background) {
            EventKind earlierKind = translations.kinds().get(earlier.kind());
            List<String> sentences = new ArrayList<>();
            sentences.add(telling.paragraph(earlier, earlierKind, List.of(EventKind.LEDE)));
            telling.quote(earlier, earlierKind).ifPresent(sentences::add);
            context.add(String.join(SENTENCE_SEPARATOR, sentences));
            Message caption = bundle.messages().find(earlierKind.id() + "." + EventKind.TIMELINE)
                    .orElseGet(() -> message(earlierKind, EventKind.HEADLINE));
            timeline.add(timelineEntry(earlier.date(), telling.sentence(earlier, earlierKind, caption, Voice.HEADLINE),
                    edition, false, withYears));
        }
        if (!timeline.isEmpty()) {
            // Background comes before the story by definition; a month or a year sorts by its end,
            // after the days it holds ("9 августа", "27 августа", then "август").
            timeline.sort(Comparator.comparing(entry -> periodEnd(entry.date())));
            timeline.add(timelineEntry(story.date(), headline, edition, true, withYears));
        }

        Optional<String> source = story.source().isPresent()
                ? Optional.of(telling.sentence(story, kind, bundle.messages().get("story.source"), Voice.LABEL))
                : Optional.empty();
        return new LocalizedStory(story.id(), bundle.id(), headline, dateline, body, context, source, timeline,
                List.copyOf(telling.fallbacks));
    }

    private TimelineEntry timelineEntry(EventDate date, String caption, LocalDate edition, boolean current,
            boolean withYear) {
        String phrase = withYear ? bundle.dates().phraseWithYear(DatePhrases.LABEL, date, edition)
                : bundle.dates().phrase(DatePhrases.LABEL, date, edition);
        String label = Typography.clean(phrase).strip();
        return new TimelineEntry(date, label, caption, current);
    }

    private static LocalDate periodEnd(EventDate date) {
        LocalDate day = date.date();
        return switch (date.precision()) {
            case DAY -> day;
            case MONTH -> day.withDayOfMonth(day.lengthOfMonth());
            case YEAR -> day.withDayOfYear(day.lengthOfYear());
        };
    }

    private Message message(EventKind kind, String name) {
        return bundle.messages().get(kind.id() + "." + name);
    }

    /** One story being told: who has been mentioned so far, and the fallbacks used. */
    private final class Telling {

        private final LocalDate edition;
        private final Set<String> mentioned = new HashSet<>();
        private final Set<Fallback> fallbacks = new LinkedHashSet<>();

        Telling(LocalDate edition) {
            this.edition = edition;
        }

        String paragraph(EventRecord record, EventKind kind, List<String> sentenceNames) {
            List<String> sentences = new ArrayList<>();
            for (String name : sentenceNames) {
                Message message = message(kind, name);
                if (!name.equals(EventKind.LEDE) && namesSomethingAbsent(record, kind, message)) {
                    continue;
                }
                sentences.add(sentence(record, kind, message, Voice.PROSE));
            }
            return String.join(SENTENCE_SEPARATOR, sentences);
        }

        Optional<String> quote(EventRecord record, EventKind kind) {
            if (record.quote().isEmpty()) {
                return Optional.empty();
            }
            Quote quote = record.quote().get();
            if (quote.in(bundle.id()).isEmpty()) {
                fallbacks.add(new Fallback(bundle.id(), record.id(), "quote left out: the record has no " + bundle.id()
                        + " text (it has " + String.join(", ", quote.text().keySet().stream().sorted().toList()) + ")"));
                return Optional.empty();
            }
            return Optional.of(sentence(record, kind, bundle.messages().get("story.quote"), Voice.PROSE));
        }

        private boolean namesSomethingAbsent(EventRecord record, EventKind kind, Message message) {
            for (String argument : message.arguments()) {
                ArgumentScope.Name name = ArgumentScope.Name.parse(argument);
                String head = name.head();
                if (kind.roles().containsKey(head) && record.role(head).isEmpty()
                        || kind.counts().containsKey(head) && !record.counts().containsKey(head)
                        || kind.attributes().containsKey(argument) && !record.attributes().containsKey(argument)
                        || head.equals("citing") && record.source().flatMap(s -> s.citing()).isEmpty()
                        || (head.equals("source") || head.equals("reported")) && record.source().isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        String sentence(EventRecord record, EventKind kind, Message message, Voice voice) {
            Map<String, Object> args = new HashMap<>();
            Set<String> referenced = new LinkedHashSet<>();
            Set<String> absent = new LinkedHashSet<>();
            for (String argument : message.arguments()) {
                Object value = resolve(argument, record, kind, voice, referenced, message);
                if (value == ABSENT) {
                    absent.add(argument);
                } else {
                    args.put(argument, value);
                }
            }
            String formatted = message.format(args);
            for (String argument : absent) {
                if (formatted.contains("{" + argument + "}")) {
                    throw new MissingValue(record.id() + ": " + message.location() + ": message '" + message.key()
                            + "' tells {" + argument + "}, which the record leaves out");
                }
            }
            String text = Typography.clean(formatted).strip();
            if (voice == Voice.PROSE) {
                mentioned.addAll(referenced);
            }
            return bundle.typography().capitalize(text);
        }

        private Object resolve(String argument, EventRecord record, EventKind kind, Voice voice, Set<String> referenced,
                Message message) {
            if (ArgumentScope.QUOTE_TEXTS.contains(argument) || argument.equals("quote_end")) {
                return quoteArgument(argument, record.quote().orElseThrow());
            }
            ArgumentScope.Name name = ArgumentScope.Name.parse(argument);
            Optional<List<String>> subject = subject(name.head(), record, kind);
            if (subject.isPresent()) {
                return entityArgument(subject.get(), name.suffix(), voice, referenced);
            }
            if (name.head().equals("date") || name.head().equals("reported")) {
                Optional<EventDate> date = name.head().equals("date") ? Optional.of(record.date())
                        : record.source().map(s -> EventDate.day(s.reported()));
                if (date.isEmpty()) {
                    return ABSENT;
                }
                return name.suffix() == null ? bundle.dates().calendar(date.get().date())
                        : bundle.dates().phrase(name.suffix(), date.get(), edition);
            }
            if (kind.counts().containsKey(name.head())) {
                Count count = record.counts().get(name.head());
                if ("approx".equals(name.suffix())) {
                    return count == null ? ArgumentScope.NONE : count.approximation().key();
                }
                if ("known".equals(name.suffix())) {
                    return count == null ? "no" : "yes";
                }
                if (count == null) {
                    return ABSENT; // never 0: left out of the arguments, and the text is checked for it
                }
                return name.suffix() == null ? count.number() : measures.format(kind.counts().get(name.head()), count);
            }
            if (kind.attributes().containsKey(argument)) {
                return record.attributes().getOrDefault(argument, ArgumentScope.NONE);
            }
            throw new IllegalStateException(message.location() + ": message '" + message.key() + "' uses {" + argument
                    + "}, which a " + kind.id() + " record does not provide");
        }

        /** The entities an argument's head refers to, if it names a subject. */
        private Optional<List<String>> subject(String head, EventRecord record, EventKind kind) {
            return switch (head) {
                case "place" -> Optional.of(List.of(record.place()));
                case "source" -> Optional.of(record.source().map(s -> List.of(s.agency())).orElse(List.of()));
                case "citing" -> Optional.of(record.source().flatMap(s -> s.citing()).map(List::of).orElse(List.of()));
                case "speaker" -> Optional.of(record.quote().map(q -> List.of(q.speaker())).orElse(List.of()));
                default -> kind.roles().containsKey(head) ? Optional.of(record.role(head)) : Optional.empty();
            };
        }

        private Object entityArgument(List<String> ids, String suffix, Voice voice, Set<String> referenced) {
            if ("count".equals(suffix)) {
                return ids.size();
            }
            List<EntityNames.Named> entities = new ArrayList<>();
            for (String id : ids) {
                EntityNames.Named named = names.resolve(id);
                fallbacks.addAll(named.fallbacks());
                entities.add(named);
            }
            if ("gender".equals(suffix)) {
                return entities.size() > 1 ? PLURAL_GENDER
                        : entities.isEmpty() ? EntityNames.UNKNOWN_GENDER : entities.get(0).gender();
            }
            if (ids.isEmpty()) {
                return ABSENT;
            }
            referenced.addAll(ids);
            if ("in".equals(suffix)) {
                return bundle.and().format(entities.stream()
                        .map(voice == Voice.HEADLINE ? EntityNames.Named::inHeadline : EntityNames.Named::in).toList());
            }
            boolean nameOnly = suffix != null && (suffix.equals(ArgumentScope.NAME) || suffix.startsWith(ArgumentScope.NAME + "_"));
            String grammaticalCase = suffix == null || suffix.equals(ArgumentScope.NAME) ? bundle.settings().baseCase()
                    : nameOnly ? suffix.substring(ArgumentScope.NAME.length() + 1) : suffix;
            List<String> forms = new ArrayList<>();
            for (EntityNames.Named entity : entities) {
                EntityNames.Mode mode = mode(entity.id(), voice);
                if (nameOnly && mode == EntityNames.Mode.FIRST) {
                    mode = EntityNames.Mode.NAME_FIRST;
                }
                forms.add(entity.forms(mode).in(grammaticalCase));
            }
            return bundle.and().format(forms);
        }

        private EntityNames.Mode mode(String id, Voice voice) {
            return switch (voice) {
                case HEADLINE -> EntityNames.Mode.HEADLINE;
                case LABEL -> EntityNames.Mode.FIRST;
                case PROSE -> mentioned.contains(id) ? EntityNames.Mode.LATER : EntityNames.Mode.FIRST;
            };
        }

        private Object quoteArgument(String argument, Quote quote) {
            Typography typography = bundle.typography();
            String text = quote.in(bundle.id()).orElseThrow();
            String end = text.endsWith("...") || text.endsWith("…") ? "ellipsis"
                    : text.endsWith("?") ? "question"
                    : text.endsWith("!") ? "exclamation"
                    : text.endsWith(".") ? "stop" : ArgumentScope.NONE;
            return switch (argument) {
                case "quote" -> typography.nestQuotes("stop".equals(end) ? text.substring(0, text.length() - 1) : text);
                case "quote_open" -> typography.quoteOpen();
                case "quote_close" -> typography.quoteClose();
                default -> end;
            };
        }
    }
}
