package org.inclusionscan.cli;

/** The exit codes of every command. */
public final class ExitCode {

    public static final int OK = 0;
    /** Something went wrong inside the program: a bug. */
    public static final int INTERNAL_ERROR = 1;
    /** The user's input (a file, an option, a rule file) is wrong; the message says where. */
    public static final int USER_ERROR = 2;

    private ExitCode() {
    }
}
