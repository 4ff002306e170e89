package com.aobsettlement.imports;

import com.aobsettlement.domain.ClaimLine;
import com.aobsettlement.domain.InputRules;
import com.aobsettlement.domain.Network;
import com.aobsettlement.domain.Npi;
import com.aobsettlement.domain.ReasonCode;
import com.aobsettlement.store.NewClaim;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The import checks of DOMAIN.md §4 for one claim (its consecutive rows of assignments.csv): a
 * claim with any failing row is rejected whole. Claim-level checks (NPI, payer, AOB instants) are
 * made once per claim, on its first row; line checks on every row. Messages name the line and the
 * field and never repeat patient_ref.
 */
public class AssignmentValidator implements ItemProcessor<List<CsvRecord>, ImportItem<NewClaim>> {
    /** The claim columns that are codes (DOMAIN.md §3): compared as the file holds them. */
    private static final Set<String> CODE_COLUMNS = Set.of("claim_number", "assignment_ref", "payer_code", "patient_ref");

    private final Set<String> providerNpis;
    private final Set<String> payerCodes;
    private final InputRules rules;
    private final ZoneId zone;

    public AssignmentValidator(Set<String> providerNpis, Set<String> payerCodes, InputRules rules) {
        this.providerNpis = providerNpis;
        this.payerCodes = payerCodes;
        this.rules = rules;
        this.zone = rules.zone();
    }

    @Override
    public ImportItem<NewClaim> process(List<CsvRecord> records) {
        ImportItem<NewClaim> item = new ImportItem<>(records);
        List<ImportProblem> problems = new ArrayList<>();

        RowFields first = new RowFields(records.get(0), Columns.ASSIGNMENTS, rules);
        String claimNumber = first.code("claim_number", 50);
        String assignmentRef = first.code("assignment_ref", 80);
        String npi = first.required("provider_npi", 10);
        if (npi != null) {
            if (!Npi.isValid(npi)) {
                first.problem(ReasonCode.INVALID_NPI, "provider_npi " + RowFields.shorten(npi)
                        + " is not 10 digits with a valid check digit");
            } else if (!providerNpis.contains(npi)) {
                first.problem(ReasonCode.UNKNOWN_PROVIDER, "provider_npi " + npi + " is not in providers; import providers.csv first");
            }
        }
        String payer = first.code("payer_code", 40);
        if (payer != null && !payerCodes.contains(payer)) {
            first.problem(ReasonCode.UNKNOWN_PAYER, "payer_code " + RowFields.shorten(payer) + " is not in payers; import payers.csv first");
        }
        String patientRef = first.code("patient_ref", 80);
        Network network = first.enumValue("network", Network.class, true);
        LocalDate serviceDate = first.date("service_date", true);
        OffsetDateTime authorized = first.instant("authorized_at", ReasonCode.AOB_AUTHORIZATION_MISSING);
        OffsetDateTime submitted = first.instant("submitted_at", null);
        if (authorized != null && submitted != null && authorized.toInstant().isAfter(submitted.toInstant())) {
            first.problem(ReasonCode.AOB_AFTER_SUBMISSION, "authorized_at " + authorized
                    + " is later than submitted_at " + submitted + ": the AOB must be signed before the claim is sent");
        }
        if (authorized != null && serviceDate != null) {
            Instant endOfServiceDay = serviceDate.plusDays(1).atStartOfDay(zone).toInstant();
            if (!authorized.toInstant().isBefore(endOfServiceDay)) {
                first.problem(ReasonCode.AOB_AFTER_SERVICE, "authorized_at " + authorized
                        + " is later than the end of service date " + serviceDate + " (" + zone + ")");
            }
        }
        List<ClaimLine> lines = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            RowFields row = i == 0 ? first : new RowFields(records.get(i), Columns.ASSIGNMENTS, rules);
            if (i > 0 && row.readable()) {
                List<String> differing = new ArrayList<>();
                for (String column : Columns.CLAIM_COLUMNS) {
                    if (!CODE_COLUMNS.contains(column)) {
                        if (!row.text(column).equals(first.text(column))) {
                            differing.add(column);
                        }
                    } else if (!row.raw(column).equals(first.raw(column))) {
                        // the reader groups rows by the trimmed claim number: "\tC1" after "C1" is refused here
                        String why = InputRules.codeProblem(row.raw(column));
                        if (why != null) {
                            row.invalid(column, why);
                        } else {
                            differing.add(column);
                        }
                    }
                }
                if (!differing.isEmpty()) {
                    row.problem(ReasonCode.INCONSISTENT_CLAIM, "claim " + claimNumberOrBlank(claimNumber) + ": "
                            + String.join(", ", differing) + " differ from the claim's line on line " + records.get(0).line());
                }
            }
            Integer lineNo = row.integer("line_no", true, 1, 999);
            if (lineNo != null && lineNumbers.contains(lineNo)) {
                row.invalid("line_no", "repeats line " + lineNo + " of the claim");
            }
            if (lineNo != null) {
                lineNumbers.add(lineNo);
            }
            String procedure = FeeScheduleValidator.procedure(row);
            Integer units = row.integer("units", true, 1, 99_999);
            BigDecimal billed = row.money("billed_amount", true);
            if (billed != null && billed.signum() <= 0) {
                row.invalid("billed_amount", "is " + billed.toPlainString() + "; it must be above 0.00");
                billed = null;
            }
            problems.addAll(row.problems());
            if (lineNo != null && procedure != null && units != null && billed != null) {
                lines.add(new ClaimLine(lineNo, procedure, units, billed));
            }
        }

        problems.forEach(item::reject);
        if (problems.isEmpty()) {
            lines.sort(java.util.Comparator.comparingInt(ClaimLine::lineNo));
            item.accept(new NewClaim(claimNumber, assignmentRef, npi, payer, patientRef, network, serviceDate,
                    authorized.toInstant(), submitted == null ? null : submitted.toInstant(), lines));
        }
        return item;
    }

    private static String claimNumberOrBlank(String claimNumber) {
        return claimNumber == null ? "(no number)" : claimNumber;
    }
}
