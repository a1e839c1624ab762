package dev.briefings.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.briefings.data.InvalidProjectFile;
import dev.briefings.data.MapNode;
import dev.briefings.data.Position;
import dev.briefings.data.ProjectFiles;
import dev.briefings.data.ScalarNode;
import dev.briefings.events.Entities;
import dev.briefings.i18n.inflect.NamePart;
import dev.briefings.i18n.inflect.RussianInflector;

/**
 * {@code briefings glossary --fill <locale>}: writes the case forms the locale's inflector
 * generates (and the genders it infers) into {@code glossary.yaml}, in full form, for the
 * translator to review and commit. Only the lines of the filled fields change; comments, order
 * and every entry written by hand stay as they are. The forms written are exactly those a run
 * uses, so filling changes no published byte.
 */
public final class GlossaryFill {

    /** One change: the entry's key, the file line, and what was written there. */
    public record Change(String key, int line, String description) {
    }

    /** What a fill did (or, in a dry run, would do), and what it could not fill and why. */
    public record Result(Path file, List<Change> changes, List<Change> skipped) {
        public Result {
            changes = List.copyOf(changes);
            skipped = List.copyOf(skipped);
        }
    }

    /** A text edit: replace the lines from {@code line} (1-based), {@code count} of them, with new lines. */
    private record Edit(int line, int count, List<String> lines) {
    }

    private GlossaryFill() {
    }

