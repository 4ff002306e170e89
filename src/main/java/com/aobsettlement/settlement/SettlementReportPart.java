package com.aobsettlement.settlement;

import com.aobsettlement.domain.Settlement;
import com.aobsettlement.reports.settlements.SettlementParts;
import com.aobsettlement.store.ReportPartStore;
import com.aobsettlement.store.ReportPartStore.PartState;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;

/**
 * A partition's share of settlements.csv ({@link SettlementParts}): it appends its chunks to its
 * part and saves the part's state in the chunk's transaction. One per partition (step scope). A
 * partition with no name (an execution begun before parts existed) writes none, and the report
 * reads the database instead.
 */
public class SettlementReportPart implements ItemStream {
    private static final Logger log = LoggerFactory.getLogger(SettlementReportPart.class);

    private final ReportPartStore store;
    private final Path dir;
    private final LocalDate businessDate;
    private final String part;
    private SettlementParts.Appender appender;

    public SettlementReportPart(ReportPartStore store, Path reportsDir, LocalDate businessDate, String part) {
        this.store = store;
        this.dir = SettlementParts.dir(reportsDir, businessDate);
        this.businessDate = businessDate;
        this.part = part;
    }

    @Override
    public void open(ExecutionContext context) {
        close();
        if (part == null) {
            return;
        }
        PartState committed = store.claim(businessDate, part);
        appender = SettlementParts.Appender.open(dir, committed);
        if (committed.usable() && !appender.state().usable()) {
            log.info("settlements.csv part {} given up: its files are missing or shorter than committed", part);
            store.save(businessDate, appender.state());
        }
    }

    /** Appends a chunk's settlements; called by the writer inside the chunk's transaction. */
    public void append(List<Settlement> settlements) {
        if (appender == null) {
            return;
        }
        PartState before = appender.state();
        PartState after = appender.append(settlements);
        if (!after.equals(before)) {
            if (before.usable() && !after.usable()) {
                log.info("settlements.csv part {} given up: the report will read the day's settlements from the database",
                        after.part());
            }
            store.save(businessDate, after);
        }
    }

    @Override
    public void close() {
        if (appender != null) {
            appender.close();
            appender = null;
        }
    }
}
