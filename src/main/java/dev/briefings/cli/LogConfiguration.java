package dev.briefings.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The logs' set-up, in code rather than in a {@code logback.xml}: reading that file loaded an XML
 * parser and Logback's configuration language, some 600 classes, on every start, a fifth of what
 * a no-op rerun loads. Logs go to standard error (standard output carries the run summary and
 * previews) as {@code HH:mm:ss.SSS LEVEL message}; this program's at INFO, everyone else's at
 * WARN, Spring Batch's not at all (it logs a failed step with its stack trace, and the run summary
 * already says what failed and why). An operator's own file, named with
 * {@code -Dlogback.configurationFile=…} in {@code BRIEFINGS_JAVA_OPTS}, is used instead.
 */
public final class LogConfiguration extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = standardError(context, "STDERR", encoder);
        context.getLogger("dev.briefings").setLevel(Level.INFO);
        context.getLogger("org.springframework.batch").setLevel(Level.OFF);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(appender);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** A started appender that writes log events to standard error with an encoder. */
    static ConsoleAppender<ILoggingEvent> standardError(LoggerContext context, String name,
            ch.qos.logback.core.encoder.Encoder<ILoggingEvent> encoder) {
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName(name);
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }
}
