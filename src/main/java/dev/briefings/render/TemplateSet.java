package dev.briefings.render;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheFactory;
import com.github.mustachejava.MustacheResolver;

import dev.briefings.data.InvalidProjectFile;
import dev.briefings.data.Position;

/**
 * The Mustache templates under {@code templates/}: for each format, {@code story} (one story's
 * body), {@code brief} (a page holding one story) and {@code edition} (a page holding all), as
 * {@code <name>.<format>.mustache}. A locale overrides any of them with a file of the same name in
 * {@code templates/<locale>/}.
 * <p>
 * Templates are compiled once per locale and format and cached. HTML escapes every value it
 * inserts with {@code {{name}}}; Markdown and plain text insert values as they are.
 */
public final class TemplateSet {

    private static final String TEMPLATE_SUFFIX = ".mustache";

    /** The templates each format needs. */
    public static final List<String> NAMES = List.of("story", "brief", "edition");

    private final Path folder;
    private final Map<String, MustacheFactory> factories = new ConcurrentHashMap<>();
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();
    private final Map<String, String> storyDigests = new ConcurrentHashMap<>();

    public TemplateSet(Path folder) {
        this.folder = folder;
    }

    /** Checks that every template exists and compiles for each locale and format. */
    public void check(List<String> locales) {
        for (String locale : locales) {
            for (OutputFormat format : OutputFormat.values()) {
                for (String name : NAMES) {
                    template(locale, format, name);
                }
            }
        }
    }

    public Path folder() {
        return folder;
    }

    /** Renders a template to a string. */
    public String render(String locale, OutputFormat format, String name, Object scope) {
        StringWriter out = new StringWriter();
        render(locale, format, name, scope, out);
        return out.toString();
    }

    /** Renders a template to a writer, so a whole edition streams without being held in memory. */
    public void render(String locale, OutputFormat format, String name, Object scope, Writer out) {
        try {
            template(locale, format, name).execute(out, scope).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A digest of the templates a story's pages in one locale and format are made from: every
     * template of that format (shared, and the locale's overrides) and every partial without a
     * format, but not the whole-edition document's, which no story page uses. A changed edition
     * template, or one of another format, leaves the digest as it was.
     */
    public String storyDigest(String locale, OutputFormat format) {
        return storyDigests.computeIfAbsent(locale + "/" + format.extension(), k -> {
            try {
                java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
                for (Path dir : List.of(folder, folder.resolve(locale))) {
                    for (Path file : storyTemplates(dir, format)) {
                        String name = folder.relativize(file).toString().replace('\\', '/');
                        digest.update((name.length() + ":" + name).getBytes(StandardCharsets.UTF_8));
                        byte[] bytes = Files.readAllBytes(file);
                        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                        digest.update(bytes);
                    }
                }
                return java.util.HexFormat.of().formatHex(digest.digest());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the templates in " + folder + ": " + e.getMessage(), e);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        });
    }

    private static List<Path> storyTemplates(Path dir, OutputFormat format) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        String edition = fileName(format, "edition");
        try (java.util.stream.Stream<Path> listing = Files.list(dir)) {
            return listing.filter(Files::isRegularFile).filter(file -> {
                String name = file.getFileName().toString();
                if (!name.endsWith(TEMPLATE_SUFFIX) || name.equals(edition)) {
                    return false;
                }
                for (OutputFormat other : OutputFormat.values()) {
                    if (other != format && name.endsWith("." + other.extension() + TEMPLATE_SUFFIX)) {
                        return false;
                    }
                }
                return true;
            }).sorted().toList();
        }
    }

    /** The file a template comes from for a locale: the locale's override, else the shared one. */
    public Path fileFor(String locale, OutputFormat format, String name) {
        String file = fileName(format, name);
        Path override = folder.resolve(locale).resolve(file);
        return Files.exists(override) ? override : folder.resolve(file);
    }

    private static String fileName(OutputFormat format, String name) {
        return name + "." + format.extension() + TEMPLATE_SUFFIX;
    }

    private Mustache template(String locale, OutputFormat format, String name) {
        String key = locale + "/" + format.extension() + "/" + name;
        return compiled.computeIfAbsent(key, k -> {
            Path file = fileFor(locale, format, name);
            if (!Files.exists(file)) {
                throw new InvalidProjectFile(file, Position.START, "template missing: every format needs "
                        + String.join(", ", NAMES.stream().map(n -> fileName(format, n)).toList()));
            }
            try {
                return factory(locale, format).compile(fileName(format, name));
            } catch (MustacheException e) {
                throw new InvalidProjectFile(file, Position.START, "template does not compile: " + e.getMessage());
            }
        });
    }

    private MustacheFactory factory(String locale, OutputFormat format) {
        return factories.computeIfAbsent(locale + "/" + format.extension(), k -> {
            MustacheResolver resolver = new LocaleResolver(folder, locale);
            return switch (format) {
                case HTML -> new DefaultMustacheFactory(resolver);
                case MARKDOWN -> new RawMustacheFactory(resolver, MarkdownEscaper::escape);
                case TEXT -> new RawMustacheFactory(resolver, value -> value);
            };
        });
    }

    /** Finds a template in the locale's folder first, then in the shared folder. */
    private static final class LocaleResolver implements MustacheResolver {
        private final Path folder;
        private final String locale;

        LocaleResolver(Path folder, String locale) {
            this.folder = folder;
            this.locale = locale;
        }

        @Override
        public Reader getReader(String resourceName) {
            // mustache.java keeps a partial's own extension ({{> style.html}} asks for "style.html").
            if (!resourceName.endsWith(TEMPLATE_SUFFIX)) {
                resourceName = resourceName + TEMPLATE_SUFFIX;
            }
            Path override = folder.resolve(locale).resolve(resourceName);
            Path file = Files.exists(override) ? override : folder.resolve(resourceName);
            try {
                return Files.newBufferedReader(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return null;
            }
        }
    }

    /**
     * A factory for Markdown and plain text: values are not HTML-escaped; Markdown escapes its own
     * syntax, plain text writes values as they are.
     */
    private static final class RawMustacheFactory extends DefaultMustacheFactory {
        private final java.util.function.UnaryOperator<String> escape;

        RawMustacheFactory(MustacheResolver resolver, java.util.function.UnaryOperator<String> escape) {
            super(resolver);
            this.escape = escape;
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(escape.apply(value));
            } catch (IOException e) {
                throw new MustacheException("cannot write", e);
            }
        }
    }
}
