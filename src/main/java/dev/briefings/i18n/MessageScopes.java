package dev.briefings.i18n;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.briefings.events.EventKind;
import dev.briefings.events.KindCatalog;

/**
 * Which arguments each message receives from the code, by its key: a kind's messages get the
 * record's roles, counts and attributes; {@code story.*}, {@code mention.*}, {@code date.*},
 * {@code edition.*} and {@code ui.*} get fixed sets. The loader and the translators' check both
 * ask here, so they cannot disagree.
 */
public final class MessageScopes {

    static final Set<String> STYLES = ArgumentScope.set("weekday", "day_month", "full", "month", "month_year", "year");
    static final Set<String> ABSOLUTE_STYLES = ArgumentScope.set("full", "month_year", "year");
    static final Set<String> WEEKDAYS = ArgumentScope.set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");
    static final Set<String> MONTHS = ArgumentScope.set("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private final KindCatalog kinds;
    private final List<String> cases;
    private final Set<String> genders;
    private final Set<String> phrases;

    /**
     * @param cases   the locale's cases
     * @param genders the locale's genders
     * @param phrases the date phrases the locale defines ({@code when} for {@code date.when})
     */
    public MessageScopes(KindCatalog kinds, List<String> cases, Set<String> genders, Set<String> phrases) {
        this.kinds = kinds;
        this.cases = List.copyOf(cases);
        this.genders = Set.copyOf(genders);
        this.phrases = Set.copyOf(phrases);
    }

    /** The arguments a key's message receives; empty for keys the code never formats. */
    public Optional<ArgumentScope> scopeOf(String key) {
        Optional<EventKind> kind = kindOf(key);
        if (kind.isPresent()) {
            return Optional.of(record(kind.get(), false));
        }
        if (key.equals("story.quote")) {
            return Optional.of(record(null, true));
        }
        if (key.equals("story.dateline") || key.equals("story.source")) {
            return Optional.of(record(null, false));
        }
        if (key.equals("edition.title")) {
            return Optional.of(ArgumentScope.fixed(Set.of(), Map.of(), Set.of("edition")));
        }
        if (key.startsWith("mention.person.")) {
            return Optional.of(ArgumentScope.fixed(Set.of("given", "surname", "title", "given_base", "surname_base"),
                    Map.of("has_title", Set.of("yes", "no")), Set.of()));
        }
        if (key.equals("mention.in")) {
            Set<String> genderValues = new LinkedHashSet<>(ArgumentScope.GENDERS);
            genderValues.addAll(genders);
            return Optional.of(ArgumentScope.fixed(Set.of("name"), Map.of("gender", genderValues), Set.of(), cases));
        }
        if (key.startsWith("date.")) {
            return Optional.of(ArgumentScope.fixed(Set.of(), Map.of("style", STYLES, "absolute", ABSOLUTE_STYLES,
                    "weekday", WEEKDAYS, "month", MONTHS), Set.of("date")));
        }
        if (key.startsWith("ui.")) {
            return Optional.of(ArgumentScope.fixed(Set.of(), Map.of(), Set.of()));
        }
        return Optional.empty();
    }

    /** The kind a message belongs to: the longest kind id its key starts with. */
    public Optional<EventKind> kindOf(String key) {
        int dot = key.lastIndexOf('.');
        while (dot > 0) {
            Optional<EventKind> kind = kinds.find(key.substring(0, dot));
            if (kind.isPresent()) {
                return kind;
            }
            dot = key.lastIndexOf('.', dot - 1);
        }
        return Optional.empty();
    }

    private ArgumentScope record(EventKind kind, boolean withQuote) {
        Set<String> subjects = new LinkedHashSet<>(List.of("place", "source", "citing"));
        Set<String> counts = new LinkedHashSet<>();
        Set<String> measured = new LinkedHashSet<>();
        Map<String, Set<String>> choices = ArgumentScope.newChoices();
        Set<String> texts = new LinkedHashSet<>();
        if (kind != null) {
            subjects.addAll(kind.roles().keySet());
            counts.addAll(kind.counts().keySet());
            kind.counts().values().stream().filter(c -> c.unit().isPresent()).forEach(c -> measured.add(c.name()));
            kind.attributes().values().forEach(a -> {
                Set<String> values = new LinkedHashSet<>(a.values());
                values.add(ArgumentScope.NONE);
                choices.put(a.name(), values);
            });
        }
        if (withQuote) {
            subjects.add("speaker");
            texts.addAll(ArgumentScope.QUOTE_TEXTS);
            choices.put("quote_end", ArgumentScope.QUOTE_ENDS);
        }
        return new ArgumentScope(subjects, Set.of("date", "reported"), counts, measured, choices, texts, cases, phrases,
                genders);
    }
}
