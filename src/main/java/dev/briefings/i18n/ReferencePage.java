package dev.briefings.i18n;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.briefings.data.ListNode;
import dev.briefings.data.MapNode;
import dev.briefings.data.Position;
import dev.briefings.data.ScalarNode;

/**
 * A Markdown page for translators: every message of the English reference with its text, its
 * note and the arguments it may use, grouped by common messages and event kinds.
 */
final class ReferencePage {

    private ReferencePage() {
    }

    static String of(Path translations, Map<String, MessageEntry> messages) {
        StringBuilder page = new StringBuilder("# Messages to translate\n\nGenerated from the English reference "
                + "(translations/en/) by `./briefings check --reference-page`. Each message lists the arguments a "
                + "translation may use. An entity argument also comes as `<name>_<case>` for each case of your "
                + "locale, `_gender`, `_count`, `_in` and `_name` (name without title, also `_name_<case>`); a date as "
                + "`<name>_<phrase>` for each `date.<phrase>` message; a number as `<name>_approx` and `<name>_known`, "
                + "and, when it has a unit, `<name>_text`.\n");
        String section = "";
        for (MessageEntry entry : messages.values()) {
            String file = translations.relativize(entry.file()).toString().replace('\\', '/');
            if (!file.equals(section)) {
                section = file;
                page.append("\n## ").append(file).append("\n");
            }
            page.append("\n### `").append(entry.key()).append("`\n\n");
            entry.note().ifPresent(note -> page.append(note).append("\n\n"));
            page.append("```\n").append(entry.text().orElse("")).append("\n```\n");
            entry.args().filter(args -> !args.fields().isEmpty()).ifPresent(args -> {
                page.append("\n| argument | type | values | example |\n|---|---|---|---|\n");
                for (MapNode.Field field : args.fields()) {
                    MapNode declaration = field.value() instanceof MapNode map ? map : new MapNode(List.of(), Position.START);
                    page.append("| `").append(field.key()).append("` | ").append(text(declaration, "type")).append(" | ")
                            .append(values(declaration)).append(" | ").append(text(declaration, "example")).append(" |\n");
                }
            });
        }
        return page.toString();
    }

    private static String text(MapNode map, String key) {
        return map.get(key).filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).text()).orElse("");
    }

    private static String values(MapNode map) {
        return map.get("values").filter(ListNode.class::isInstance)
                .map(list -> String.join(", ", ((ListNode) list).items().stream()
                        .map(item -> item instanceof ScalarNode scalar ? scalar.text() : "").toList()))
                .orElse("");
    }
}
