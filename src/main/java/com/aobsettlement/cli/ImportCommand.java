package com.aobsettlement.cli;

import com.aobsettlement.batch.FileDigest;
import com.aobsettlement.imports.ImportKind;
import com.aobsettlement.batch.Durations;
import com.aobsettlement.batch.ProgressListener;
import com.aobsettlement.store.ExecutionOwners;
import com.aobsettlement.imports.CsvHeader;
import com.aobsettlement.imports.ImportCounts;
import com.aobsettlement.imports.ImportItem;
import com.aobsettlement.imports.ImportJobConfiguration;
import com.aobsettlement.store.ImportFileStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** `import KIND FILE`: checks the header, refuses a file already imported, runs the import job, prints its counts. */
@Component
public class ImportCommand {
    private final Map<String, Job> jobs;
    private final ProgressListener progress;
    private final ImportFileStore importFiles;
    private final JobRunner runner;

    public ImportCommand(Map<String, Job> jobs, ProgressListener progress, ImportFileStore importFiles, JobRunner runner) {
        this.jobs = jobs;
        this.progress = progress;
        this.importFiles = importFiles;
        this.runner = runner;
    }

    public ImportCounts run(Command.Import command, PrintStream out, PrintStream err) {
        Path file = command.file();
        CsvHeader.check(file, command.kind().header());
        FileDigest digest = FileDigest.of(file);
        String sha256 = digest.sha256();
        importFiles.find(command.kind().word(), sha256).ifPresent(previous -> {
            throw new RefusedException(file.getFileName() + " was already imported (same content as " + previous.fileName()
                    + ", execution " + previous.jobExecutionId() + "); nothing to do.");
        });
        long started = System.currentTimeMillis();
        progress.begin(err, "rows", digest.lines() - 1,
                item -> item instanceof ImportItem<?> i ? i.rows() : 1);
        JobExecution execution = runner.run(new JobRunner.Launch(jobs.get(command.kind().jobName()),
                ImportJobConfiguration.parameters(file, sha256), "The import of " + file.getFileName(),
                "java -jar aob-settlement.jar import " + command.kind().word() + " " + file,
                command.kind() == ImportKind.ASSIGNMENTS ? ExecutionOwners.ASSIGNMENTS_IMPORT_LOCK : null), err);
        StepExecution step = execution.getStepExecutions().iterator().next();
        ImportCounts counts = ImportCounts.from(step.getExecutionContext());
        print(command, counts, System.currentTimeMillis() - started, out, err);
        return counts;
    }

    private static void print(Command.Import command, ImportCounts counts, long millis, PrintStream out, PrintStream err) {
        String items = command.kind() == ImportKind.ASSIGNMENTS ? "claims" : "records";
        err.printf("  took %s%n", Durations.format(millis));
        out.printf("Imported %s from %s%n", command.kind().word(), command.file().getFileName());
        Table table = new Table("", "rows", items)
                .row("read", counts.rowsRead(), counts.itemsImported() + counts.itemsRejected())
                .row("imported", counts.rowsImported(), counts.itemsImported())
                .row("rejected", counts.rowsRejected(), counts.itemsRejected());
        out.print(table);
        if (counts.unmatchedItems() > 0) {
            out.printf("  %,d of the imported remittances are for unknown claims: kept as unmatched money (UNKNOWN_CLAIM).%n",
                    counts.unmatchedItems());
        }
        if (!counts.rejectedByReason().isEmpty()) {
            out.println();
            Table reasons = new Table("rejected by reason", items);
            for (Map.Entry<String, Long> e : counts.rejectedByReason().entrySet()) {
                reasons.row(e.getKey(), e.getValue());
            }
            out.print(reasons);
            out.println("  Each rejection is an exception row with the line and field; the next settlement's exceptions.csv lists them.");
        }
    }

    static String sha256(Path file) {
        return FileDigest.of(file).sha256();
    }
}
