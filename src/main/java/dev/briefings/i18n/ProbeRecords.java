package dev.briefings.i18n;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import dev.briefings.data.Position;
import dev.briefings.events.Count;
import dev.briefings.events.Entities;
import dev.briefings.events.EventDate;
import dev.briefings.events.EventKind;
import dev.briefings.events.EventRecord;
import dev.briefings.events.Origin;
import dev.briefings.events.Source;

/**
 * The probe book's records: for every kind, records that nobody tuned the messages for. Each
 * optional role, count and attribute absent and present; every gender and number a verb may agree
 * with, for every role; every count at 0 (where the kind allows it), 1, 2, 5, 11, 21, 22, 101,
 * 111 and 1000, and a fraction where the count has a unit; exact and approximate; every attribute
 * value. Entities are taken from the project's own registry, preferring ones every locale names.
 */
public final class ProbeRecords {

    /** The counts every plural rule of every language is tried with. */
    public static final List<BigDecimal> SAMPLES = List.of(0, 1, 2, 5, 11, 21, 22, 101, 111, 1000).stream()
            .map(BigDecimal::valueOf).toList();
    private static final BigDecimal FRACTION = new BigDecimal("1.5");
    private static final List<BigDecimal> APPROXIMATE_SAMPLES = List.of(1, 2, 5, 21, 1000).stream()
            .map(BigDecimal::valueOf).toList();

    /** One probe: the kind, what it varies ("deaths = 21, about"), and the record. */
    public record Probe(String kind, String variant, EventRecord record) {
    }

    private final Translations translations;
    private final LocalDate edition;
    /** Entity ids by type, then by the genders they have across locales ("ru:feminine"). */
    private final Map<String, Map<String, String>> byTypeAndGender = new TreeMap<>();
    /** Entity ids by type: every entity a role may be filled from, those every locale names first. */
    private final Map<String, List<String>> byType = new TreeMap<>();

    private ProbeRecords(Translations translations, LocalDate edition) {
        this.translations = translations;
        this.edition = edition;
        Entities entities = translations.entities();
        for (String id : new java.util.TreeSet<>(entities.ids())) {
            Entities.Entity entity = entities.get(id);
            boolean everywhere = translations.localeIds().stream()
                    .allMatch(locale -> translations.locale(locale).glossary().find(id).isPresent());
            byType.computeIfAbsent(entity.type(), t -> new ArrayList<>()).add(id);
            Map<String, String> genders = byTypeAndGender.computeIfAbsent(entity.type(), t -> new LinkedHashMap<>());
            for (String locale : translations.localeIds()) {
                String key = locale + ":" + gender(id, locale);
                // an entity every locale names wins its slot over one some locale borrows
                if (!genders.containsKey(key) || everywhere && !namedEverywhere(genders.get(key))) {
                    genders.put(key, id);
                }
            }
        }
    }

    /** Every probe of every kind, in kind order. */
    public static List<Probe> of(Translations translations, LocalDate edition) {
        ProbeRecords records = new ProbeRecords(translations, edition);
        List<Probe> probes = new ArrayList<>();
        for (EventKind kind : translations.kinds().all()) {
            probes.addAll(records.probes(kind));
        }
        return probes;
    }

    private boolean namedEverywhere(String id) {
        return translations.localeIds().stream().allMatch(l -> translations.locale(l).glossary().find(id).isPresent());
    }

    private String gender(String id, String locale) {
        Entities.Entity entity = translations.entities().get(id);
        if (entity.gender().isPresent()) {
            return entity.gender().get();
        }
        return translations.locale(locale).glossary().find(id)
                .map(entry -> entry instanceof GlossaryEntry.Named named ? named.gender().orElse("other") : "other")
                .orElse("other");
    }

