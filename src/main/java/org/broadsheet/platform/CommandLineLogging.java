package org.broadsheet.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.Context;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.FileSize;

/**
 * The command line's logging, set up in code: the commands' contract allows one line on standard error, and only
 * for an error, so warnings and errors go to the log file alone (the window's file, for bug reports), and that
 * file is opened only when something is logged. Reading an XML configuration took a quarter of a one-shot
 * search's time. Logback finds this class through the ServiceLoader before its XML configurator; it sets up
 * logging only after {@link #choose}, and otherwise leaves {@code logback.xml} to the window.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class CommandLineLogging extends ContextAwareBase implements Configurator {

    private static final String PROPERTY = "broadsheet.logging";
    private static final String COMMAND_LINE = "command-line";

    /** Makes the next logging set-up this one; must run before the first logger is made. */
    public static void choose() {
        System.setProperty(PROPERTY, COMMAND_LINE);
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (!COMMAND_LINE.equals(System.getProperty(PROPERTY))) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        context.getStatusManager().add(new NopStatusListener());
        LogFileOnFirstEvent file = new LogFileOnFirstEvent();
        file.setContext(context);
        file.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(file);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The rolling log file, made when the first event comes; most commands never log at all. */
    private static final class LogFileOnFirstEvent extends AppenderBase<ILoggingEvent> {

        private RollingFileAppender<ILoggingEvent> file;

        @Override
        protected void append(ILoggingEvent event) {
            // AppenderBase calls this under its lock.
            if (file == null) {
                file = rollingFile(getContext());
            }
            file.doAppend(event);
        }

        @Override
        public void stop() {
            synchronized (this) {
                if (file != null) {
                    file.stop();
                }
            }
            super.stop();
        }
    }

    /** As logback.xml's FILE appender: broadsheet.log, 5 MB, then two older files. */
    private static RollingFileAppender<ILoggingEvent> rollingFile(Context context) {
        String folder = LogFolder.folder().toString();
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setFile(folder + "/broadsheet.log");
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder + "/broadsheet.%i.log");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(2);
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger - %msg%n");
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.setEncoder(encoder);
        rolling.start();
        trigger.start();
        encoder.start();
        file.start();
        return file;
    }
}
