package dev.briefings.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import dev.briefings.data.Node;
import dev.briefings.data.TreeReader;
import dev.briefings.events.EventRecord;
import dev.briefings.events.Origin;
import dev.briefings.events.RecordValidator;
import dev.briefings.i18n.LocalizedStory;
import dev.briefings.i18n.StoryLocalizer;
import dev.briefings.i18n.Translations;
import dev.briefings.render.OutputFormat;
import dev.briefings.render.StoryView;
import dev.briefings.render.TemplateSet;

/**
 * JMH micro-benchmarks of the job's hot paths, each on one record of the synthetic edition:
 * parsing a record (YAML and JSON) and checking it, telling a story in Russian (ICU messages,
 * dates, plurals, cases; and a meeting, whose lede puts a preposition before an argument), rendering its HTML template, and writing a brief page (plainly, as the
 * render step does, and by a temporary file and a rename, as publication would otherwise cost).
 * Run by {@code bench/run}; the project folder is the system property {@code briefings.home}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HotPathBenchmarks {

    private final TreeReader reader = new TreeReader();
    private Path folder;
    private Path yaml;
    private Path json;
    private RecordValidator validator;
    private EventRecord record;
    /** A meeting that agreed on an outcome: its lede puts «о» before an argument, whose form the locale's rules choose. */
    private EventRecord meeting;
    private StoryLocalizer russian;
    private TemplateSet templates;
    private StoryView view;
    private byte[] page;
    private final AtomicLong files = new AtomicLong();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path home = Path.of(System.getProperty("briefings.home", "."));
        Translations translations = Translations.load(home.resolve("translations"));
        templates = new TemplateSet(home.resolve("templates"));
        validator = new RecordValidator(translations.kinds(), translations.entities());
        folder = Files.createTempDirectory("hot-paths");
        SyntheticEdition.write(folder.resolve("events"), 6, 20201120L);
        String text = Files.readString(folder.resolve("events/wire-00000.yaml"));
        // the sixth story is a quote in two languages: one of the longer records
        String one = text.substring(text.lastIndexOf("- id: 2020-11-20-story-000005") + 2).replace("\n  ", "\n");
        yaml = Files.writeString(folder.resolve("record.yaml"), one);
        Node node = reader.read(yaml).orElseThrow();
        json = Files.writeString(folder.resolve("record.json"), new tools.jackson.databind.json.JsonMapper()
                .writeValueAsString(new tools.jackson.dataformat.yaml.YAMLMapper().readTree(one)));
        record = validator.validate(node, new Origin("record.yaml", node.position(), 0));
        Node meetingNode = reader.readYaml("""
                id: meeting
                kind: meeting.held
                date: 2020-11-19
                place: minsk
                participants: {participants: [putin, lukashenko], outcome: reserve-withdrawal}
                """).orElseThrow();
        meeting = validator.validate(meetingNode, new Origin("meeting.yaml", meetingNode.position(), 0));
        russian = new StoryLocalizer(translations, "ru");
        LocalizedStory story = russian.localize(record, List.of(), LocalDate.of(2020, 11, 20));
        view = StoryView.of(story, russian.labels(), "ltr");
        page = templates.render("ru", OutputFormat.HTML, "story", view).getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(folder.resolve("pages"));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Benchmark
    public EventRecord parseYamlRecord() throws Exception {
        Node node = reader.read(yaml).orElseThrow();
        return validator.validate(node, new Origin("record.yaml", node.position(), 0));
    }

    @Benchmark
    public EventRecord parseJsonRecord() throws Exception {
        Node node = reader.read(json).orElseThrow();
        return validator.validate(node, new Origin("record.json", node.position(), 0));
    }

    @Benchmark
    public LocalizedStory formatStoryInRussian() {
        return russian.localize(record, List.of(), LocalDate.of(2020, 11, 20));
    }

    @Benchmark
    public LocalizedStory formatMeetingInRussian() {
        return russian.localize(meeting, List.of(), LocalDate.of(2020, 11, 20));
    }

    @Benchmark
    public String renderStoryTemplate() {
        return templates.render("ru", OutputFormat.HTML, "story", view);
    }

    @Benchmark
    public Path writePage() throws IOException {
        return Files.write(folder.resolve("pages").resolve(files.incrementAndGet() + ".html"), page);
    }

    @Benchmark
    public Path writePageByTempFileAndRename() throws IOException {
        Path target = folder.resolve("pages").resolve(files.incrementAndGet() + ".html");
        Path temp = Files.write(target.resolveSibling("." + target.getFileName() + ".tmp"), page);
        return Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
