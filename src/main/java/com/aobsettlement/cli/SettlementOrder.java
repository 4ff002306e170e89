package com.aobsettlement.cli;

import com.aobsettlement.AobSettings;
import com.aobsettlement.store.ExecutionOwners;
import com.aobsettlement.store.SettlementStore;
import com.aobsettlement.store.SettlementStore.UnfinishedRun;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Which business date `settle` may take now, beyond the order SettleCommand keeps (not settled twice,
 * not before the last settled date). A date after today would expire disputes before their time and
 * leave every real date "before the last settled date", with no way back. And while a date's run has
 * not completed (failed, stopped, or left by a dead process), no other date is settled: dates go
 * forward in order and each one gets its files.
 */
@Component
public class SettlementOrder {
    private static final Set<String> RUNNING = Set.of("STARTING", "STARTED", "STOPPING");
    private final Clock businessClock;
    private final AobSettings settings;
    private final SettlementStore settlements;
    private final ExecutionOwners owners;

    public SettlementOrder(@Qualifier("businessClock") Clock businessClock, AobSettings settings, SettlementStore settlements,
                           ExecutionOwners owners) {
        this.businessClock = businessClock;
        this.settings = settings;
        this.settlements = settlements;
        this.owners = owners;
    }

    /** Exit 2 for a date after today in the business zone. */
    public void refuseFutureDate(LocalDate date) {
        LocalDate today = LocalDate.now(businessClock);
        if (date.isAfter(today)) {
            throw new UsageException(date + " is in the future (today is " + today + " in " + settings.zone()
                    + ", AOB_ZONE): settle a date up to today.");
        }
    }

    /**
     * Exit 3 while another date's settlement has not completed. Called holding the settlement lock,
     * so that a run another process is just starting is never taken for one left by a dead process.
     */
    public void refuseWhileAnotherDateIsUnfinished(LocalDate date) {
        LocalDate last = settlements.lastCompletedBusinessDate();
        for (UnfinishedRun run : settlements.unfinishedRuns()) {
            // a date before the last settled one can never be resumed (settle refuses it): it blocks nothing
            if (run.businessDate().equals(date) || last != null && !run.businessDate().isAfter(last)) {
                continue;
            }
            String state = run.status();
            if (RUNNING.contains(state)) {
                if (owners.ownerAlive(run.executionId())) {
                    continue; // running: JobRunner's lock refuses this one, naming it
                }
                state = "left " + state + " by a process that is gone";
            }
            throw new RefusedException(date + " cannot be settled yet: the settlement of " + run.businessDate()
                    + " did not complete (execution " + run.executionId() + ", " + state + "). Resume it first: "
                    + CommandHelp.JAR + " settle --date " + run.businessDate() + " (or restart " + run.executionId() + ").");
        }
    }
}
