package com.aobsettlement.settlement;

import com.aobsettlement.AobSettings;
import com.aobsettlement.domain.FederalHolidayCalendar;
import com.aobsettlement.domain.InputRules;
import com.aobsettlement.domain.PayerRuleBook;
import com.aobsettlement.domain.Provider;
import com.aobsettlement.domain.SettlementCalculator;
import com.aobsettlement.store.ReferenceStore;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The reference data a settlement run works with (payer rules, fee schedule, providers), loaded
 * once per job execution and shared by its partitions, so that every claim of a run is settled
 * under the same rules. A process settling for another run (a remote worker) loads its own. With them,
 * the reference rows whose dates are not data ({@link StoredDates}).
 */
@Component
public class SettlementReference {
    /** One run's reference data. */
    public record Loaded(long jobExecutionId, PayerRuleBook rules, SettlementCalculator calculator,
                         Map<String, Provider> providers, StoredDates storedDates) {
    }

    private final ReferenceStore reference;
    private final AobSettings settings;
    private final Clock businessClock;
    private Loaded loaded;

    public SettlementReference(ReferenceStore reference, AobSettings settings, @Qualifier("businessClock") Clock businessClock) {
        this.reference = reference;
        this.settings = settings;
        this.businessClock = businessClock;
    }

    public synchronized Loaded forRun(long jobExecutionId) {
        if (loaded == null || loaded.jobExecutionId() != jobExecutionId) {
            loaded = new Loaded(jobExecutionId, reference.payerRuleBook(),
                    new SettlementCalculator(new FederalHolidayCalendar(), reference.feeSchedule(), settings.zone()),
                    reference.providers(), new StoredDates(InputRules.at(businessClock),
                    reference.payerDatesBefore(InputRules.EARLIEST), reference.feeScheduleDatesBefore(InputRules.EARLIEST)));
        }
        return loaded;
    }
}
