package dev.briefings.edition.runs;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

/**
 * The job repository's data source, timed: the time spent getting connections, running
 * statements and committing is summed, so that a run can say what share of it went to the
 * repository (a slow PostgreSQL shows there first).
 */
public final class TimedDataSource {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicLong calls = new AtomicLong();
    private final DataSource timed;

    public TimedDataSource(DataSource dataSource) {
        this.timed = proxy(DataSource.class, dataSource);
    }

    public DataSource dataSource() {
        return timed;
    }

    public Duration time() {
        return Duration.ofNanos(nanos.get());
    }

    public long calls() {
        return calls.get();
    }

    private <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            boolean measured = name.startsWith("execute") || name.equals("commit") || name.equals("rollback")
                    || name.equals("getConnection");
            long start = measured ? System.nanoTime() : 0;
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                if (measured) {
                    nanos.addAndGet(System.nanoTime() - start);
                    calls.incrementAndGet();
                }
            }
            if (result instanceof Connection connection && method.getReturnType() == Connection.class) {
                return proxy(Connection.class, connection);
            }
            if (result instanceof Statement statement && Statement.class.isAssignableFrom(method.getReturnType())) {
                @SuppressWarnings("unchecked")
                Class<Statement> returned = (Class<Statement>) method.getReturnType();
                return proxy(returned, statement);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
