package dev.briefings.edition.publish;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import dev.briefings.render.OutputFormat;

/**
 * {@code output/index.html}: every published edition, newest first, with a link to each locale's
 * whole-edition page and its other formats. Rewritten from what is on disk after each
 * publication, so it never lists an edition that is not there.
 */
public final class EditionIndex {

    public static final String FILE = "index.html";
    private static final ULocale PAGE_LOCALE = ULocale.ENGLISH;
    private static final Mustache TEMPLATE = new DefaultMustacheFactory("dev/briefings/edition").compile("index.html.mustache");

    /** What the page template sees. */
    record Page(List<Edition> editions, boolean empty) {
    }

    record Edition(String date, String title, List<Locale> locales) {
    }

    /** A locale of an edition: its whole-edition page (HTML when there is one) and its other formats. */
    record Locale(String tag, String name, String href, List<Link> others) {
    }

    record Link(String href, String format) {
    }

    private EditionIndex() {
    }

    /**
     * Writes the index of an output folder. Another edition may publish meanwhile; the folder is
     * read again after writing and the page rewritten until the two agree.
     */
    public static void write(Path output) throws IOException {
        for (int attempt = 0; attempt < 3; attempt++) {
            List<Edition> editions = editions(output);
            AtomicFiles.write(output.resolve(FILE), out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                TEMPLATE.execute(writer, new Page(editions, editions.isEmpty())).flush();
            });
            if (editions(output).equals(editions)) {
                return;
            }
        }
    }

    /** The published editions under an output folder, newest first. */
    static List<Edition> editions(Path output) throws IOException {
        if (!Files.isDirectory(output)) {
            return List.of();
        }
        List<Edition> editions = new ArrayList<>();
        try (Stream<Path> listing = Files.list(output)) {
            for (Path folder : listing.sorted(Comparator.reverseOrder()).toList()) {
                Optional<LocalDate> date = editionDate(folder);
                if (date.isEmpty() || !Files.isDirectory(folder)) {
                    continue;
                }
                List<Locale> locales = locales(folder);
                if (!locales.isEmpty()) {
                    editions.add(new Edition(date.get().toString(), title(date.get()), locales));
                }
            }
        }
        return editions;
    }

    private static Optional<LocalDate> editionDate(Path folder) {
        try {
            return Optional.of(LocalDate.parse(folder.getFileName().toString()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static List<Locale> locales(Path edition) throws IOException {
        List<Locale> locales = new ArrayList<>();
        try (Stream<Path> listing = Files.list(edition)) {
            for (Path folder : listing.filter(Files::isDirectory).sorted().toList()) {
                String tag = folder.getFileName().toString();
                List<Link> links = new ArrayList<>();
                for (OutputFormat format : OutputFormat.values()) {
                    String file = "edition." + format.extension();
                    if (Files.isRegularFile(folder.resolve(file))) {
                        links.add(new Link(edition.getFileName() + "/" + tag + "/" + file, format.extension()));
                    }
                }
                if (!links.isEmpty()) {
                    locales.add(new Locale(ULocale.forLanguageTag(tag).toLanguageTag(), displayName(tag),
                            links.get(0).href(), links.subList(1, links.size())));
                }
            }
        }
        return locales;
    }

    /** A locale's name in its own language, as a menu shows it: "English", "Русский". */
    static String displayName(String tag) {
        ULocale locale = ULocale.forLanguageTag(tag);
        String name = LocaleDisplayNames.getInstance(locale, DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU)
                .localeDisplayName(locale);
        return name == null || name.isBlank() ? tag : name;
    }

    private static String title(LocalDate date) {
        DateFormat format = DateFormat.getDateInstance(DateFormat.FULL, PAGE_LOCALE);
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(new java.util.Date(date.toEpochDay() * 86_400_000L));
    }
}
