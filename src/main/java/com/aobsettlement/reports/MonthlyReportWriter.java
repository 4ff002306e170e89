package com.aobsettlement.reports;

import com.aobsettlement.domain.AgingBucket;
import com.aobsettlement.domain.Money;
import com.aobsettlement.domain.MonthEndReport.Check;
import com.aobsettlement.domain.MonthEndReport.DueDispute;
import com.aobsettlement.domain.MonthEndReport.PayerAging;
import com.aobsettlement.domain.MonthEndReport.ProviderStatement;
import com.aobsettlement.domain.UnmatchedItem;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The five monthly CSV files of DOMAIN.md §10 under {@code reports/monthly/YYYY-MM/}, each written
 * whole or not at all. Rows come sorted from their source; amounts are plain 1234.50.
 */
public final class MonthlyReportWriter {
    public static final List<String> RECONCILIATION = List.of("check", "left", "right", "difference", "status");
    public static final List<String> UNMATCHED = List.of("side", "eft_trace", "date", "amount", "reason");
    public static final List<String> AGING = List.of("payer_code", "days_0_30", "days_31_60", "days_61_90", "days_91_120",
            "days_over_120", "total");
    public static final List<String> PROVIDER_STATEMENTS = List.of("provider_npi", "claims_settled", "collected", "fee",
            "net_to_provider", "refund_reserve", "open_disputes", "open_dispute_amount");
    public static final List<String> DISPUTES_DUE = List.of("claim_number", "kind", "amount", "respond_by", "days_left");

    private MonthlyReportWriter() {
    }

    public static Path monthlyDir(Path reportsDir, YearMonth month) {
        return reportsDir.resolve("monthly").resolve(month.toString());
    }

    public static void reconciliation(Path dir, List<Check> checks) {
        write(dir.resolve("reconciliation.csv"), RECONCILIATION, checks.stream().map(c -> List.of(c.name().name(),
                Money.format(c.left()), Money.format(c.right()), Money.format(c.difference()),
                c.balanced() ? "BALANCED" : "UNBALANCED")).toList());
    }

    public static void unmatched(Path dir, List<UnmatchedItem> items) {
        write(dir.resolve("unmatched.csv"), UNMATCHED, items.stream().map(u -> List.of(u.side().name(), u.eftTrace(),
                u.date().toString(), Money.format(u.amount()), u.reason().name())).toList());
    }

    public static void aging(Path dir, List<PayerAging> rows) {
        write(dir.resolve("aging.csv"), AGING, rows.stream().map(r -> {
            List<String> row = new ArrayList<>();
            row.add(r.payerCode());
            for (AgingBucket b : AgingBucket.values()) {
                row.add(Money.format(r.bucket(b)));
            }
            row.add(Money.format(r.total()));
            return row;
        }).toList());
    }

    public static void providerStatements(Path dir, List<ProviderStatement> rows) {
        write(dir.resolve("provider_statements.csv"), PROVIDER_STATEMENTS, rows.stream().map(p -> List.of(p.providerNpi(),
                Integer.toString(p.claimsSettled()), Money.format(p.collected()), Money.format(p.fee()),
                Money.format(p.netToProvider()), Money.format(p.refundReserve()), Integer.toString(p.openDisputes()),
                Money.format(p.openDisputeAmount()))).toList());
    }

    public static void disputesDue(Path dir, List<DueDispute> rows) {
        write(dir.resolve("disputes_due.csv"), DISPUTES_DUE, rows.stream().map(d -> List.of(d.claimNumber(), d.kind().name(),
                Money.format(d.amount()), d.respondBy().toString(), Long.toString(d.daysLeft()))).toList());
    }

    private static void write(Path file, List<String> header, List<List<String>> rows) {
        try (CsvFileWriter out = new CsvFileWriter(file, header)) {
            rows.forEach(out::row);
            out.commit();
        }
    }
}
