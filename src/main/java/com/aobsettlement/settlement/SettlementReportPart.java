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
 * The settle step's share of settlements.csv ({@link SettlementParts}): each partition, on its own thread
 * from open to close, appends its chunks to its part and saves the part's state in the chunk's transaction.
 * A partition whose context has no name (an execution begun before parts existed) writes none, and the
 * report reads the database instead.
 */
public class SettlementReportPart implements ItemStream {
    private static final Logger log = LoggerFactory.getLogger(SettlementReportPart.class);

    private final ReportPartStore store;
    private final Path dir;
    private final LocalDate businessDate;
    private final ThreadLocal<SettlementParts.Appender> current = new ThreadLocal<>();

    public SettlementReportPart(ReportPartStore store, Path reportsDir, LocalDate businessDate) {
        this.store = store;
        this.dir = SettlementParts.dir(reportsDir, businessDate);
        this.businessDate = businessDate;
    }

    @Override
    public void open(ExecutionContext context) {
        close();
        if (!context.containsKey(ClaimRangePartitioner.PARTITION)) {
            return;
        }
        String part = context.getString(ClaimRangePartitioner.PARTITION);
        PartState committed = store.claim(businessDate, part);
        SettlementParts.Appender appender = SettlementParts.Appender.open(dir, committed);
        if (committed.usable() && !appender.state().usable()) {
            log.info("settlements.csv part {} given up: its files are missing or shorter than committed", part);
            store.save(businessDate, appender.state());
        }
        current.set(appender);
    }

    /** Appends a chunk's settlements; called by the writer inside the chunk's transaction. */
    public void append(List<Settlement> settlements) {
        SettlementParts.Appender appender = current.get();
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
        SettlementParts.Appender appender = current.get();
        if (appender != null) {
            appender.close();
            current.remove();
        }
    }
}
