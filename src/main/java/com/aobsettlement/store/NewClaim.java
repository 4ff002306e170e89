package com.aobsettlement.store;

import com.aobsettlement.domain.ClaimLine;
import com.aobsettlement.domain.Network;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A claim as an import takes it, patient_ref included (stored, never logged or reported). */
public record NewClaim(String claimNumber, String assignmentRef, String providerNpi, String payerCode, String patientRef,
                       Network network, LocalDate serviceDate, Instant authorizedAt, Instant submittedAt,
                       List<ClaimLine> lines) {

    /** The same claim with these lines. */
    public NewClaim withLines(List<ClaimLine> newLines) {
        return new NewClaim(claimNumber, assignmentRef, providerNpi, payerCode, patientRef, network, serviceDate, authorizedAt,
                submittedAt, newLines);
    }

    /** Same claim apart from submitted_at: what a re-import may fill (DOMAIN.md §4). */
    public boolean sameExceptSubmission(NewClaim other) {
        return claimNumber.equals(other.claimNumber) && assignmentRef.equals(other.assignmentRef)
                && providerNpi.equals(other.providerNpi) && payerCode.equals(other.payerCode)
                && patientRef.equals(other.patientRef) && network == other.network
                && serviceDate.equals(other.serviceDate) && authorizedAt.equals(other.authorizedAt)
                && sameLines(other.lines);
    }

    private boolean sameLines(List<ClaimLine> others) {
        if (lines.size() != others.size()) {
            return false;
        }
        for (int i = 0; i < lines.size(); i++) {
            ClaimLine a = lines.get(i);
            ClaimLine b = others.get(i);
            if (a.lineNo() != b.lineNo() || !a.procedureCode().equals(b.procedureCode()) || a.units() != b.units()
                    || a.billedAmount().compareTo(b.billedAmount()) != 0) {
                return false;
            }
        }
        return true;
    }
}
