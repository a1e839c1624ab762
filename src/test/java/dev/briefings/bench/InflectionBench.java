package dev.briefings.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.briefings.data.MapNode;
import dev.briefings.data.Node;
import dev.briefings.data.ProjectFiles;
import dev.briefings.data.ScalarNode;
import dev.briefings.i18n.inflect.RussianInflector;

/**
 * bench/run's row for Russian case forms generated from the nominative: the time to read the
 * dictionaries, then to generate every case of 1,000 new glossary entries (target: under 1 s
 * after start-up). The entries are the nominatives of the shipped glossary and of the held-out
 * answer key, made distinct by pairing each with another as its dependent ("X Y"), so every
 * entry is looked up afresh.
 */
public final class InflectionBench {

    private InflectionBench() {
    }

    public static void main(String[] args) {
        Path home = Path.of(args.length > 0 ? args[0] : ".");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        List<String> names = new ArrayList<>(nominatives(home.resolve("translations/ru/glossary.yaml"), false));
        names.addAll(nominatives(home.resolve("src/test/resources/inflection/heldout-ru.yaml"), true));
        Set<String> entries = new LinkedHashSet<>(names);
        for (int i = 0; entries.size() < count; i++) {
            int n = names.size();
            entries.add(names.get(i % n) + " " + names.get((i % n + 1 + i / n) % n));
        }

        long start = System.nanoTime();
        RussianInflector inflector = new RussianInflector();
        inflector.phrase("Минздрав", Optional.empty()); // reads the dictionaries
        long loaded = System.nanoTime();
        int forms = 0;
        int generated = 0;
        for (String entry : List.copyOf(entries).subList(0, count)) {
            RussianInflector.Inflection inflection = inflector.phrase(entry, Optional.empty());
            forms += inflection.forms().size();
            generated++;
        }
        long done = System.nanoTime();
        System.out.printf("inflection: %d entries, %d forms: dictionaries read in %.0f ms, forms generated in %.0f ms "
                + "(%.0f µs per entry; target: under 1000 ms)%n", generated, forms, (loaded - start) / 1e6,
                (done - loaded) / 1e6, (done - loaded) / 1e3 / generated);
    }

    /** Every nominative in a glossary (each field's {@code nom}) or in the answer key ({@code forms.nom}). */
    private static List<String> nominatives(Path file, boolean answerKey) {
        List<String> out = new ArrayList<>();
        MapNode root = new ProjectFiles().optionalMap(file).orElseThrow().node();
        for (MapNode.Field entry : root.fields()) {
            for (MapNode.Field field : ((MapNode) entry.value()).fields()) {
                if (answerKey && !field.key().equals("forms")) {
                    continue;
                }
                Node value = field.value();
                if (value instanceof MapNode map && map.get("nom").orElse(null) instanceof ScalarNode nom) {
                    out.add(nom.text());
                }
            }
        }
        return out;
    }
}
