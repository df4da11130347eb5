package org.tagbench.cli;

/** Process exit codes every command uses. */
final class ExitCodes {
    static final int OK = 0;
    /** The work was done, but some rows or clips were rejected or imported only in part (each one reported). */
    static final int PARTIAL = 1;
    /** Usage error or fatal error: nothing (more) was done; the message says what to do. */
    static final int ERROR = 2;

    private ExitCodes() {}
}
