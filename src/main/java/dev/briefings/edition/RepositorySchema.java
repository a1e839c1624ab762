package dev.briefings.edition;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Creates the job repository's tables on first use, explicitly: it looks for them, and only when
 * they are absent runs the schema script shipped in spring-batch-core, stopping at the first error
 * (never "create and ignore failures"). A file lock keeps two first runs from racing.
 */
public final class RepositorySchema {

    private RepositorySchema() {
    }

    /**
     * Makes sure the schema exists.
     *
     * @param platform the script's platform, such as {@code h2} or {@code postgresql}
     * @param lockFile a file whose lock serializes creation between processes of this host
     */
    public static void ensure(DataSource dataSource, String platform, Path lockFile) throws IOException, SQLException {
        Files.createDirectories(lockFile.getParent());
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            if (exists(dataSource)) {
                return;
            }
            ResourceDatabasePopulator populator = new ResourceDatabasePopulator(
                    new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"));
            populator.setContinueOnError(false);
            populator.execute(dataSource);
        }
    }

    static boolean exists(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
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
        throw new IllegalArgumentException("unsupported job repository URL " + url + "; use jdbc:h2: or jdbc:postgresql:");
    }
}
