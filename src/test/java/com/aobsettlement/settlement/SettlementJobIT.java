package com.aobsettlement.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.cli.AobSettlementCli;
import com.aobsettlement.store.JobHistoryStore;
import com.aobsettlement.store.JobHistoryStore.ExecutionRow;
import com.aobsettlement.support.Cli;
import com.aobsettlement.support.Scenario;
import com.aobsettlement.support.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The settlement job's beans, launched with spring-batch-test: the worker step, run alone with a
 * claim-id range in its step execution context and the date in its job parameters (as a remote worker
 * gets them), settles exactly the pending claims of that range; the whole job runs its steps and
 * `status` counts each claim once.
 */
class SettlementJobIT {
    static final LocalDate DATE = LocalDate.parse("2026-11-26");

    @Test
    void workerStepSettlesExactlyItsRange(@TempDir Path work) throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            new Scenario("worked-examples").importAll(new Cli(db.settings(work)));
            JdbcTemplate jdbc = db.jdbc();
            List<Long> pending = jdbc.queryForList("SELECT id FROM claims WHERE status <> 'REJECTED' ORDER BY id", Long.class);
            assertThat(pending).hasSizeGreaterThan(6);
            try (ConfigurableApplicationContext context = AobSettlementCli.openContext(db.settings(work))) {
                ExecutionContext range = new ExecutionContext();
                range.putLong(ClaimRangePartitioner.FROM_ID, pending.get(2));
                range.putLong(ClaimRangePartitioner.TO_ID, pending.get(5));
                // one partition with a range of our own, as a manager hands it to a worker
                JobRepository repository = context.getBean(JobRepository.class);
                Step oneRange = new StepBuilder("oneRange", repository)
                        .partitioner(SettlementJobConfiguration.WORKER_STEP, grid -> Map.of("partition0", range))
                        .step(context.getBean(SettlementJobConfiguration.WORKER_STEP, Step.class)).build();
                JobOperatorTestUtils jobs = jobs(context);
                jobs.setJob(new JobBuilder("settleOneRange", repository).start(oneRange).build());
                JobExecution worker = jobs.startJob(SettlementJobConfiguration.parameters(DATE));
                assertThat(worker.getStatus()).as("%s", worker.getAllFailureExceptions()).isEqualTo(BatchStatus.COMPLETED);
                assertThat(jdbc.queryForList("SELECT claim_id FROM settlements ORDER BY claim_id", Long.class))
                        .containsExactlyElementsOf(pending.subList(2, 6));
                assertThat(jdbc.queryForList("SELECT DISTINCT business_date FROM settlements", LocalDate.class))
                        .containsExactly(DATE);
                assertThat(worker.getStepExecutions()).filteredOn(s -> s.getStepName().contains(":partition"))
                        .singleElement().satisfies(s -> assertThat(s.getWriteCount()).isEqualTo(4));
            }
        }
    }

    @Test
    void jobRunsItsStepsAndStatusCountsEachClaimOnce(@TempDir Path work) throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            new Scenario("worked-examples").importAll(new Cli(db.settings(work)));
            long pending = db.jdbc().queryForObject("SELECT COUNT(*) FROM claims WHERE status <> 'REJECTED'", Long.class);
            try (ConfigurableApplicationContext context = AobSettlementCli.openContext(db.settings(work))) {
                JobExecution run = jobs(context).startJob(SettlementJobConfiguration.parameters(DATE));
                assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
                assertThat(run.getStepExecutions()).extracting(s -> s.getStepName()).contains(
                        SettlementJobConfiguration.ACTIONS_STEP, SettlementJobConfiguration.SETTLE_STEP,
                        SettlementJobConfiguration.WORKER_STEP + ":partition0", SettlementJobConfiguration.REPORT_STEP);
                assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM settlements WHERE job_execution_id = ?", Long.class,
                        run.getId())).isEqualTo(pending);
                // `status`: the partitioned step's manager and its partitions are not both counted
                ExecutionRow row = context.getBean(JobHistoryStore.class).recent(5).stream()
                        .filter(r -> r.id() == run.getId()).findFirst().orElseThrow();
                assertThat(row.read()).isEqualTo(pending);
                assertThat(row.written()).isEqualTo(pending);
            }
        }
    }

    private static JobOperatorTestUtils jobs(ConfigurableApplicationContext context) {
        JobOperatorTestUtils jobs = new JobOperatorTestUtils(context.getBean(JobOperator.class),
                context.getBean(JobRepository.class));
        jobs.setJob(context.getBean(SettlementJobConfiguration.JOB_NAME, Job.class));
        return jobs;
    }
}
