package dev.briefings.edition.job;

import java.io.IOException;
import java.util.Map;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import dev.briefings.events.EventFiles;
import dev.briefings.render.OutputFormat;
import dev.briefings.events.RecordValidator;
import dev.briefings.edition.runs.JobKeys;
import dev.briefings.edition.runs.RepositoryConfiguration;

/**
 * The nightly briefing job: ingest (read and check records, restartable), plan (checks across
 * records, the edition's stories in order), render (every story in every locale and format,
 * restartable) and publish (edition documents, manifest, atomic switch).
 * <p>
 * Paths, locales and formats reach the steps as job parameters. The edition date, the inputs'
 * fingerprint and the generation identify a job instance: changed inputs make a new instance.
 * <p>
 * The step-scoped readers, processors, writers and tasklets are reached through JDK proxies of
 * their interfaces ({@link StepBean}), and the configuration classes are not subclassed: making
 * CGLIB subclasses of them took about 0.1 s of every run's start (#15).
 */
@Configuration(proxyBeanMethods = false)
@Import(RepositoryConfiguration.class)
public class BriefingJobConfiguration {

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
        return new JobBuilder(JobKeys.JOB_NAME, jobRepository)
                .listener(currentExecution)
                .listener(new StepTimes())
                .listener(new PublicationFinishes())
                .start(ingestStep)
                .next(planStep)
                .next(renderStep)
                .next(publishStep)
                .build();
    }

    @Bean
    public Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ItemStreamReader<IngestItem> eventRecordReader, ItemProcessor<IngestItem, IngestItem> recordCheckProcessor,
            ItemWriter<IngestItem> stagingWriter) {
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
    public Step planStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Tasklet planTasklet) {
        return new StepBuilder("plan", jobRepository).tasklet(planTasklet, transactionManager).build();
    }

    @Bean
    public Step renderStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ItemStreamReader<StoryItem> storyReader, ItemProcessor<StoryItem, StagedStory> briefingProcessor,
            ItemStreamWriter<StagedStory> briefWriter, ThreadPoolTaskExecutor renderThreads) {
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
            Tasklet publishTasklet) {
        return new StepBuilder(PublicationFinishes.STEP, jobRepository).tasklet(publishTasklet, transactionManager)
                .build();
    }

    /**
     * The run's parameters, read once per step. Not proxied: only the step-scoped beans below,
     * created inside a step, take it (so does the story renderer).
     */
    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.NO)
    public JobSettings jobSettings(@Value("#{jobParameters}") Map<String, Object> parameters) {
        return JobSettings.of(parameters);
    }

    @Bean
    @StepBean
    public EventRecordReader eventRecordReader(JobSettings settings) {
        return new EventRecordReader(new EventFiles(settings.events()), settings.paths().fileList());
    }

    @Bean
    @StepBean
    public RecordCheckProcessor recordCheckProcessor(ProjectResources resources, JobSettings settings) {
        return new RecordCheckProcessor(new RecordValidator(resources.translations().kinds(),
                resources.translations().entities()), resources.translations().needs(), settings.edition());
    }

    @Bean
    @StepBean
    public StagingWriter stagingWriter(JobSettings settings) {
        return new StagingWriter(settings.paths().ingest());
    }

    @Bean
    @StepBean
    public PlanTasklet planTasklet(JobSettings settings) {
        return new PlanTasklet(settings.paths(), settings.timezone());
    }

    /**
     * The threads that render stories, and then write the edition documents: one per core. Reading and writing stay on the step's own
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
    @StepBean
    public StoryReader storyReader(JobSettings settings) {
        return new StoryReader(settings.paths().ingest(), settings.paths().plan(), settings.edition());
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.NO)
    public StoryRenderer storyRenderer(ProjectResources resources, JobSettings settings) {
        return StoryRenderer.fromStaging(resources.translations(), resources.templates(), settings.paths().background(),
                settings.locales(), settings.formats(), settings.edition(), settings.renderBase());
    }

    @Bean
    @StepBean
    public BriefingProcessor briefingProcessor(StoryRenderer storyRenderer, JobSettings settings) throws IOException {
        return BriefingProcessor.forEdition(storyRenderer, settings.paths(), settings.locales(),
                settings.formats().stream().map(OutputFormat::extension).toList(), settings.force());
    }

    @Bean
    @StepBean
    public BriefWriter briefWriter(JobSettings settings) {
        return new BriefWriter(settings.paths(), settings.locales());
    }

    @Bean
    @StepBean
    public PublishTasklet publishTasklet(ProjectResources resources, StoryRenderer storyRenderer, JobSettings settings,
            ThreadPoolTaskExecutor renderThreads) {
        return new PublishTasklet(settings.paths(), storyRenderer, resources.templates(), settings.locales(),
                settings.formats(), settings.fingerprint(), settings.keepGenerations(), renderThreads);
    }

}
