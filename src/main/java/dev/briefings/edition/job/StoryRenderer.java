package dev.briefings.edition.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.briefings.data.Json;
import dev.briefings.events.EventRecord;
import dev.briefings.i18n.Fallback;
import dev.briefings.i18n.LocalizedStory;
import dev.briefings.i18n.StoryInputs;
import dev.briefings.i18n.StoryLocalizer;
import dev.briefings.edition.publish.Digests;
import dev.briefings.i18n.Translations;
import dev.briefings.render.OutputFormat;
import dev.briefings.render.PageView;
import dev.briefings.render.StoryView;
import dev.briefings.render.TemplateSet;

/**
 * Renders one story in every locale and format: the localized text once per locale, then each
 * format's story template and brief page. Localizers and templates are built once, when the
 * renderer is; nothing is built per story. Not final: the job proxies it per step.
 */
public class StoryRenderer {

    private final Translations translations;
    private final Map<String, EventRecord> records;
    private final List<String> locales;
    private final List<OutputFormat> formats;
    private final TemplateSet templates;
    private final LocalDate edition;
    private final Map<String, StoryLocalizer> localizers = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> labels = new LinkedHashMap<>();
    private final Map<String, String> titles = new LinkedHashMap<>();
    private final String renderBase;
    private final Map<String, StoryInputs> inputs = new HashMap<>();
    private final Map<String, String> pagesOf = new HashMap<>();

    /**
     * @param background the records that stories may name as background (a story's own record
     *                   comes with it when it is rendered)
     */
    public StoryRenderer(Translations translations, TemplateSet templates, List<EventRecord> background,
            List<String> locales, List<OutputFormat> formats, LocalDate edition) {
        this(translations, templates, background, locales, formats, edition, "");
    }

    /**
     * @param renderBase a digest of what every story's pages are made from besides the project
     *                   files (the program, the edition date), which {@link #inputs} starts from
     */
    public StoryRenderer(Translations translations, TemplateSet templates, List<EventRecord> background,
            List<String> locales, List<OutputFormat> formats, LocalDate edition, String renderBase) {
        this.renderBase = renderBase;
        Map<String, EventRecord> index = new HashMap<>();
        background.forEach(r -> index.put(r.id(), r));
        this.translations = translations;
        this.records = index;
        this.locales = List.copyOf(locales);
        this.formats = List.copyOf(formats);
        this.templates = templates;
        this.edition = edition;
        for (String locale : locales) {
            StoryLocalizer localizer = new StoryLocalizer(translations, locale);
            localizers.put(locale, localizer);
            labels.put(locale, localizer.labels());
            titles.put(locale, localizer.editionTitle(edition));
        }
    }

    /** A renderer with the background records the plan step staged. */
    public static StoryRenderer fromStaging(Translations translations, TemplateSet templates, Path background,
            List<String> locales, List<OutputFormat> formats, LocalDate edition, String renderBase) {
        try {
            return new StoryRenderer(translations, templates, List.of(Json.read(background, EventRecord[].class)),
                    locales, formats, edition, renderBase);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the staged background records " + background + ": "
                    + e.getMessage(), e);
        }
    }

    /** The same renderer with its own formatters, for another thread. */
    public StoryRenderer forAnotherThread() {
        return new StoryRenderer(translations.forAnotherThread(), templates, List.copyOf(records.values()), locales,
                formats, edition, renderBase);
    }

    public String editionTitle(String locale) {
        return titles.get(locale);
    }

    /** The BCP 47 tag of a locale, for HTML's {@code lang}. */
    public String languageTag(String locale) {
        return localizers.get(locale).bundle().languageTag();
    }

    /** "ltr" or "rtl", for HTML's {@code dir}. */
    public String direction(String locale) {
        return localizers.get(locale).bundle().direction();
    }

    public Map<String, String> labels(String locale) {
        return labels.get(locale);
    }

    /**
     * A text or Markdown story ends with exactly one line break, whichever of its optional parts
     * (background, timeline, source) come last; HTML is left as its template writes it.
     */
    private static String endsWithOneNewline(String body, OutputFormat format) {
        return format.escapesHtml() ? body : body.stripTrailing() + "\n";
    }

    public RenderedStory render(StoryItem item) {
        List<RenderedStory.Brief> briefs = new ArrayList<>();
        Set<Fallback> fallbacks = new LinkedHashSet<>();
        for (String locale : locales) {
            LocaleRendering rendering = render(item, locale);
            briefs.addAll(rendering.briefs());
            fallbacks.addAll(rendering.fallbacks());
        }
        return new RenderedStory(item.position(), item.record().id(), briefs, List.copyOf(fallbacks));
    }

    /** One story told in one locale, in every format, with the fallbacks its telling used. */
    public record LocaleRendering(List<RenderedStory.Brief> briefs, List<Fallback> fallbacks) {
    }

    /** Renders a story in one locale, in every format. */
    public LocaleRendering render(StoryItem item, String locale) {
        EventRecord story = item.record();
        List<RenderedStory.Brief> briefs = new ArrayList<>(formats.size());
        StoryLocalizer localizer = localizers.get(locale);
        LocalizedStory localized = localizer.localize(story, background(story), edition);
        StoryView view = StoryView.of(localized, labels.get(locale), direction(locale));
        for (OutputFormat format : formats) {
            String body = endsWithOneNewline(templates.render(locale, format, "story", view), format);
            PageView page = new PageView(languageTag(locale), direction(locale),
                    localized.headline(), titles.get(locale),
                    List.of(new PageView.Entry(view.anchor(), localized.headline(), body)), false, labels.get(locale));
            briefs.add(new RenderedStory.Brief(locale, format.extension(),
                    RenderedStory.briefPath(locale, story.id(), format.extension()),
                    templates.render(locale, format, "brief", page),
                    new RenderedStory.Fragment(view.anchor(), localized.headline(), body)));
        }
        return new LocaleRendering(briefs, List.copyOf(new LinkedHashSet<>(localized.fallbacks())));
    }

    /**
     * Per locale, a digest of everything a story's pages in that locale are made from: the program and edition
     * ({@code renderBase}), the templates of its pages in every format, and what
     * {@link StoryInputs} counts (its records, kinds, messages and names). Pages with the same
     * digest have the same bytes.
     */
    public Map<String, String> inputs(StoryItem item) {
        List<EventRecord> background = background(item.record());
        List<byte[]> records = StoryInputs.records(item.record(), background);
        Map<String, String> digests = new HashMap<>();
        for (String locale : locales) {
            StoryInputs telling = inputs.computeIfAbsent(locale, l -> new StoryInputs(translations, l));
            String text = pagesOf.computeIfAbsent(locale, this::pageInputs) + ' '
                    + telling.digest(item.record(), background, records);
            digests.put(locale, Digests.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return digests;
    }

    /** What every story's pages in a locale share: the program and edition, and each format's templates. */
    private String pageInputs(String locale) {
        StringBuilder text = new StringBuilder(renderBase);
        for (OutputFormat format : formats) {
            text.append(' ').append(format.extension()).append(' ').append(templates.storyDigest(locale, format));
        }
        return text.toString();
    }

    private List<EventRecord> background(EventRecord story) {
        return story.background().stream().map(records::get).filter(r -> r != null).toList();
    }
}
