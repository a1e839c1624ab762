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

import dev.briefings.check.Severity;
import dev.briefings.data.InvalidProjectFile;
import dev.briefings.data.MapNode;
import dev.briefings.data.Position;
import dev.briefings.data.ProjectFiles;
import dev.briefings.events.Entities;

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
        Findings findings = new Findings();
        List<GlossaryReader.Entry> entries = new GlossaryReader(file, settings, Optional.of(entities), findings, false).read(root);
        findings.sorted().stream().filter(f -> f.severity() == Severity.ERROR).findFirst().ifPresent(error -> {
            throw new InvalidProjectFile(file, error.position(), error.key() + ": " + error.message()
                    + "; fix the errors ./briefings check reports before filling");
        });
        List<String> lines = readLines(file);
        List<Edit> edits = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        List<Change> skipped = new ArrayList<>();
        for (GlossaryReader.Entry entry : entries) {
            boolean flow = GlossaryReader.flowStyle(entry.field(), entry.fields());
            if (entry.inferred()) {
                String nominative = entry.name("name").map(n -> n.forms().in(settings.baseCase())).orElse("");
                if (flow) {
                    skipped.add(new Change(entry.id() + ".gender", entry.field().keyPosition().line(),
                            "written in flow style ({…}); write the entry in block style to fill it"));
                } else {
                    int indent = entry.fields().fields().get(0).keyPosition().column() - 1;
                    edits.add(new Edit(entry.field().keyPosition().line() + 1, 0,
                            List.of(" ".repeat(indent) + "gender: " + entry.gender().orElseThrow())));
                    changes.add(new Change(entry.id() + ".gender", entry.field().keyPosition().line(),
                            entry.gender().orElseThrow() + " (from " + CaseGenerator.quoted(nominative) + ")"));
                }
            }
            for (GlossaryReader.NameField name : entry.names()) {
                if (name.generated().isEmpty()) {
                    continue;
                }
                String key = entry.id() + "." + name.name();
                int line = name.field().keyPosition().line();
                int column = name.field().keyPosition().column();
                String text = lines.get(line - 1);
                if (name.field().value().position().line() != line || !text.startsWith(name.name() + ":", column - 1) || flow) {
                    skipped.add(new Change(key, line, "not a one-line block value; write it as `" + name.name()
                            + ": <nominative>` on one line to fill it"));
                    continue;
                }
                List<String> replacement = new ArrayList<>();
                String indent = " ".repeat(column - 1);
                List<String> notes = name.generated().get().notes();
                String comment = trailingComment(text);
                if (!notes.isEmpty()) {
                    // the hint the check gave stays beside the forms it is about, for the review
                    comment = (comment.isEmpty() ? " #" : comment + " —") + " check: " + String.join("; ", notes);
                }
                replacement.add(indent + name.name() + ":" + comment);
                name.generated().get().forms().forEach((grammaticalCase, form) ->
                        replacement.add(indent + "  " + grammaticalCase + ": " + yamlText(form)));
                edits.add(new Edit(line, 1, replacement));
                changes.add(new Change(key, line, CaseGenerator.describe(name.name(), name.generated().get()).description()));
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