    private List<Probe> probes(EventKind kind) {
        List<Probe> probes = new ArrayList<>();
        Draft base = base(kind);
        probes.add(new Probe(kind.id(), "required parts only", base.record(kind, edition)));
        Draft full = full(kind, base);
        probes.add(new Probe(kind.id(), "every optional part", full.record(kind, edition)));
        for (EventKind.Role role : kind.roles().values()) {
            if (role.min() == 0) {
                Draft one = base.copy();
                one.roles.put(role.name(), pick(role, 1, one, role.name()));
                probes.add(new Probe(kind.id(), role.name() + " present, other optional parts absent", one.record(kind, edition)));
                Draft without = full.copy();
                without.roles.remove(role.name());
                probes.add(new Probe(kind.id(), role.name() + " absent, other optional parts present",
                        without.record(kind, edition)));
            }
            for (String id : entities(role)) {
                Draft variant = full.copy();
                variant.roles.put(role.name(), with(id, variant, role));
                for (EventKind.Role other : kind.roles().values()) {
                    List<String> ids = variant.roles.get(other.name());
                    if (other != role && ids != null && ids.stream().anyMatch(variant.roles.get(role.name())::contains)) {
                        variant.roles.put(other.name(), pick(other, ids.size(), variant, other.name()));
                    }
                }
                probes.add(new Probe(kind.id(), role.name() + " = " + id + " (" + genders(id) + ")", variant.record(kind, edition)));
            }
            if (role.max() >= 2 && role.min() < 2 && entities(role).size() >= 2) {
                Draft plural = full.copy();
                plural.roles.put(role.name(), pick(role, 2, plural, role.name()));
                probes.add(new Probe(kind.id(), role.name() + " = two entities", plural.record(kind, edition)));
            }
        }
        for (EventKind.CountSpec count : kind.counts().values()) {
            if (!count.required()) {
                Draft without = full.copy();
                without.counts.remove(count.name());
                probes.add(new Probe(kind.id(), count.name() + " absent", without.record(kind, edition)));
            }
            List<BigDecimal> values = new ArrayList<>(SAMPLES);
            if (!count.zero()) {
                values.remove(BigDecimal.ZERO);
            }
            if (count.unit().isPresent()) {
                values.add(FRACTION);
            }
            if (count.negative()) {
                values.add(FRACTION.negate());
            }
            count.max().ifPresent(max -> values.removeIf(value -> value.compareTo(max) > 0));
            for (BigDecimal value : values) {
                Draft variant = full.copy();
                variant.counts.put(count.name(), count(count, value, Count.Approximation.EXACT));
                probes.add(new Probe(kind.id(), count.name() + " = " + value.toPlainString(), variant.record(kind, edition)));
            }
            if (!count.exact()) {
                for (Count.Approximation approximation : List.of(Count.Approximation.ABOUT, Count.Approximation.OVER,
                        Count.Approximation.UNDER, Count.Approximation.AT_LEAST)) {
                    for (BigDecimal value : APPROXIMATE_SAMPLES.stream()
                            .filter(v -> count.max().map(max -> v.compareTo(max) <= 0).orElse(true)).toList()) {
                        Draft variant = full.copy();
                        variant.counts.put(count.name(), count(count, value, approximation));
                        probes.add(new Probe(kind.id(), count.name() + " = " + approximation.key() + " " + value.toPlainString(),
                                variant.record(kind, edition)));
                    }
                }
            }
        }
        for (EventKind.AttributeSpec attribute : kind.attributes().values()) {
            if (!attribute.required()) {
                Draft without = full.copy();
                without.attributes.remove(attribute.name());
                probes.add(new Probe(kind.id(), attribute.name() + " absent", without.record(kind, edition)));
            }
            for (String value : attribute.values()) {
                Draft variant = full.copy();
                variant.attributes.put(attribute.name(), value);
                probes.add(new Probe(kind.id(), attribute.name() + " = " + value, variant.record(kind, edition)));
            }
        }
        return probes;
    }

    /** The record with its required parts only. */
    private Draft base(EventKind kind) {
        Draft draft = new Draft();
        draft.place = first(Set.of("place", "country")).orElseThrow(() -> new IllegalStateException(
                "the probe book needs an entity of type place or country"));
        for (EventKind.Role role : kind.roles().values()) {
            if (role.min() > 0) {
                draft.roles.put(role.name(), pick(role, role.min(), draft, role.name()));
            }
        }
        for (EventKind.CountSpec count : kind.counts().values()) {
            if (count.required()) {
                draft.counts.put(count.name(), count(count, BigDecimal.valueOf(5), Count.Approximation.EXACT));
            }
        }
        for (EventKind.AttributeSpec attribute : kind.attributes().values()) {
            if (attribute.required()) {
                draft.attributes.put(attribute.name(), attribute.values().get(0));
            }
        }
        return draft;
    }

