package org.inclusionscan.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The {@code inclusion} command; see {@link InclusionCommand}. */
public final class Main {

    /** Standard error as the process got it: the batch progress line writes its carriage returns there. */
    static final PrintStream PROCESS_ERR = System.err;

    static final String SLF4J_PROVIDER = "slf4j.provider";
    static final String SIMPLE_PROVIDER = "org.slf4j.simple.SimpleServiceProvider";

    private Main() {
    }

    public static void main(String[] args) {
        // The logging binding this module ships, named: without it SLF4J looks for providers in every jar
        // on the class path, about a sixth of a `score` start-up (docs/performance.md, issue 25).
        // Named, SLF4J says so on standard error unless its own messages are limited to warnings.
        if (System.getProperty(SLF4J_PROVIDER) == null) {
            System.setProperty(SLF4J_PROVIDER, SIMPLE_PROVIDER);
            System.getProperties().putIfAbsent("slf4j.internal.verbosity", "WARN");
        }
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        // Log lines and stack traces carry text from input files too: their control characters are made visible.
        System.setErr(TerminalText.safe(PROCESS_ERR));
        // Standard output unwrapped: a PrintStream would hide a failed write (a full disk, a closed pipe).
        int exit = run(args, new FileOutputStream(FileDescriptor.out), PROCESS_ERR, System.console() != null);
        System.exit(exit);
    }

    /**
     * Runs the command in this process: what tests call.
     *
     * @param out where results go (reports, JSON); nothing else is written there
     * @param err where messages, errors and progress go; control characters in messages are made
     *            visible first ({@link TerminalText})
     * @return the exit code: 0 ok, 2 a user's mistake, 1 an internal error
     */
    public static int run(String[] args, OutputStream out, OutputStream err) {
        return run(args, out, err, false);
    }

    /**
     * @param terminal whether standard output is a terminal: then the control characters in results
     *                 written there are made visible too (a file or a pipe gets the bytes as they are)
     */
    static int run(String[] args, OutputStream out, OutputStream err, boolean terminal) {
        PrintStream raw = err instanceof PrintStream stream ? stream : new PrintStream(err, true, StandardCharsets.UTF_8);
        return new Cli(out, TerminalText.safe(raw), raw, terminal).execute(args);
    }
}
