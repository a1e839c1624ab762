package dev.briefings.edition;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import dev.briefings.events.EventFiles;
import dev.briefings.events.RecordValidator;
import dev.briefings.render.OutputFormat;

/**
 * The nightly briefing job: ingest (read and check records, restartable), plan (checks across
 * records, the edition's stories in order), render (every story in every locale and format,
 * restartable) and publish (edition documents, manifest, atomic switch).
 * <p>
 * Paths, locales and formats reach the steps as job parameters. The edition date, the inputs'
 * fingerprint and the generation identify a job instance: changed inputs make a new instance.
 */
@Configuration
@Import(RepositoryConfiguration.class)
public class BriefingJobConfiguration {

    public static final String JOB_NAME = "briefing";

    /** Job parameter names. */
    public static final String EDITION = "edition";
    public static final String FINGERPRINT = "fingerprint";
    public static final String GENERATION = "generation";
    public static final String EVENTS = "events";
    public static final String OUTPUT = "output";
    public static final String LOCALES = "locales";
    public static final String FORMATS = "formats";
    public static final String TIMEZONE = "timezone";

    static final int INGEST_CHUNK = 200;
    /**
     * Stories per render chunk: each chunk's stories are rendered in parallel, then its fragment
     * files are written and the chunk is committed. Large enough that the commit and the
     * wait for the chunk's slowest story are small beside the rendering.
     */
    static final int RENDER_CHUNK = 200;

    @Bean
    public CurrentExecution currentExecution() {
        return new CurrentExecution();
    }

    @Bean
    public Job briefingJob(JobRepository jobRepository, CurrentExecution currentExecution, Step ingestStep, Step planStep,
            Step renderStep, Step publishStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(currentExecution)
                .listener(new StepTimes())
                .start(ingestStep)
                .next(planStep)
                .next(renderStep)
                .next(publishStep)
                .build();
    }