    /** The record with every optional part present too, and a source. */
    private Draft full(EventKind kind, Draft base) {
        Draft draft = base.copy();
        for (EventKind.Role role : kind.roles().values()) {
            if (!draft.roles.containsKey(role.name())) {
                draft.roles.put(role.name(), pick(role, 1, draft, role.name()));
            }
        }
        for (EventKind.CountSpec count : kind.counts().values()) {
            draft.counts.putIfAbsent(count.name(), count(count, BigDecimal.valueOf(5), Count.Approximation.EXACT));
        }
        for (EventKind.AttributeSpec attribute : kind.attributes().values()) {
            draft.attributes.putIfAbsent(attribute.name(), attribute.values().get(0));
        }
        draft.source = first(Set.of("organization")).map(agency -> new Source(agency, Optional.empty(), edition));
        return draft;
    }

    private static Count count(EventKind.CountSpec spec, BigDecimal value, Count.Approximation approximation) {
        Optional<String> unit = spec.unit().map(u -> switch (u) {
            case CURRENCY -> "USD";
            case DURATION -> "year";
            case PERCENT -> null;
        });
        return new Count(value, approximation, unit);
    }

    /** One entity of the role's types per gender any locale gives them, those every locale names first. */
    private List<String> entities(EventKind.Role role) {
        Set<String> ids = new LinkedHashSet<>();
        for (String type : role.types().stream().sorted().toList()) {
            ids.addAll(byTypeAndGender.getOrDefault(type, Map.of()).values());
        }
        List<String> ordered = new ArrayList<>(ids.stream().filter(this::namedEverywhere).toList());
        ids.stream().filter(id -> !namedEverywhere(id)).forEach(ordered::add);
        if (ordered.isEmpty()) {
            throw new IllegalStateException("no entity of type " + String.join(" or ", role.types()) + " for role "
                    + role.name() + "; add one to translations/entities.yaml");
        }
        return ordered;
    }

    /** {@code n} entities for the role that no other role of the draft names (repeating only when there are too few). */
    private List<String> pick(EventKind.Role role, int n, Draft draft, String except) {
        Set<String> taken = new java.util.HashSet<>();
        draft.roles.forEach((name, ids) -> {
            if (!name.equals(except)) {
                taken.addAll(ids);
            }
        });
        taken.add(draft.place);
        List<String> candidates = new ArrayList<>(entities(role));
        for (String type : role.types().stream().sorted().toList()) {
            byType.getOrDefault(type, List.of()).stream().filter(this::namedEverywhere)
                    .filter(id -> !candidates.contains(id)).forEach(candidates::add);
        }
        List<String> free = new ArrayList<>(candidates.stream().filter(id -> !taken.contains(id)).toList());
        candidates.stream().filter(taken::contains).forEach(free::add);
        return List.copyOf(free.subList(0, Math.min(n, free.size())));
    }

    /** The role's entities with {@code id} first, keeping as many as the role needs, none shared with another role. */
    private List<String> with(String id, Draft draft, EventKind.Role role) {
        List<String> ids = new ArrayList<>();
        ids.add(id);
        for (String other : pick(role, role.min() + 1, draft, role.name())) {
            if (ids.size() >= Math.max(1, role.min())) {
                break;
            }
            if (!other.equals(id)) {
                ids.add(other);
            }
        }
        return ids;
    }

    private Optional<String> first(Set<String> types) {
        for (String type : types.stream().sorted().toList()) {
            Optional<String> id = byTypeAndGender.getOrDefault(type, Map.of()).values().stream().filter(this::namedEverywhere)
                    .findFirst();
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }

    private String genders(String id) {
        List<String> parts = new ArrayList<>();
        for (String locale : translations.localeIds()) {
            parts.add(locale + " " + gender(id, locale));
        }
        return String.join(", ", parts);
    }

    /** A record being put together. */
    private static final class Draft {
        String place;
        Map<String, List<String>> roles = new LinkedHashMap<>();
        Map<String, Count> counts = new LinkedHashMap<>();
        Map<String, String> attributes = new LinkedHashMap<>();
        Optional<Source> source = Optional.empty();

        Draft copy() {
            Draft copy = new Draft();
            copy.place = place;
            copy.roles = new LinkedHashMap<>(roles);
            copy.counts = new LinkedHashMap<>(counts);
            copy.attributes = new LinkedHashMap<>(attributes);
            copy.source = source;
            return copy;
        }

        EventRecord record(EventKind kind, LocalDate edition) {
            return new EventRecord("probe-" + kind.id(), kind.id(), EventDate.day(edition), place, roles, counts, attributes,
                    Optional.empty(), source, List.of(), EventRecord.DEFAULT_PRIORITY,
                    new Origin("probe", Position.START, 0));
        }
    }
}