    /**
     * Fills a locale's glossary; with {@code write} false, only reports. Throws
     * {@link InvalidProjectFile} for a file that cannot be read, and refuses a locale without an inflector.
     */
    public static Result fill(Path translations, String locale, boolean write) {
        Path folder = translations.resolve(locale);
        Path file = folder.resolve("glossary.yaml");
        LocaleSettings settings = Translations.settings(locale, folder.resolve("locale.yaml"));
        CaseGenerator generator = new CaseGenerator(settings);
        if (!generator.available()) {
            throw new InvalidProjectFile(folder.resolve("locale.yaml"), Position.START, locale
                    + " declares no inflection, so there is nothing to generate; write every case by hand");
        }
        Entities entities = Entities.load(translations.resolve("entities.yaml"));
        MapNode root = new ProjectFiles().optionalMap(file)
                .orElseThrow(() -> new InvalidProjectFile(file, Position.START, "there is no glossary to fill"))
                .node();
        List<String> lines = readLines(file);
        List<Edit> edits = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        List<Change> skipped = new ArrayList<>();
        for (MapNode.Field entry : root.fields()) {
            if (!(entry.value() instanceof MapNode fields)) {
                continue;
            }
            Optional<Entities.Entity> entity = entities.find(entry.key());
            boolean person = entity.map(Entities.Entity::isPerson).orElse(fields.has("surname"));
            boolean invariable = fields.get("invariable").filter(ScalarNode.class::isInstance)
                    .map(n -> ((ScalarNode) n).text().equals("true")).orElse(false);
            if (invariable) {
                continue;
            }
            Optional<String> gender = person ? entity.flatMap(Entities.Entity::gender)
                    : fields.get("gender").filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).text());
            if (!person && gender.isEmpty() && !settings.genders().isEmpty()) {
                Optional<String> nominative = fields.get("name").flatMap(CaseGenerator::nominative);
                Optional<String> inferred = nominative.flatMap(n -> generator.inferGender(n, CaseGenerator.people(entity)));
                if (inferred.isPresent() && !flowStyle(lines, entry)) {
                    int indent = fields.fields().get(0).keyPosition().column() - 1;
                    edits.add(new Edit(entry.keyPosition().line() + 1, 0, List.of(" ".repeat(indent) + "gender: " + inferred.get())));
                    changes.add(new Change(entry.key() + ".gender", entry.keyPosition().line(), inferred.get()
                            + " (from «" + nominative.get() + "»)"));
                    gender = inferred;
                } else {
                    skipped.add(new Change(entry.key() + ".gender", entry.keyPosition().line(), inferred.isPresent()
                            ? "written in flow style ({…}); write the entry in block style to fill it"
                            : "no gender can be read off the name; write one by hand"));
                }
            }
            for (String name : person ? List.of("given", "surname", "title") : List.of("name", "short", "headline")) {
                Optional<MapNode.Field> field = fields.fields().stream().filter(f -> f.key().equals(name)).findFirst();
                if (field.isEmpty() || !(field.get().value() instanceof ScalarNode scalar) || !scalar.isString()) {
                    continue;
                }
                String key = entry.key() + "." + name;
                int line = field.get().keyPosition().line();
                int column = field.get().keyPosition().column();
                String text = lines.get(line - 1);
                if (scalar.position().line() != line || !text.startsWith(name + ":", column - 1) || flowStyle(lines, entry)) {
                    skipped.add(new Change(key, line, "not a one-line block value; write it as `" + name
                            + ": <nominative>` on one line to fill it"));
                    continue;
                }
                Optional<NamePart> part = !person || name.equals("title") ? Optional.empty()
                        : Optional.of(name.equals("given") ? NamePart.GIVEN : NamePart.SURNAME);
                RussianInflector.Inflection inflection = part.isPresent()
                        ? generator.person(scalar.text(), part.get(), gender.orElse("masculine"))
                        : generator.phrase(scalar.text(), gender, CaseGenerator.people(entity));
                List<String> replacement = new ArrayList<>();
                String indent = " ".repeat(column - 1);
                replacement.add(indent + name + ":" + trailingComment(text));
                inflection.forms().forEach((grammaticalCase, form) ->
                        replacement.add(indent + "  " + grammaticalCase + ": " + yamlText(form)));
                edits.add(new Edit(line, 1, replacement));
                changes.add(new Change(key, line, CaseGenerator.describe(name, inflection).description()));
            }
        }
        if (write && !edits.isEmpty()) {
            edits.sort(Comparator.comparingInt(Edit::line).thenComparingInt(Edit::count).reversed());
            List<String> out = new ArrayList<>(lines);
            for (Edit edit : edits) {
                for (int i = 0; i < edit.count(); i++) {
                    out.remove(edit.line() - 1);
                }
                out.addAll(edit.line() - 1, edit.lines());
            }
            writeAtomically(file, String.join("\n", out) + "\n");
        }
        changes.sort(Comparator.comparingInt(Change::line));
        return new Result(file, changes, skipped);
    }

    /** An entry written as {@code key: {name: …}} on its own line. */
    private static boolean flowStyle(List<String> lines, MapNode.Field entry) {
        return entry.value() instanceof MapNode fields && !fields.fields().isEmpty()
                && fields.fields().get(0).keyPosition().line() == entry.keyPosition().line();
    }

    /** A comment after a plain value ("  name: Минздрав  # short for …"), kept on the key's line. */
    private static String trailingComment(String line) {
        int hash = line.indexOf(" #");
        return hash < 0 || line.indexOf('"') >= 0 || line.indexOf('\'') >= 0 ? "" : " " + line.substring(hash + 1);
    }

    /** A form as YAML text: plain where YAML reads it back unchanged, else double-quoted. */
    static String yamlText(String form) {
        boolean plain = !form.isEmpty() && "-?:,[]{}#&*!|>'\"%@`".indexOf(form.charAt(0)) < 0
                && !form.contains(": ") && !form.contains(" #") && !form.endsWith(":") && form.equals(form.strip())
                && !form.matches("(?i)y|n|yes|no|true|false|on|off|null|~|[-+.0-9].*");
        return plain ? form : "\"" + form.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static List<String> readLines(Path file) {
        try {
            return stripLast(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<String> stripLast(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static void writeAtomically(Path file, String text) {
        try {
            Path temporary = file.resolveSibling("." + file.getFileName() + ".filling");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
