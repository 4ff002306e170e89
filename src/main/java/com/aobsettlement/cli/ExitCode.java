package com.aobsettlement.cli;

/** The exit codes of the command line (README "Exit codes"). */
public enum ExitCode {
    DONE(0), JOB_FAILED(1), BAD_USAGE(2), REFUSED(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