    @Bean
    public Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            EventRecordReader eventRecordReader, RecordCheckProcessor recordCheckProcessor, StagingWriter stagingWriter) {
        return new StepBuilder("ingest", jobRepository)
                .<IngestItem, IngestItem>chunk(INGEST_CHUNK)
                .transactionManager(transactionManager)
                .reader(eventRecordReader)
                .processor(recordCheckProcessor)
                .writer(stagingWriter)
                .listener(new ProgressListener("ingest", "records checked", false))
                .build();
    }

    @Bean
    public Step planStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, PlanTasklet planTasklet) {
        return new StepBuilder("plan", jobRepository).tasklet(planTasklet, transactionManager).build();
    }

    @Bean
    public Step renderStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StoryReader storyReader, BriefingProcessor briefingProcessor, BriefWriter briefWriter,
            ThreadPoolTaskExecutor renderThreads) {
        return new StepBuilder("render", jobRepository)
                .<StoryItem, StagedStory>chunk(RENDER_CHUNK)
                .transactionManager(transactionManager)
                .reader(storyReader)
                .processor(briefingProcessor)
                .writer(briefWriter)
                .taskExecutor(renderThreads)
                .listener(new ProgressListener("render", "stories", true))
                .build();
    }

    @Bean
    public Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            PublishTasklet publishTasklet) {
        return new StepBuilder("publish", jobRepository).tasklet(publishTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    public EventRecordReader eventRecordReader(@Value("#{jobParameters['events']}") String events,
            @Value("#{jobParameters['output']}") String output, @Value("#{jobParameters['edition']}") String edition,
            @Value("#{jobParameters['fingerprint']}") String fingerprint,
            @Value("#{jobParameters['generation']}") Long generation) {
        EditionPaths paths = paths(output, edition, fingerprint, generation);
        return new EventRecordReader(new EventFiles(Path.of(events)), paths.fileList());
    }

    @Bean
    @StepScope
    public RecordCheckProcessor recordCheckProcessor(ProjectResources resources) {
        return new RecordCheckProcessor(new RecordValidator(resources.translations().kinds(),
                resources.translations().entities()));
    }

    @Bean
    @StepScope
    public StagingWriter stagingWriter(@Value("#{jobParameters['output']}") String output,
            @Value("#{jobParameters['edition']}") String edition, @Value("#{jobParameters['fingerprint']}") String fingerprint,
            @Value("#{jobParameters['generation']}") Long generation) {
        return new StagingWriter(paths(output, edition, fingerprint, generation).ingest());
    }

    @Bean
    @StepScope
    public PlanTasklet planTasklet(@Value("#{jobParameters['output']}") String output,
            @Value("#{jobParameters['edition']}") String edition, @Value("#{jobParameters['fingerprint']}") String fingerprint,
            @Value("#{jobParameters['generation']}") Long generation, @Value("#{jobParameters['timezone']}") String timezone) {
        return new PlanTasklet(paths(output, edition, fingerprint, generation), ZoneId.of(timezone));
    }

    /**
     * The threads that render stories: one per core. Reading and writing stay on the step's own
     * thread, so the saved reading position, and with it restart, is what it is on one thread.
     */
    @Bean
    public ThreadPoolTaskExecutor renderThreads() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        int threads = Integer.getInteger("briefings.threads", Math.max(1, Runtime.getRuntime().availableProcessors()));
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix("render-");
        executor.setDaemon(true);
        return executor;
    }

    @Bean
    @StepScope
    public StoryReader storyReader(@Value("#{jobParameters['output']}") String output,
            @Value("#{jobParameters['edition']}") String edition, @Value("#{jobParameters['fingerprint']}") String fingerprint,
            @Value("#{jobParameters['generation']}") Long generation) {
        EditionPaths paths = paths(output, edition, fingerprint, generation);
        return new StoryReader(paths.ingest(), paths.plan(), LocalDate.parse(edition));
    }

    @Bean
    @StepScope
    public StoryRenderer storyRenderer(ProjectResources resources, @Value("#{jobParameters['output']}") String output,
            @Value("#{jobParameters['edition']}") String edition, @Value("#{jobParameters['fingerprint']}") String fingerprint,
            @Value("#{jobParameters['generation']}") Long generation, @Value("#{jobParameters['locales']}") String locales,
            @Value("#{jobParameters['formats']}") String formats) {
        EditionPaths paths = paths(output, edition, fingerprint, generation);
        return StoryRenderer.fromStaging(resources.translations(), resources.templates(), paths.background(),
                list(locales), formats(formats), LocalDate.parse(edition));
    }

    @Bean
    @StepScope
    public BriefingProcessor briefingProcessor(StoryRenderer storyRenderer, @Value("#{jobParameters['output']}") String output,
            @Value("#{jobParameters['edition']}") String edition, @Value("#{jobParameters['fingerprint']}") String fingerprint,
            @Value("#{jobParameters['generation']}") Long generation) {
        return new BriefingProcessor(storyRenderer, paths(output, edition, fingerprint, generation).staged());
    }

    @Bean
    @StepScope
    public BriefWriter briefWriter(@Value("#{jobParameters['output']}") String output,
            @Value("#{jobParameters['edition']}") String edition, @Value("#{jobParameters['fingerprint']}") String fingerprint,
            @Value("#{jobParameters['generation']}") Long generation) {
        return new BriefWriter(paths(output, edition, fingerprint, generation));
    }

    @Bean
    @StepScope
    public PublishTasklet publishTasklet(ProjectResources resources, StoryRenderer storyRenderer,
            @Value("#{jobParameters['output']}") String output, @Value("#{jobParameters['edition']}") String edition,
            @Value("#{jobParameters['fingerprint']}") String fingerprint,
            @Value("#{jobParameters['generation']}") Long generation, @Value("#{jobParameters['locales']}") String locales,
            @Value("#{jobParameters['formats']}") String formats) {
        return new PublishTasklet(paths(output, edition, fingerprint, generation), storyRenderer, resources.templates(),
                list(locales), formats(formats), fingerprint);
    }

    static EditionPaths paths(String output, String edition, String fingerprint, Long generation) {
        return new EditionPaths(Path.of(output), LocalDate.parse(edition), generationName(fingerprint, generation));
    }

    /** The folder-name part that tells generations of one edition apart. */
    public static String generationName(String fingerprint, long generation) {
        return fingerprint.substring(0, 12) + "-" + generation;
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<OutputFormat> formats(String commaSeparated) {
        return list(commaSeparated).stream()
                .map(f -> OutputFormat.fromExtension(f).orElseThrow(() -> new IllegalArgumentException("unknown format " + f)))
                .toList();
    }
}
