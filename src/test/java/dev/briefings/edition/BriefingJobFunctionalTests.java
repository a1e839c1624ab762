package dev.briefings.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import dev.briefings.EditionChecks;
import dev.briefings.TestProject;
import dev.briefings.edition.job.BriefingJobConfiguration;
import dev.briefings.edition.publish.Manifest;
import dev.briefings.edition.job.ProjectResources;

/** The briefing job end to end on the real project files, through spring-batch-test. */
@SpringBatchTest
@SpringJUnitConfig(BriefingJobFunctionalTests.JobTestConfiguration.class)
class BriefingJobFunctionalTests {

    @Configuration
    @Import(BriefingJobConfiguration.class)
    static class JobTestConfiguration {

        @Bean
        DataSource dataSource() {
            return new EmbeddedDatabaseBuilder().generateUniqueName(true).setType(EmbeddedDatabaseType.H2)
                    .addScript("/org/springframework/batch/core/schema-h2.sql").build();
        }

        @Bean
        ProjectResources projectResources() {
            return new ProjectResources(TestProject.translations(), TestProject.templates());
        }
    }

    private static final String FINGERPRINT = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @TempDir
    Path output;

    @Test
    void job_onTheSampleEdition_publishesEveryStoryInEveryLocaleAndFormat() throws Exception {
        // given the sample edition
        var request = TestProject.request(TestProject.root(), output);

        // when the job runs
        JobExecution execution = jobOperatorTestUtils.startJob(
                Generations.parameters(request, List.of("en", "ru"), FINGERPRINT, "base", 1));

        // then it completes, and the edition holds a brief per story, locale and format plus the documents
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getStepExecutions()).extracting(StepExecution::getStepName)
                .containsExactly("ingest", "plan", "render", "publish");
        Path edition = output.resolve("2020-11-20");
        assertThat(Files.isSymbolicLink(edition)).isTrue();
        Manifest manifest = EditionChecks.manifest(edition);
        assertThat(manifest.edition()).isEqualTo("2020-11-20");
        assertThat(manifest.locales()).containsExactly("en", "ru");
        assertThat(manifest.rejected()).isEmpty();
        assertThat(manifest.records().stories()).isEqualTo(9);
        assertThat(manifest.records().read()).isEqualTo(manifest.records().stories() + manifest.records().background()
                + manifest.records().otherEditions() + manifest.records().rejected());
        assertThat(manifest.files()).hasSize(9 * 2 * 3 + 2 * 3);
        assertThat(manifest.files()).filteredOn(f -> f.story() == null).extracting(Manifest.FileEntry::path)
                .containsExactlyInAnyOrder("en/edition.html", "en/edition.md", "en/edition.txt",
                        "ru/edition.html", "ru/edition.md", "ru/edition.txt");
        EditionChecks.filesMatchManifest(edition);
        EditionChecks.textIsClean(edition, TestProject.translations());

        // and the stories come in priority order, the seed story first
        String contents = Files.readString(edition.resolve("en/edition.txt"));
        assertThat(contents.indexOf("Russia’s National Guard and Belarus police"))
                .isLessThan(contents.indexOf("Russia reports 24,318"))
                .isLessThan(contents.indexOf("Trump Jr. tests positive"));
        // and the output folder's index links the edition in each locale
        assertThat(Files.readString(output.resolve("index.html")))
                .contains("href=\"2020-11-20/en/edition.html\">English</a>")
                .contains("href=\"2020-11-20/ru/edition.html\">Русский</a>");
        // and no staging file is left behind
        assertThat(output.resolve(".work")).isEmptyDirectory();
    }
}
