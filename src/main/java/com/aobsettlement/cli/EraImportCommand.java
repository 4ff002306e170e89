package com.aobsettlement.cli;

import com.aobsettlement.batch.Durations;
import com.aobsettlement.batch.ProgressListener;
import com.aobsettlement.AobSettings;
import com.aobsettlement.domain.Money;
import com.aobsettlement.era.EraCounts;
import com.aobsettlement.era.EraImportJobConfiguration;
import com.aobsettlement.era.EraInput;
import com.aobsettlement.era.EraWork;
import com.aobsettlement.store.EraStore;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * `import era PATH`: an 835 file, or every file of a folder in name order. Files already imported
 * (same SHA-256, nothing left that a new attempt could post) are skipped; when every file is, the
 * command is refused (exit 3) like a CSV import of a file taken before. Prints what was posted and
 * what was quarantined.
 */
@Component
public class EraImportCommand {
    private final Job importEra;
    private final ProgressListener progress;
    private final EraStore era;
    private final JobRepository jobRepository;
    private final JobRunner runner;
    private final AobSettings settings;

    public EraImportCommand(@Qualifier(EraImportJobConfiguration.JOB_NAME) Job importEra, ProgressListener progress, EraStore era, JobRepository jobRepository, JobRunner runner,
                            AobSettings settings) {
        this.importEra = importEra;
        this.progress = progress;
        this.era = era;
        this.jobRepository = jobRepository;
        this.runner = runner;
        this.settings = settings;
    }

    public EraCounts run(Command.Import command, PrintStream out, PrintStream err) {
        Path path = command.file();
        List<EraInput> inputs = EraInput.of(path);
        refuseWhenAllDone(path, inputs);
        String fingerprint = fingerprint(inputs);
        JobParameters parameters = parameters(path.toString(), fingerprint);
        long started = System.currentTimeMillis();
        progress.begin(err, "claims", 0, item -> item instanceof EraWork w ? w.claims() : 0);
        JobExecution execution = runner.run(new JobRunner.Launch(importEra, parameters,
                "The import of " + path.getFileName(), "java -jar aob-settlement.jar import era " + path, null), err);
        StepExecution step = execution.getStepExecutions().iterator().next();
        EraCounts counts = EraCounts.from(step.getExecutionContext());
        print(path, counts, System.currentTimeMillis() - started, out, err);
        return counts;
    }

    private void refuseWhenAllDone(Path path, List<EraInput> inputs) {
        List<String> done = new ArrayList<>();
        for (EraInput input : inputs) {
            var previous = era.file(input.sha256());
            if (previous.isEmpty() || era.hasOpenUnknownPayer(input.sha256())) {
                return;
            }
            done.add(previous.get().fileName());
        }
        if (inputs.size() == 1) {
            throw new RefusedException(path.getFileName() + " was already imported (same content as " + done.get(0)
                    + "); nothing to do.");
        }
        throw new RefusedException("All " + inputs.size() + " files in " + path.getFileName()
                + " were already imported (same content); nothing to do.");
    }

    /**
     * The same path and files resume a failed run; after a completed one, a new attempt (which
     * only retries transactions quarantined for an unknown payer).
     */
    private JobParameters parameters(String path, String fingerprint) {
        for (long attempt = 1; ; attempt++) {
            JobParameters p = EraImportJobConfiguration.parameters(path, fingerprint, attempt);
            JobInstance instance = jobRepository.getJobInstance(EraImportJobConfiguration.JOB_NAME, p);
            if (instance == null) {
                return p;
            }
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last == null || (last.getStatus() != BatchStatus.COMPLETED && last.getStatus() != BatchStatus.ABANDONED)) {
                return p;
            }
        }
    }

    private static String fingerprint(List<EraInput> inputs) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (EraInput input : inputs) {
                digest.update((input.file().getFileName() + " " + input.sha256() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void print(Path path, EraCounts c, long millis, PrintStream out, PrintStream err) {
        err.printf("  took %s%n", Durations.format(millis));
        out.printf("Imported era from %s%n", path.getFileName());
        Table table = new Table("", "count", "amount")
                .row("files read", c.filesRead(), "")
                .row("files skipped (already imported)", c.filesSkipped(), "")
                .row("files quarantined whole (ERA_SYNTAX)", c.filesQuarantined(), "");
        if (c.interchangesQuarantined() > 0) {
            table.row("interchanges quarantined whole (ERA_SYNTAX)", c.interchangesQuarantined(), "");
        }
        table.row("transactions posted", c.transactionsPosted(), "");
        for (Map.Entry<String, Long> e : c.quarantinedByReason().entrySet()) {
            table.row("transactions quarantined " + e.getKey(), e.getValue(), "");
        }
        if (c.transactionsAlreadyDone() > 0) {
            table.row("transactions done before", c.transactionsAlreadyDone(), "");
        }
        table.row("claims paid", c.claimsPaid(), Money.format(c.amountPosted()))
                .row("claims unmatched (ERA_UNKNOWN_CLAIM)", c.claimsUnmatched(), Money.format(c.amountUnmatched()))
                .row("claims not posted again (ERA_DUPLICATE)", c.claimsDuplicate(), "");
        if (c.claimsForwarded() > 0) {
            table.row("claims forwarded, no payment (ERA_FORWARDED)", c.claimsForwarded(), "");
        }
        if (c.claimsPredetermination() > 0) {
            table.row("claims predetermination only (ERA_PREDETERMINATION)", c.claimsPredetermination(), "");
        }
        out.print(table);
        for (String note : c.notes()) {
            out.println("  " + note);
        }
        if (c.datesFromProduction() > 0) {
            out.printf("  %,d payments had no date in BPR16: paid_on is their DTM*405 production date.%n",
                    c.datesFromProduction());
        }
        if (c.filesQuarantined() > 0 || c.interchangesQuarantined() > 0 || !c.quarantinedByReason().isEmpty()) {
            out.println("  Quarantined files are in " + settings.quarantineDir()
                    + "; each has an exception row with its reason. Fix one and import it again.");
        }
    }
}
