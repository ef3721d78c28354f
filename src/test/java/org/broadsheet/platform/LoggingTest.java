package org.broadsheet.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.ServiceLoader;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;

/** The application's own logging configurations (tests otherwise log through logback-test.xml). */
class LoggingTest {

    @Test
    void theTerminalGetsOneLinePerEventAndTheLogFileTheWholeTrace() throws Exception {
        String marker = "disk went away " + UUID.randomUUID();
        String terminal = logWarningThrough("/logback.xml", new IOException(marker));

        List<String> lines = terminal.lines().toList();
        assertEquals(1, lines.size(), terminal);
        assertTrue(lines.get(0).endsWith("Cannot write the index; indexing in memory"), lines.get(0));
        String file = Files.readString(AppDirectories.cache().resolve("logs").resolve("broadsheet.log"));
        assertTrue(file.contains("java.io.IOException: " + marker), "the trace is kept in the log file");
        assertTrue(file.contains("at " + LoggingTest.class.getName()), "with its stack");
    }

    @Test
    void theCommandLineWritesFailuresToTheLogFileOnlyAndNothingElse() throws Exception {
        String marker = "command broke " + UUID.randomUUID();
        String previous = System.getProperty("broadsheet.logging");
        CommandLineLogging.choose();
        try {
            assertEquals("", logThrough(context -> {
                CommandLineLogging logging = new CommandLineLogging();
                logging.setContext(context);
                assertEquals(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, logging.configure(context));
                context.getLogger("org.broadsheet.Example").info("Brought the index up to date " + marker);
                context.getLogger("org.broadsheet.Example").warn("Cannot write the index", new IOException(marker));
            }));
        } finally {
            if (previous == null) {
                System.clearProperty("broadsheet.logging");
            } else {
                System.setProperty("broadsheet.logging", previous);
            }
        }
        String file = Files.readString(LogFolder.logFile());
        assertTrue(file.contains("java.io.IOException: " + marker), "the failure is in the log file");
        assertTrue(file.contains("at " + LoggingTest.class.getName()), "with its stack");
        assertFalse(file.contains("up to date " + marker), "below a warning, nothing");
    }

    @Test
    void leavesTheWindowsLoggingToItsXmlUnlessTheCommandLineChoseIt() {
        CommandLineLogging logging = new CommandLineLogging();
        LoggerContext context = new LoggerContext();
        logging.setContext(context);
        assertEquals(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY, logging.configure(context));
        assertTrue(ServiceLoader.load(Configurator.class).stream()
                .anyMatch(provider -> provider.type() == CommandLineLogging.class), "logback finds it");
    }

    /** Logs a warning through a fresh logging context made from the configuration, and returns what reached the terminal. */
    private static String logWarningThrough(String configuration, Exception failure) throws Exception {
        return logThrough(context -> {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(LoggingTest.class.getResource(configuration));
            context.getLogger("org.broadsheet.Example").warn("Cannot write the index; indexing in memory", failure);
        });
    }

    private interface Logging {
        void into(LoggerContext context) throws Exception;
    }

    /** Runs some logging in a fresh logging context, and returns what reached the terminal. */
    private static String logThrough(Logging logging) throws Exception {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        PrintStream original = System.err;
        PrintStream originalOut = System.out;
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        System.setErr(new PrintStream(terminal, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(terminal, true, StandardCharsets.UTF_8));
        try {
            logging.into(context);
        } finally {
            context.stop();
            System.setErr(original);
            System.setOut(originalOut);
        }
        return terminal.toString(StandardCharsets.UTF_8);
    }
}
