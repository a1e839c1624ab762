package dev.briefings.events;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.briefings.data.FieldProblem;
import dev.briefings.data.MapReader;
import dev.briefings.data.Node;
import dev.briefings.data.ScalarNode;

/**
 * Turns one parsed record into an {@link EventRecord}, or explains with a {@link FieldProblem}
 * which field is wrong and why. Checks what one record can show on its own; checks across records
 * (duplicate ids, background that does not exist or loops) are made once all are read.
 */
public final class RecordValidator {

    /** Record ids: lower-case words joined by hyphens; they become file names, so nothing else. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    public static final int MAX_ID_LENGTH = 120;

    /** Longer than any quotation a brief prints; longer text is a mistake or an attack. */
    public static final int MAX_QUOTE_LENGTH = 5_000;

    /** Counts above this are not news figures (and would overflow how they are formatted). */
    static final java.math.BigDecimal MAX_COUNT = new java.math.BigDecimal("1e15");

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):([0-5]\\d)");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");
    private static final Set<String> PLACE_TYPES = Set.of("place", "country");
    private static final Set<String> FIELDS = Set.of("id", "kind", "date", "time", "timezone", "place",
            "participants", "counts", "attributes", "quote", "source", "background", "priority");

    private final KindCatalog kinds;
    private final Entities entities;

    public RecordValidator(KindCatalog kinds, Entities entities) {
        this.kinds = kinds;
        this.entities = entities;
    }

    /** The id written in a record, if it has a usable one, for reports about a record that failed. */
    public static Optional<String> idOf(Node node) {
        if (node instanceof dev.briefings.data.MapNode map) {
            return map.get("id").filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).text());
        }
        return Optional.empty();
    }

    /**
     * Whether a record that failed its checks is, by its own fields, clearly a story of another
     * edition than {@code edition}, or of none: its {@code source.reported} (or, without a source,
     * its {@code date}) can be read and names another day, or its date is only a month or a year.
     * False when those fields cannot be read: such a record may be any edition's, and every
     * edition lists it. (A record of another edition that a story of this one names as
     * background is listed all the same: the caller checks that.)
     */
    public static boolean elsewhere(Node node, LocalDate edition) {
        if (!(node instanceof dev.briefings.data.MapNode map)) {
            return false;
        }
        Optional<Node> source = map.get("source");
        if (source.isPresent()) {
            Optional<Node> reported = source.get() instanceof dev.briefings.data.MapNode sourceMap
                    ? sourceMap.get("reported") : Optional.empty();
            return reported.filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).text())
                    .flatMap(RecordValidator::day).map(day -> !day.equals(edition)).orElse(false);
        }
        Optional<String> date = map.get("date").filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).text());
        if (date.isEmpty()) {
            return false;
        }
        Matcher m = DATE.matcher(date.get());
        if (!m.matches()) {
            return false;
        }
        if (m.group(3) == null) {
            return true; // a month or a year: background only, never a story
        }
        return day(date.get()).map(day -> !day.equals(edition)).orElse(false);
    }

    private static Optional<LocalDate> day(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public EventRecord validate(Node node, Origin origin) throws FieldProblem {
        MapReader record = MapReader.of(node, "");
        record.allowOnly(FIELDS);

        String id = record.string("id");
        if (id.length() > MAX_ID_LENGTH || !ID.matcher(id).matches()) {
            throw new FieldProblem(record.positionOf("id"), "id", "'" + id + "' is not a valid id: use lower-case "
                    + "letters, digits and single hyphens (at most " + MAX_ID_LENGTH + " characters), "
                    + "such as 2020-11-19-minsk-agreement");
        }
        String kindId = record.string("kind");
        EventKind kind = kinds.find(kindId).orElseThrow(() -> new FieldProblem(record.positionOf("kind"), "kind",
                "unknown kind '" + kindId + "'; known kinds: " + String.join(", ", kinds.ids())));

        EventDate date = date(record);
        String place = entity(record.string("place"), PLACE_TYPES, record.positionOf("place"), "place");

        return new EventRecord(id, kindId, date, place,
                participants(record, kind),
                counts(record, kind),
                attributes(record, kind),
                quote(record),
                source(record),
                background(record, id),
                priority(record),
                origin);
    }

    private EventDate date(MapReader record) throws FieldProblem {
        String text = record.string("date");
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            throw new FieldProblem(record.positionOf("date"), "date",
                    "'" + text + "' is not a date; write YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known");
        }
        EventDate.Precision precision = m.group(3) != null ? EventDate.Precision.DAY
                : m.group(2) != null ? EventDate.Precision.MONTH : EventDate.Precision.YEAR;
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(m.group(1)),
                    m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new FieldProblem(record.positionOf("date"), "date", "'" + text + "' is not a real date ("
                    + e.getMessage() + ")");
        }
        Optional<LocalTime> time = Optional.empty();
        Optional<String> timeText = record.optionalString("time");
        if (timeText.isPresent()) {
            if (precision != EventDate.Precision.DAY) {
                throw new FieldProblem(record.positionOf("time"), "time", "a time needs a full date (YYYY-MM-DD)");
            }
            if (!TIME.matcher(timeText.get()).matches()) {
                throw new FieldProblem(record.positionOf("time"), "time",
                        "'" + timeText.get() + "' is not a time; write HH:MM on the 24-hour clock, in quotes");
            }
            time = Optional.of(LocalTime.parse(timeText.get()));
        }
        Optional<ZoneId> zone = Optional.empty();
        Optional<String> zoneText = record.optionalString("timezone");
        if (zoneText.isPresent()) {
            try {
                zone = Optional.of(ZoneId.of(zoneText.get()));
            } catch (DateTimeException e) {
                throw new FieldProblem(record.positionOf("timezone"), "timezone",
                        "'" + zoneText.get() + "' is not a time zone; use an IANA name such as Europe/Minsk");
            }
        }
        return new EventDate(date, precision, time, zone);
    }

    private Map<String, List<String>> participants(MapReader record, EventKind kind) throws FieldProblem {
        Map<String, List<String>> participants = new LinkedHashMap<>();
        Map<String, Node> given = record.entries("participants");
        for (Map.Entry<String, Node> entry : given.entrySet()) {
            String role = entry.getKey();
            String path = "participants." + role;
            EventKind.Role spec = kind.roles().get(role);
            if (spec == null) {
                throw new FieldProblem(entry.getValue().position(), path, "kind '" + kind.id() + "' has no role '" + role
                        + "'; its roles: " + String.join(", ", kind.roles().keySet()));
            }
            List<String> ids = MapReader.texts(entry.getValue(), path);
            if (ids.size() > spec.max()) {
                throw new FieldProblem(entry.getValue().position(), path,
                        "takes at most " + spec.max() + " entit" + (spec.max() == 1 ? "y" : "ies") + ", found " + ids.size());
            }
            if (ids.size() != Set.copyOf(ids).size()) {
                throw new FieldProblem(entry.getValue().position(), path, "names the same entity twice");
            }
            List<String> checked = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                checked.add(entity(ids.get(i), spec.types(), entry.getValue().position(),
                        ids.size() == 1 ? path : path + "[" + (i + 1) + "]"));
            }
            participants.put(role, checked);
        }
        for (EventKind.Role spec : kind.roles().values()) {
            int present = participants.getOrDefault(spec.name(), List.of()).size();
            if (present < spec.min()) {
                throw new FieldProblem(record.positionOf("participants"), "participants." + spec.name(),
                        "kind '" + kind.id() + "' needs at least " + spec.min() + " entit"
                                + (spec.min() == 1 ? "y" : "ies") + " in this role, found " + present);
            }
        }
        return participants;
    }

    private String entity(String id, Set<String> types, dev.briefings.data.Position position, String path)
            throws FieldProblem {
        Entities.Entity entity = entities.find(id).orElseThrow(() -> new FieldProblem(position, path,
                "unknown entity '" + id + "'; add it to translations/entities.yaml and the glossaries"));
        if (!types.contains(entity.type())) {
            String article = "aeiou".indexOf(entity.type().charAt(0)) >= 0 ? "an " : "a ";
            throw new FieldProblem(position, path, "'" + id + "' is " + article + entity.type() + "; this field takes "
                    + String.join(" or ", types.stream().sorted().toList()));
        }
        return id;
    }

    private Map<String, Count> counts(MapReader record, EventKind kind) throws FieldProblem {
        Map<String, Count> counts = new LinkedHashMap<>();
        for (Map.Entry<String, Node> entry : record.entries("counts").entrySet()) {
            String name = entry.getKey();
            String path = "counts." + name;
            if (!kind.counts().containsKey(name)) {
                throw new FieldProblem(entry.getValue().position(), path, "kind '" + kind.id() + "' has no count '" + name
                        + "'" + (kind.counts().isEmpty() ? "" : "; its counts: " + String.join(", ", kind.counts().keySet())));
            }
            EventKind.CountSpec spec = kind.counts().get(name);
            Node value = entry.getValue();
            Node at = value;
            Count.Approximation approximation = Count.Approximation.EXACT;
            Optional<String> unit = Optional.empty();
            if (value instanceof dev.briefings.data.MapNode) {
                MapReader count = MapReader.of(value, path).allowOnly(Set.of("value", "approximate", "unit", "currency"));
                String approx = count.optionalString("approximate").orElse("exact");
                try {
                    approximation = Count.Approximation.valueOf(approx.toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new FieldProblem(count.positionOf("approximate"), path + ".approximate",
                            "'" + approx + "' is not one of exact, about, over, under, at_least");
                }
                if (spec.exact() && approximation != Count.Approximation.EXACT) {
                    throw new FieldProblem(count.positionOf("approximate"), path + ".approximate",
                            "kind '" + kind.id() + "' says " + name + " is always exact; give the exact figure");
                }
                unit = unit(count, spec, path);
                value = count.required("value");
                at = value;
                path = path + ".value";
            } else if (spec.unit().filter(u -> u != EventKind.Unit.PERCENT).isPresent()) {
                unit = unit(MapReader.of(new dev.briefings.data.MapNode(List.of(), value.position()), path), spec, path.replace(".value", ""));
            }
            BigDecimal number = number(value, path);
            if (number.signum() < 0 && !spec.negative()) {
                throw new FieldProblem(at.position(), path, "kind '" + kind.id() + "' never tells " + name
                        + " below zero");
            }
            if (spec.max().isPresent() && number.compareTo(spec.max().get()) > 0) {
                throw new FieldProblem(at.position(), path, "'" + number.toPlainString() + "' is more than " + name
                        + " can be (at most " + spec.max().get().toPlainString() + ")");
            }
            if (number.signum() == 0 && approximation != Count.Approximation.EXACT) {
                throw new FieldProblem(at.position(), path, "zero cannot be approximate; give 0 as exact, or the figure it is near");
            }
            if (number.signum() == 0 && !spec.zero()) {
                throw new FieldProblem(at.position(), path, "kind '" + kind.id() + "' never tells " + name
                        + " as zero; leave the count out when there is none");
            }
            if (spec.unit().isEmpty() && number.stripTrailingZeros().scale() > 0) {
                throw new FieldProblem(at.position(), path, "'" + number.toPlainString() + "' is not a whole number; "
                        + name + " is a number of people or things");
            }
            counts.put(name, new Count(number, approximation, unit));
        }
        for (EventKind.CountSpec spec : kind.counts().values()) {
            if (spec.required() && !counts.containsKey(spec.name())) {
                throw new FieldProblem(record.positionOf("counts"), "counts." + spec.name(),
                        "kind '" + kind.id() + "' needs this count");
            }
        }
        return counts;
    }

    /** The unit a measured count comes with: a known currency code, or a duration unit. */
    private static Optional<String> unit(MapReader count, EventKind.CountSpec spec, String path) throws FieldProblem {
        Optional<String> currency = count.optionalString("currency");
        Optional<String> unit = count.optionalString("unit");
        EventKind.Unit kindUnit = spec.unit().orElse(null);
        if (currency.isPresent() && kindUnit != EventKind.Unit.CURRENCY) {
            throw new FieldProblem(count.positionOf("currency"), path + ".currency", spec.name() + " is not an amount of money");
        }
        if (unit.isPresent() && kindUnit != EventKind.Unit.DURATION) {
            throw new FieldProblem(count.positionOf("unit"), path + ".unit", spec.name() + " is not a duration");
        }
        if (kindUnit == EventKind.Unit.CURRENCY) {
            String code = currency.orElseThrow(() -> new FieldProblem(count.position(), path + ".currency",
                    spec.name() + " is an amount of money: give it as {value: 1200000000, currency: USD}"));
            if (!code.matches("[A-Z]{3}") || !com.ibm.icu.util.Currency.isAvailable(code, null, null)) {
                throw new FieldProblem(count.positionOf("currency"), path + ".currency",
                        "'" + code + "' is not an ISO 4217 currency code such as USD, EUR or RUB");
            }
            return currency;
        }
        if (kindUnit == EventKind.Unit.DURATION) {
            String name = unit.orElseThrow(() -> new FieldProblem(count.position(), path + ".unit",
                    spec.name() + " is a duration: give it as {value: 5, unit: year} (year, month, week, day or hour)"));
            if (!Count.DURATION_UNITS.contains(name)) {
                throw new FieldProblem(count.positionOf("unit"), path + ".unit",
                        "'" + name + "' is not one of " + String.join(", ", Count.DURATION_UNITS));
            }
            return unit;
        }
        return Optional.empty();
    }

    private static BigDecimal number(Node node, String path) throws FieldProblem {
        if (node instanceof ScalarNode scalar
                && (scalar.type() == ScalarNode.Type.INTEGER || scalar.type() == ScalarNode.Type.DECIMAL)) {
            try {
                BigDecimal value = new BigDecimal(scalar.text().replace("_", ""));
                if (value.compareTo(MAX_COUNT) >= 0 || value.scale() > 6) {
                    throw new FieldProblem(node.position(), path, "'" + scalar.text() + "' is not a count this product "
                            + "prints: use a number below 10^15 with at most 6 decimals");
                }
                return value;
            } catch (NumberFormatException e) {
                throw new FieldProblem(node.position(), path, "'" + scalar.text() + "' is not a number");
            }
        }
        throw new FieldProblem(node.position(), path, "expected a number, found " + node.describe());
    }

    private Map<String, String> attributes(MapReader record, EventKind kind) throws FieldProblem {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, Node> entry : record.entries("attributes").entrySet()) {
            String name = entry.getKey();
            String path = "attributes." + name;
            EventKind.AttributeSpec spec = kind.attributes().get(name);
            if (spec == null) {
                throw new FieldProblem(entry.getValue().position(), path, "kind '" + kind.id() + "' has no attribute '"
                        + name + "'" + (kind.attributes().isEmpty() ? ""
                        : "; its attributes: " + String.join(", ", kind.attributes().keySet())));
            }
            String value = MapReader.text(entry.getValue(), path);
            if (!spec.values().contains(value)) {
                throw new FieldProblem(entry.getValue().position(), path,
                        "'" + value + "' is not one of " + String.join(", ", spec.values()));
            }
            attributes.put(name, value);
        }
        for (EventKind.AttributeSpec spec : kind.attributes().values()) {
            if (spec.required() && !attributes.containsKey(spec.name())) {
                throw new FieldProblem(record.positionOf("attributes"), "attributes." + spec.name(),
                        "kind '" + kind.id() + "' needs this attribute (one of " + String.join(", ", spec.values()) + ")");
            }
        }
        return attributes;
    }

    private Optional<Quote> quote(MapReader record) throws FieldProblem {
        Optional<MapReader> found = record.optionalMap("quote");
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MapReader quote = found.get().allowOnly(Set.of("text", "speaker", "language"));
        String language = quote.string("language");
        if (!LANGUAGE.matcher(language).matches()) {
            throw new FieldProblem(quote.positionOf("language"), "quote.language",
                    "'" + language + "' is not a language code; use one such as ru or en");
        }
        String speaker = entity(quote.string("speaker"), Set.of(Entities.PERSON), quote.positionOf("speaker"),
                "quote.speaker");
        Node textNode = quote.required("text");
        Map<String, String> texts = new LinkedHashMap<>();
        if (textNode instanceof dev.briefings.data.MapNode map) {
            for (dev.briefings.data.MapNode.Field field : map.fields()) {
                if (!LANGUAGE.matcher(field.key()).matches()) {
                    throw new FieldProblem(field.keyPosition(), "quote.text." + field.key(),
                            "keys of quote.text are language codes, such as ru or en");
                }
                texts.put(field.key(), MapReader.strictString(field.value(), "quote.text." + field.key()).strip());
            }
            if (!texts.containsKey(language)) {
                throw new FieldProblem(textNode.position(), "quote.text." + language,
                        "the quote needs its original text, in its language '" + language + "'");
            }
        } else {
            texts.put(language, MapReader.strictString(textNode, "quote.text").strip());
        }
        for (Map.Entry<String, String> text : texts.entrySet()) {
            if (text.getValue().isEmpty()) {
                throw new FieldProblem(textNode.position(), "quote.text." + text.getKey(), "must not be empty");
            }
            if (text.getValue().length() > MAX_QUOTE_LENGTH) {
                throw new FieldProblem(textNode.position(), "quote.text." + text.getKey(), "is " + text.getValue().length()
                        + " characters long; a quote may have at most " + MAX_QUOTE_LENGTH);
            }
        }
        return Optional.of(new Quote(texts, speaker, language));
    }

    private Optional<Source> source(MapReader record) throws FieldProblem {
        Optional<MapReader> found = record.optionalMap("source");
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MapReader source = found.get().allowOnly(Set.of("agency", "citing", "reported"));
        Set<String> agencyTypes = Set.of("organization");
        String agency = entity(source.string("agency"), agencyTypes, source.positionOf("agency"), "source.agency");
        Optional<String> citing = Optional.empty();
        Optional<String> citingId = source.optionalString("citing");
        if (citingId.isPresent()) {
            citing = Optional.of(entity(citingId.get(), Set.of("organization", "person"), source.positionOf("citing"),
                    "source.citing"));
        }
        String reportedText = source.string("reported");
        LocalDate reported;
        try {
            reported = LocalDate.parse(reportedText);
        } catch (DateTimeParseException e) {
            throw new FieldProblem(source.positionOf("reported"), "source.reported",
                    "'" + reportedText + "' is not a real date; write YYYY-MM-DD");
        }
        return Optional.of(new Source(agency, citing, reported));
    }

    private static List<String> background(MapReader record, String id) throws FieldProblem {
        List<String> background = record.strings("background");
        for (String other : background) {
            if (!ID.matcher(other).matches()) {
                throw new FieldProblem(record.positionOf("background"), "background", "'" + other + "' is not a record id");
            }
            if (other.equals(id)) {
                throw new FieldProblem(record.positionOf("background"), "background", "a record cannot be its own background");
            }
        }
        if (Set.copyOf(background).size() != background.size()) {
            throw new FieldProblem(record.positionOf("background"), "background", "names the same record twice");
        }
        return background;
    }

    private static int priority(MapReader record) throws FieldProblem {
        long priority = record.optionalInteger("priority").orElse((long) EventRecord.DEFAULT_PRIORITY);
        if (priority < 1 || priority > 9) {
            throw new FieldProblem(record.positionOf("priority"), "priority",
                    "must be 1 (most important) to 9; found " + priority);
        }
        return (int) priority;
    }
}
