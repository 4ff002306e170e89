package com.aobsettlement.cli;

import com.aobsettlement.store.JobHistoryStore;
import com.aobsettlement.store.JobHistoryStore.ExecutionRow;
import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;

/** `status`: the recent job executions. */
@Component
public class StatusCommand {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final JobHistoryStore history;

    public StatusCommand(JobHistoryStore history) {
        this.history = history;
    }

    public void run(PrintStream out) {
        List<ExecutionRow> rows = history.recent(20);
        if (rows.isEmpty()) {
            out.println("No job has run yet.");
            return;
        }
        Table table = new Table("id", "job", "parameters", "status", "start", "end", "read", "written", "skipped");
        for (ExecutionRow r : rows) {
            table.row(r.id(), r.job(), r.parameters(), r.status(), r.start() == null ? "" : TIME.format(r.start()),
                    r.end() == null ? "" : TIME.format(r.end()), r.read(), r.written(), r.skipped());
        }
        out.print(table);
    }
}
