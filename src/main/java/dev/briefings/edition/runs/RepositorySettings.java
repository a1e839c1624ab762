package dev.briefings.edition.runs;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;
import dev.briefings.edition.publish.EditionPaths;

/**
 * Where the job repository lives. By default an H2 database in files under
 * {@code <output>/.jobs/}, created on first use with no set-up; a JDBC URL (with user and
 * password) chooses PostgreSQL, for newsrooms that run the job from several hosts.
 */
public record RepositorySettings(Optional<String> url, Optional<String> user, Optional<String> password) {

    /** The embedded default. */
    public static RepositorySettings embedded() {
        return new RepositorySettings(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * The JDBC URL for an output folder. The embedded default writes every commit at once
     * (WRITE_DELAY=0), so a crash loses no committed step of the job, and stays open while the
     * JVM shuts down (DB_CLOSE_ON_EXIT=FALSE), so a run stopped by SIGTERM can record that it stopped.
     */
    public String url(Path output) {
        return url.orElseGet(() -> "jdbc:h2:file:" + EditionPaths.jobsFolder(output).toAbsolutePath().resolve("repository")
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
    }

    public String platform(Path output) {
        return RepositorySchema.platformOf(url(output));
    }

    public boolean isPostgres(Path output) {
        return platform(output).equals("postgresql");
    }

    /** A data source for the repository: a small pool for H2, plain connections for PostgreSQL. */
    public DataSource dataSource(Path output) {
        String jdbcUrl = url(output);
        if (platform(output).equals("h2")) {
            return JdbcConnectionPool.create(jdbcUrl, user.orElse("sa"), password.orElse(""));
        }
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(jdbcUrl);
        user.ifPresent(postgres::setUser);
        password.ifPresent(postgres::setPassword);
        postgres.setApplicationName("briefings");
        return postgres;
    }

    /**
     * Takes the edition's lock: an advisory lock in PostgreSQL, so that it holds across hosts; a
     * file lock in the output folder for the embedded repository.
     */
    public Optional<EditionLock> tryLock(DataSource dataSource, Path output, LocalDate edition) throws IOException {
        if (!isPostgres(output)) {
            return FileEditionLock.tryAcquire(output, edition);
        }
        try {
            return PostgresEditionLock.tryAcquire(dataSource, edition);
        } catch (SQLException e) {
            throw RepositoryProblem.of(describe(output), e, "");
        }
    }

    /** Who holds an edition's lock that {@link #tryLock} could not take. */
    public String lockOwner(DataSource dataSource, Path output, LocalDate edition) {
        return isPostgres(output) ? PostgresEditionLock.owner(dataSource, edition) : FileEditionLock.owner(output, edition);
    }

    /** Releases what the data source holds (the H2 pool's connections). */
    public static void close(DataSource dataSource) {
        if (dataSource instanceof JdbcConnectionPool pool) {
            pool.dispose();
        }
    }

    /** The URL without credentials, for messages. */
    public String describe(Path output) {
        return url(output).replaceAll("password=[^&;]*", "password=…");
    }
}
