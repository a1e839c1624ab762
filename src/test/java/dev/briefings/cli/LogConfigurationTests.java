package dev.briefings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.ConsoleAppender;

/** The logs' set-up in code: what logback.xml said, and an operator's own file when one is named. */
class LogConfigurationTests {

    @Test
    void logsGoToStandardError_thisProgramsAtInfo_othersAtWarn_springBatchNot() {
        LoggerContext context = new LoggerContext();

        Configurator.ExecutionStatus status = new LogConfiguration().configure(context);

        assertThat(status).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("dev.briefings.edition").getEffectiveLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("org.springframework.batch.core").getEffectiveLevel()).isEqualTo(Level.OFF);
        assertThat(root.getAppender("STDERR")).isInstanceOfSatisfying(ConsoleAppender.class,
                appender -> assertThat(appender.getTarget()).isEqualTo("System.err"));
    }

    @Test
    void anOperatorsOwnFile_isLeftToLogback() {
        String before = System.getProperty("logback.configurationFile");
        System.setProperty("logback.configurationFile", "/etc/briefings/logback.xml");
        try {
            LoggerContext context = new LoggerContext();
            assertThat(new LogConfiguration().configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNull();
        } finally {
            if (before == null) {
                System.clearProperty("logback.configurationFile");
            } else {
                System.setProperty("logback.configurationFile", before);
            }
        }
    }
}
