package com.aobsettlement.settlement;

import com.aobsettlement.domain.ReasonCode;
import com.aobsettlement.store.ExceptionStore;
import com.aobsettlement.store.ExceptionStore.ExceptionRow;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

/**
 * One FEE_NOT_ALLOWED exception per provider and run (DOMAIN.md §7.6). Which claims got no
 * percentage fee is the calculator's decision ({@code SettlementResult.feeWithheldByRule}); each
 * partition keeps the providers concerned in its execution context, and the report step records one
 * exception per provider from the partitions of every execution of the run (a restart resumes only
 * the unfinished ones). Idempotent for a restarted report step.
 */
@Component
public class FeeNotAllowedExceptions {
    static final String CONTEXT_KEY = "feeWithheldProviders";

    private final JobRepository jobRepository;
    private final ExceptionStore exceptions;

    public FeeNotAllowedExceptions(JobRepository jobRepository, ExceptionStore exceptions) {
        this.jobRepository = jobRepository;
        this.exceptions = exceptions;
    }

    static Set<String> providers(ExecutionContext context) {
        Set<String> npis = new TreeSet<>();
        String saved = context.getString(CONTEXT_KEY, "");
        if (!saved.isEmpty()) {
            npis.addAll(Arrays.asList(saved.split(",")));
        }
        return npis;
    }

    static void save(Set<String> npis, ExecutionContext context) {
        context.putString(CONTEXT_KEY, String.join(",", npis));
    }

    /** Records the run's exceptions not recorded yet, in NPI order. */
    public void record(LocalDate businessDate, JobExecution run) {
        Set<String> npis = new TreeSet<>();
        for (JobExecution execution : jobRepository.getJobExecutions(run.getJobInstance())) {
            // loaded again: the step executions with the contexts their last chunks committed
            for (StepExecution step : jobRepository.getJobExecution(execution.getId()).getStepExecutions()) {
                if (step.getStepName().startsWith(SettlementJobConfiguration.WORKER_STEP + ":")) {
                    npis.addAll(providers(step.getExecutionContext()));
                }
            }
        }
        String source = "settlement " + businessDate;
        npis.removeAll(exceptions.recordRefs(source, ReasonCode.FEE_NOT_ALLOWED));
        List<ExceptionRow> rows = npis.stream().map(npi -> new ExceptionRow(source, npi, ReasonCode.FEE_NOT_ALLOWED,
                "provider " + npi + " is paid through the agent's account: no percentage fee was charged on its Medicare and "
                        + "Medicaid claims (42 CFR 424.73(b)(3); 42 CFR 447.10(f))")).toList();
        exceptions.insert(rows, run.getId());
    }
}
