package dev.briefings.render;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheNotFoundException;
import com.github.mustachejava.codes.IterableCode;
import com.github.mustachejava.codes.NotIterableCode;
import com.github.mustachejava.codes.PartialCode;
import com.github.mustachejava.codes.ValueCode;

import dev.briefings.check.Check;
import dev.briefings.check.Finding;
import dev.briefings.data.Position;

/**
 * Checks the templates without rendering anything: every template a format needs exists, each
 * shared template and locale override compiles (sections balanced, partials found), and every
 * variable it names is one the page gives it ({@link StoryView} for {@code story},
 * {@link PageView} for {@code brief} and {@code edition}, and the {@code ui.*} labels).
 */
public final class TemplateCheck {

    /** The sections whose elements are records, and the record each element is. */
    private static final Map<String, Class<? extends Record>> SECTIONS = Map.of(
            "stories", PageView.Entry.class,
            "timeline", TimelineDate.class,
            "chart", TimelineChart.class,
            "points", TimelineChart.Point.class);

    private static final Pattern AT_LINE = Pattern.compile("@\\[[^:\\]]*:(\\d+)\\]");

    private final Path folder;
    private final Set<String> labels;
    private int checked;

    /**
     * @param labels the label names templates may use as {@code labels.<name>} (the reference's
     *               {@code ui.*} messages without the prefix)
     */
    public TemplateCheck(Path folder, Set<String> labels) {
        this.folder = folder;
        this.labels = Set.copyOf(labels);
    }

    public List<Finding> run() {
        checked = 0;
        List<Finding> findings = new ArrayList<>();
        for (OutputFormat format : OutputFormat.values()) {
            for (String name : TemplateSet.NAMES) {
                String file = name + "." + format.extension() + ".mustache";
                Path shared = folder.resolve(file);
                if (!Files.exists(shared)) {
                    findings.add(Finding.of(Check.TEMPLATE_MISSING, shared, Position.START, file,
                            "the " + format.extension() + " format needs " + file));
                } else {
                    check(shared, Optional.empty(), name, findings);
                }
            }
        }
        for (Path override : overrides()) {
            String file = override.getFileName().toString();
            String name = file.substring(0, file.indexOf('.'));
            if (TemplateSet.NAMES.contains(name)) {
                check(override, Optional.of(override.getParent().getFileName().toString()), name, findings);
            }
        }
        return findings;
    }

    private List<Path> overrides() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder, 2)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getParent().equals(folder))
                    .filter(p -> p.getFileName().toString().endsWith(".mustache")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many template files the last run checked. */
    public int count() {
        return checked;
    }

    private void check(Path file, Optional<String> locale, String name, List<Finding> findings) {
        checked++;
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            findings.add(Finding.of(Check.TEMPLATE_SYNTAX, file, Position.START, name, "cannot be read: " + e.getMessage()));
            return;
        }
        Path localeFolder = locale.map(folder::resolve).orElse(folder);
        DefaultMustacheFactory factory = new DefaultMustacheFactory(resource -> {
            String withSuffix = resource.endsWith(".mustache") ? resource : resource + ".mustache";
            Path override = localeFolder.resolve(withSuffix);
            Path chosen = Files.exists(override) ? override : folder.resolve(withSuffix);
            try {
                return Files.exists(chosen) ? Files.newBufferedReader(chosen, StandardCharsets.UTF_8) : null;
            } catch (IOException e) {
                return null;
            }
        });
        Mustache mustache;
        try {
            mustache = factory.compile(new StringReader(text), file.getFileName().toString());
        } catch (MustacheNotFoundException e) {
            findings.add(Finding.of(Check.TEMPLATE_UNKNOWN_PARTIAL, file, lineOf(text, e.getMessage()), name,
                    firstLine(e.getMessage())));
            return;
        } catch (MustacheException e) {
            String message = firstLine(e.getMessage());
            Check check = message.contains("Failed to close") || message.contains("Mismatched start/end")
                    ? Check.TEMPLATE_UNBALANCED_SECTION : Check.TEMPLATE_SYNTAX;
            findings.add(Finding.of(check, file, lineOf(text, e.getMessage()), name, message));
            return;
        }
        Deque<Set<String>> scopes = new ArrayDeque<>();
        scopes.push(topLevel(name));
        walk(mustache.getCodes(), scopes, file, text, name, findings);
    }

    private Set<String> topLevel(String name) {
        Set<String> names = new TreeSet<>(componentNames(name.equals("story") ? StoryView.class : PageView.class));
        labels.forEach(label -> names.add("labels." + label));
        return names;
    }

    private void walk(Code[] codes, Deque<Set<String>> scopes, Path file, String text, String template,
            List<Finding> findings) {
        if (codes == null) {
            return;
        }
        for (Code code : codes) {
            if (code instanceof PartialCode) {
                walk(code.getCodes(), scopes, file, text, template, findings);
                continue;
            }
            boolean section = code instanceof IterableCode || code instanceof NotIterableCode;
            if (!(code instanceof ValueCode) && !section) {
                continue;
            }
            String variable = code.getName();
            if (!variable.equals(".") && scopes.stream().noneMatch(scope -> scope.contains(variable))) {
                Set<String> known = new TreeSet<>();
                scopes.forEach(known::addAll);
                findings.add(Finding.of(Check.TEMPLATE_UNKNOWN_VARIABLE, file, lineOf(text, variable), variable,
                        "{{" + variable + "}} is not given to the " + template + " template; it has: " + String.join(", ", known)));
            }
            if (section) {
                scopes.push(elementNames(variable));
                walk(code.getCodes(), scopes, file, text, template, findings);
                scopes.pop();
            }
        }
    }

    /** The names inside a section: its element's fields for a list of records, else the element itself. */
    private static Set<String> elementNames(String section) {
        Class<? extends Record> type = SECTIONS.get(section);
        return type == null ? Set.of(".") : new LinkedHashSet<>(componentNames(type));
    }

    private static List<String> componentNames(Class<? extends Record> type) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            names.add(component.getName());
        }
        return names;
    }

    /** The line of the first tag naming a variable, or of the location in a mustache.java message. */
    private static Position lineOf(String text, String variableOrMessage) {
        Matcher at = AT_LINE.matcher(String.valueOf(variableOrMessage));
        if (at.find()) {
            return new Position(Integer.parseInt(at.group(1)), 1);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int column = lines[i].indexOf(variableOrMessage);
            if (column >= 0 && lines[i].contains("{{")) {
                return new Position(i + 1, column + 1);
            }
        }
        return Position.START;
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
