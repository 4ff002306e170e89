package com.aobsettlement.batch;

/** Human-readable durations for progress and summaries. */
public final class Durations {
    private Durations() {
    }

    public static String format(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        long seconds = Math.round(millis / 1000.0);
        if (seconds < 120) {
            return String.format("%.1f s", millis / 1000.0);
        }
        return String.format("%d min %02d s", seconds / 60, seconds % 60);
    }
}
