package dev.briefings.edition;

import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Where the job repository lives. By default an H2 database in files under
 * {@code <output>/.jobs/}, created on first use with no set-up; a JDBC URL (with user and
 * password) chooses another database.
 */
public record RepositorySettings(Optional<String> url, Optional<String> user, Optional<String> password) {

    /** The embedded default. */
    public static RepositorySettings embedded() {
        return new RepositorySettings(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * The JDBC URL for an output folder. The embedded default writes every commit at once
     * (WRITE_DELAY=0), so a crash loses no committed step of the job.
     */
    public String url(Path output) {
        return url.orElseGet(() -> "jdbc:h2:file:" + EditionPaths.jobsFolder(output).toAbsolutePath().resolve("repository")
                + ";WRITE_DELAY=0");
    }

    public DataSource dataSource(Path output) {
        String jdbcUrl = url(output);
        String platform = RepositorySchema.platformOf(jdbcUrl);
        if (platform.equals("h2")) {
            return JdbcConnectionPool.create(jdbcUrl, user.orElse("sa"), password.orElse(""));
        }
        throw new EditionLauncher.InvalidRequest("the job repository " + jdbcUrl + " needs a driver this build does not "
                + "include; use the embedded H2 default");
    }

    /** The URL without a password, for messages. */
    public String describe(Path output) {
        return url(output);
    }
}
