package com.aobsettlement.operations;

/** Runs the nightly schedule's jobs (the command line's settle and reconcile, in the serve process). */
public interface ScheduledJobs {

    /** How a job ended, as the schedule sees it. */
    enum Result {
        /** Completed. */
        DONE,
        /** Another job holds the settlement lock (a `settle` started by hand, say): try again later, no failure. */
        BUSY,
        /** Failed; resumable from its checkpoint: tried again after a backoff. */
        FAILED,
        /** Refused by the state of the books (a closed month, an unfinished earlier date): no retry mends it. */
        REFUSED,
        /** Stopped at a chunk boundary because the process is shutting down: the next start resumes it. */
        STOPPED
    }

    record Outcome(Result result, String message) {
        public static Outcome done() {
            return new Outcome(Result.DONE, "");
        }
    }

    Outcome run(NightlyPlan.Job job);
}
