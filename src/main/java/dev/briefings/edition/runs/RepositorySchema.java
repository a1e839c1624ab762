package dev.briefings.edition.runs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.core.io.support.EncodedResource;

/**
 * Creates the job repository's tables on first use, explicitly: it looks for them, and only when
 * they are absent runs the schema script shipped in spring-batch-core, stopping at the first error
 * (never "create and ignore failures"). On PostgreSQL it also indexes the foreign-key columns the
 * repository queries by, which the shipped script leaves out. Two first runs cannot race: an
 * advisory lock serializes them on PostgreSQL (across hosts), a file lock on the embedded default.
 */
public final class RepositorySchema {

    /** Indexes on the foreign-key columns, which PostgreSQL does not create by itself. */
    static final List<String> POSTGRES_INDEXES = List.of(
            "create index if not exists batch_job_exec_instance_ix on batch_job_execution (job_instance_id)",
            "create index if not exists batch_job_exec_params_exec_ix on batch_job_execution_params (job_execution_id)",
            "create index if not exists batch_step_exec_job_exec_ix on batch_step_execution (job_execution_id)");

    private RepositorySchema() {
    }

    /**
     * Makes sure the schema exists.
     *
     * @param platform the script's platform, {@code h2} or {@code postgresql}
     * @param lockFile a file whose lock serializes creation between processes of this host (H2)
     */
    public static void ensure(DataSource dataSource, String platform, Path lockFile) throws IOException, SQLException {
        if (platform.equals("postgresql")) {
            ensurePostgres(dataSource);
            return;
        }
        Files.createDirectories(lockFile.getParent());
        try (FileChannel channel = FileChannel.open(lockFile, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE); FileLock lock = channel.lock();
                Connection connection = dataSource.getConnection()) {
            if (!exists(connection)) {
                ScriptUtils.executeSqlScript(connection, script(platform));
            } else if (cutShort(connection)) {
                // H2 commits each statement of the script: a first run that met a full disk (or was
                // killed) while creating the tables left some of them and none of the sequences the
                // script creates last, and every later run failed on a missing sequence. No run can
                // have been recorded without them, so nothing is lost by creating the schema again.
                ScriptUtils.executeSqlScript(connection, new EncodedResource(new ClassPathResource(
                        "org/springframework/batch/core/schema-drop-" + platform + ".sql"), java.nio.charset.StandardCharsets.UTF_8));
                ScriptUtils.executeSqlScript(connection, script(platform));
            }
        }
    }

    /** Whether an embedded schema lacks the sequence its script creates last, and holds no run. */
    private static boolean cutShort(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet last = statement.executeQuery("select count(*) from information_schema.sequences "
                    + "where sequence_name = 'BATCH_JOB_INSTANCE_SEQ'")) {
                if (last.next() && last.getLong(1) > 0) {
                    return false;
                }
            }
            try (ResultSet runs = statement.executeQuery("select count(*) from BATCH_JOB_INSTANCE")) {
                return runs.next() && runs.getLong(1) == 0;
            }
        }
    }

    private static void ensurePostgres(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_xact_lock(" + (PostgresEditionLock.KEY_SPACE << 32) + ")");
                if (!exists(connection)) {
                    ScriptUtils.executeSqlScript(connection, script("postgresql"));
                }
                for (String index : POSTGRES_INDEXES) {
                    statement.execute(index);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static EncodedResource script(String platform) {
        return new EncodedResource(new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Whether the repository's tables exist (a new database has none). */
    static boolean exists(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return exists(connection);
        }
    }

    static boolean exists(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : new String[] {"BATCH_JOB_INSTANCE", "batch_job_instance"}) {
            try (ResultSet tables = meta.getTables(null, null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a URL names a database this program can keep its job repository in. */
    public static boolean supports(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:h2:") || lower.startsWith("jdbc:postgresql:");
    }

    /** The platform name of a JDBC URL, as the schema scripts are named. */
    public static String platformOf(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return "h2";
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return "postgresql";
        }
        throw new RepositoryProblem(RepositoryProblem.Kind.UNSUPPORTED, "unsupported job repository URL " + url
                + "; use jdbc:postgresql://host/database, or leave it out for the embedded H2 default", null);
    }
}
