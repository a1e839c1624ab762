package dev.briefings.edition.runs;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

import dev.briefings.edition.publish.EditionPaths;

/**
 * Where the job repository lives. By default H2 databases in files under {@code <output>/.jobs/},
 * one per edition ({@code .jobs/2020-11-20.mv.db}), created on first use with no set-up: runs of
 * different editions never share a file, so they never wait for each other. A JDBC URL (with user
 * and password) chooses PostgreSQL, for newsrooms that run the job from several hosts.
 */
public record RepositorySettings(Optional<String> url, Optional<String> user, Optional<String> password) {

    /** The embedded default. */
    public static RepositorySettings embedded() {
        return new RepositorySettings(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Whether this is the embedded default (one H2 file per edition in the output folder). */
    public boolean isEmbedded() {
        return url.isEmpty();
    }

    /** The embedded repository file of an edition. */
    public static Path embeddedFile(Path output, LocalDate edition) {
        return EditionPaths.jobsFolder(output).toAbsolutePath().resolve(edition + ".mv.db");
    }

    /**
     * The JDBC URL of an edition's repository. The embedded default writes every commit at once
     * (WRITE_DELAY=0), so a crash loses no committed step of the job, and stays open while the
     * JVM shuts down (DB_CLOSE_ON_EXIT=FALSE), so a run stopped by SIGTERM can record that it stopped.
     */
    public String url(Path output, LocalDate edition) {
        return url.orElseGet(() -> h2Url(EditionPaths.jobsFolder(output).toAbsolutePath().resolve(edition.toString())));
    }

    /** The H2 URL of a database file given without its {@code .mv.db}. */
    static String h2Url(Path withoutExtension) {
        // no .trace.db files beside the repository: what goes wrong is reported by the run itself
        return "jdbc:h2:file:" + withoutExtension + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0";
    }

    public String platform() {
        return url.map(RepositorySchema::platformOf).orElse("h2");
    }

    public boolean isPostgres() {
        return platform().equals("postgresql");
    }

    /** A data source for an edition's repository: a small pool for H2, plain connections for PostgreSQL. */
    public DataSource dataSource(Path output, LocalDate edition) {
        return dataSource(url(output, edition));
    }

    DataSource dataSource(String jdbcUrl) {
        if (RepositorySchema.platformOf(jdbcUrl).equals("h2")) {
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
     * file lock in the output folder for an H2 repository. The holder shows a heartbeat every
     * {@code heartbeat}, so that a run that finds it busy can tell a live holder from a hung one.
     */
    public Optional<EditionLock> tryLock(DataSource dataSource, Path output, LocalDate edition, Duration heartbeat)
            throws IOException {
        if (!isPostgres()) {
            return FileEditionLock.tryAcquire(output, edition, heartbeat);
        }
        try {
            return PostgresEditionLock.tryAcquire(dataSource, edition, heartbeat);
        } catch (SQLException e) {
            throw RepositoryProblem.of(describe(output, edition), e, "");
        }
    }

    /** Who holds an edition's lock that {@link #tryLock} could not take, and when it last showed a sign of life. */
    public LockHolder lockHolder(DataSource dataSource, Path output, LocalDate edition) {
        return isPostgres() ? PostgresEditionLock.holder(dataSource, edition)
                : FileEditionLock.holderOfTakenLock(output, edition);
    }

    /** Releases what the data source holds (the H2 pool's connections). */
    public static void close(DataSource dataSource) {
        if (dataSource instanceof JdbcConnectionPool pool) {
            pool.dispose();
        }
    }

    /** An edition's repository as a user knows it: the file of the embedded default, else the URL without credentials. */
    public String describe(Path output, LocalDate edition) {
        if (isEmbedded()) {
            return EditionPaths.display(embeddedFile(output, edition));
        }
        return url.get().replaceAll("password=[^&;]*", "password=…");
    }
}
