package com.aobsettlement.imports;

import com.aobsettlement.domain.ReasonCode;
import com.aobsettlement.store.ClosedMonthStore;
import com.aobsettlement.store.ClosedMonthStore.ClosedMonth;
import com.aobsettlement.store.DepositStore;
import com.aobsettlement.store.ExceptionStore;
import com.aobsettlement.store.NewDeposit;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.step.StepExecution;

/**
 * Stores a chunk of deposits. A deposit dated in a closed month is refused (MONTH_CLOSED), as
 * {@link ClosedMonthStore#refusing} says: the reconciliation of a closed month does not change.
 */
class DepositWriter extends ImportWriter<NewDeposit> {
    private final DepositStore deposits;
    private final ClosedMonthStore closedMonths;
    private long jobExecutionId;

    DepositWriter(DepositStore deposits, ClosedMonthStore closedMonths, ExceptionStore exceptions) {
        super(exceptions, "deposits");
        this.deposits = deposits;
        this.closedMonths = closedMonths;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        super.beforeStep(stepExecution);
        jobExecutionId = stepExecution.getJobExecutionId();
    }

    @Override
    protected void writeAccepted(List<ImportItem<NewDeposit>> accepted) {
        List<NewDeposit> rows = new ArrayList<>();
        Map<YearMonth, Optional<ClosedMonth>> refusals = new HashMap<>();
        for (ImportItem<NewDeposit> item : accepted) {
            NewDeposit d = item.value();
            YearMonth month = YearMonth.from(d.depositDate());
            if (refusals.computeIfAbsent(month, closedMonths::refusing).isPresent()) {
                item.reject(new ImportProblem(ReasonCode.MONTH_CLOSED, d.sourceRef(), "line " + item.records().get(0).line()
                        + ": deposit_date " + d.depositDate() + " is in " + month + ", a closed month; reopen it first "
                        + "(reconcile --month " + month + " --reopen --preview)"));
                continue;
            }
            rows.add(d);
        }
        deposits.insert(rows, jobExecutionId);
    }
}
