package com.aobsettlement.settlement;

/**
 * Told each time the report step has written one daily file. None in production; the crash tests
 * register one that pauses there, so that a process can be killed between two files.
 */
public interface DailyReportListener {
    void fileWritten();
}
