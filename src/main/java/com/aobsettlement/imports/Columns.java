package com.aobsettlement.imports;

import java.util.List;

/** The exact headers of the CSV inputs (README "Input files"). */
public final class Columns {
    private Columns() {
    }

    public static final List<String> PROVIDERS = List.of("npi", "name", "fee_pct", "payment_route");
    public static final List<String> PAYERS = List.of("payer_code", "name", "payer_type", "era_payer_id", "allowed_pct",
            "prompt_pay_days", "prompt_pay_day_kind", "interest_apr", "appeal_window_days", "timely_filing", "tolerance_abs",
            "tolerance_pct", "sequestration_pct", "nsa_applies", "effective_from");
    public static final List<String> FEE_SCHEDULE = List.of("payer_code", "procedure_code", "allowed_amount",
            "effective_from", "effective_to");
    public static final List<String> ASSIGNMENTS = List.of("claim_number", "assignment_ref", "provider_npi", "payer_code",
            "patient_ref", "network", "service_date", "authorized_at", "submitted_at", "line_no", "procedure_code", "units",
            "billed_amount");
    /** The columns that describe the claim and repeat on each of its lines. */
    public static final List<String> CLAIM_COLUMNS = ASSIGNMENTS.subList(0, 9);
    public static final List<String> DISPUTE_ACTIONS = List.of("claim_number", "kind", "action", "action_date");
    public static final List<String> REMITTANCES = List.of("claim_number", "status_code", "charge_amount", "paid_amount",
            "patient_responsibility", "interest_paid", "paid_on", "eft_trace");
    public static final List<String> DEPOSITS = List.of("deposit_date", "amount", "eft_trace");
}
