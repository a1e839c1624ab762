package dev.briefings.edition.runs;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * One run per edition at a time across every host that shares the PostgreSQL job repository: a
 * session-level advisory lock held on a connection kept open for the run. PostgreSQL releases it
 * when the session ends, including when the process is killed and its connection drops. The
 * holder sets its {@code application_name} to its host, pid and start time, so a run that finds
 * the edition busy can say who holds it. Its heartbeat is a trivial query on that connection at a
 * fixed interval: {@code pg_stat_activity.query_start} then tells when the holder last showed a
 * sign of life.
 */
public final class PostgresEditionLock implements EditionLock {

    /** The high half of every advisory lock key this program takes ("brie"). */
    static final long KEY_SPACE = 0x62726965L;

    private final Connection connection;
    private final long key;
    private final Heartbeat heartbeat;

    private PostgresEditionLock(Connection connection, long key, Duration interval) {
        this.connection = connection;
        this.key = key;
        this.heartbeat = new Heartbeat(interval, this::beat);
    }

    private void beat() throws SQLException {
        synchronized (connection) {
            try (PreparedStatement ping = connection.prepareStatement("select 1")) {
                ping.execute();
            }
        }
    }

    static long key(LocalDate edition) {
        return (KEY_SPACE << 32) | (edition.toEpochDay() & 0xFFFFFFFFL);
    }

    /** Takes the edition's lock if no session holds it. */
    public static Optional<EditionLock> tryAcquire(DataSource dataSource, LocalDate edition, Duration heartbeat)
            throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(true);
            String self = EditionLock.describeSelf();
            try (PreparedStatement name = connection.prepareStatement("select set_config('application_name', ?, false)")) {
                name.setString(1, ("briefings " + self.replace("host ", "")).substring(0,
                        Math.min(63, ("briefings " + self.replace("host ", "")).length())));
                name.execute();
            }
            try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                lock.setLong(1, key(edition));
                try (ResultSet result = lock.executeQuery()) {
                    result.next();
                    if (result.getBoolean(1)) {
                        return Optional.of(new PostgresEditionLock(connection, key(edition), heartbeat));
                    }
                }
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return Optional.empty();
    }

    /** The editions whose lock some session holds now. */
    public static List<LocalDate> lockedEditions(DataSource dataSource) {
        String sql = "select l.objid from pg_locks l where l.locktype = 'advisory' and l.granted and l.classid = ? "
                + "and l.objsubid = 1 and l.objid > 0";
        List<LocalDate> editions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, KEY_SPACE);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    editions.add(LocalDate.ofEpochDay(result.getLong(1)));
                }
            }
        } catch (SQLException e) {
            return List.of();
        }
        return editions;
    }

    /** The session holding an edition's lock, as it named itself, and when it last ran a query (its heartbeat). */
    public static LockHolder holder(DataSource dataSource, LocalDate edition) {
        long key = key(edition);
        String sql = "select a.application_name, a.client_addr, a.backend_start, a.query_start from pg_locks l "
                + "join pg_stat_activity a on a.pid = l.pid "
                + "where l.locktype = 'advisory' and l.granted and l.classid = ? and l.objid = ? and l.objsubid = 1";
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, KEY_SPACE);
            query.setLong(2, key & 0xFFFFFFFFL);
            try (ResultSet result = query.executeQuery()) {
                if (result.next()) {
                    String client = result.getString(2);
                    Timestamp lastQuery = result.getTimestamp(4);
                    return new LockHolder(result.getString(1) + (client == null ? "" : " from " + client)
                            + ", session started " + result.getTimestamp(3).toInstant(),
                            Optional.ofNullable(lastQuery == null ? result.getTimestamp(3) : lastQuery).map(Timestamp::toInstant));
                }
            }
        } catch (SQLException e) {
            return LockHolder.unknown("another session (" + e.getMessage() + ")");
        }
        return LockHolder.unknown("another session");
    }

    @Override
    public void close() throws IOException {
        heartbeat.close();
        try (connection; PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, key);
            unlock.execute();
        } catch (SQLException e) {
            throw new IOException("cannot release the edition lock: " + e.getMessage(), e);
        }
    }
}
