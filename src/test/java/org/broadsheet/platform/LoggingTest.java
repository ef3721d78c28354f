package org.broadsheet.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
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
    void theCommandLineConfigurationWritesFailuresToTheLogFileOnly() throws Exception {
        String marker = "command broke " + UUID.randomUUID();
        assertEquals("", logWarningThrough("/org/broadsheet/cli/logback-cli.xml", new IOException(marker)));
        String file = Files.readString(LogFolder.logFile());
        assertTrue(file.contains("java.io.IOException: " + marker), "the failure is in the log file");
    }

    /** Logs a warning through a fresh logging context made from the configuration, and returns what reached the terminal. */
    private static String logWarningThrough(String configuration, Exception failure) throws Exception {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        PrintStream original = System.err;
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        System.setErr(new PrintStream(terminal, true, StandardCharsets.UTF_8));
        try {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(LoggingTest.class.getResource(configuration));
            context.getLogger("org.broadsheet.Example").warn("Cannot write the index; indexing in memory", failure);
        } finally {
            context.stop();
            System.setErr(original);
        }
        return terminal.toString(StandardCharsets.UTF_8);
    }
}
