package org.broadsheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.LogManager;

import org.broadsheet.cli.CommandLineInterface;
import org.broadsheet.cli.WindowArguments;
import org.broadsheet.platform.BundledSample;
import org.broadsheet.platform.CommandLineLogging;
import org.broadsheet.platform.IoFailures;
import org.broadsheet.platform.LogFolder;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.broadsheet.ui.WindowLauncher;

/**
 * The entry point of {@code broadsheet.jar} and {@code mvn javafx:run}: a headless command when the first
 * argument names one, else the window. Deliberately not a JavaFX {@code Application}: with JavaFX on the class
 * path the Java launcher refuses a main class that is one, and the commands must not need a display.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] given) {
        Optional<Integer> relaunched = Utf8Relaunch.ifFileNamesAreNotUtf8(given);
        if (relaunched.isPresent()) {
            System.exit(relaunched.get());
        }
        String[] args = Utf8Relaunch.arguments(given);
        // A thread that dies of an unexpected failure is logged, never printed with its trace on the terminal.
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) ->
                LoggerFactory.getLogger(Launcher.class).error("A failure ended the thread {}", thread.getName(), failure));
        if (CommandLineInterface.handles(args)) {
            silenceLogging();
            System.exit(new CommandLineInterface().run(args, System.out, System.err));
        }
        Path archive;
        String[] shared;
        try {
            shared = WindowArguments.shared(args).orElse(null);
            Optional<Path> named = WindowArguments.archive(args);
            archive = named.isPresent() || shared != null ? named.orElse(null) : BundledSample.folder();
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(CommandLineInterface.ERROR);
            return;
        } catch (IOException e) {
            System.err.println("error: cannot open the sample archive (" + IoFailures.describe(e) + ")");
            System.exit(CommandLineInterface.ERROR);
            return;
        }
        logLibrariesToTheFile();
        try {
            if (shared != null) {
                WindowLauncher.launchShared(shared[0], shared[1], shared[2], System.getenv(SHARED_PASSWORD), args);
            } else {
                WindowLauncher.launch(archive, args);
            }
        } catch (RuntimeException | Error failure) {
            // JavaFX could not start at all: the user is told in a line, the file gets the trace.
            LoggerFactory.getLogger(TOLD).error("The window could not start", failure);
            System.err.println("error: " + whyTheWindowDidNotStart(failure));
            System.exit(CommandLineInterface.ERROR);
        }
    }

    /**
     * JavaFX and Lucene log through java.util.logging, whose console handler would print their notices on the
     * terminal; sent to SLF4J instead, they reach the log file, as logback.xml says.
     */
    private static void logLibrariesToTheFile() {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    /** A logger whose events go to the log file only (logback.xml): the user has had a line of their own. */
    private static final String TOLD = "org.broadsheet.told";

    private static String whyTheWindowDidNotStart(Throwable failure) {
        // Glass says "Unable to open DISPLAY" this way; a display that is there never fails so.
        if (failure instanceof UnsupportedOperationException) {
            return "no display to open the window on (is DISPLAY set, and the desktop running?); the commands need "
                    + "none: broadsheet --help";
        }
        return "the window could not start; " + LogFolder.logFile() + " says why";
    }

    /** Where the window, like the command line, finds a shared archive's password: never in its arguments. */
    private static final String SHARED_PASSWORD = "BROADSHEET_SOLR_PASSWORD";

    /**
     * The command line's contract allows one line on standard error, and only for an error; so nothing may log
     * there, through SLF4J or through java.util.logging: failures go to the log file only. Must run before the
     * first logger is made.
     */
    static void silenceLogging() {
        CommandLineLogging.choose();
        LogManager.getLogManager().reset();
    }
}
