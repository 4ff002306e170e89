package com.aobsettlement.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.domain.AgingBucket;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Each file's header is the one DOMAIN.md §10 gives. */
class ReportColumnsTest {

    @Test
    void headersAreTheDomainContracts() {
        assertThat(header(SettlementsCsv.values())).isEqualTo("claim_number,business_date,status,billed,allowed,"
                + "patient_responsibility,payer_expected,payer_paid,underpaid,interest_due,refund_reserve,collected,fee,"
                + "net_to_provider");
        assertThat(header(DisputesCsv.values())).isEqualTo("claim_number,kind,amount,opened_on,respond_by,status");
        assertThat(header(ExceptionsCsv.values())).isEqualTo("source,record_ref,reason_code,message");
        assertThat(header(ProviderTotalsCsv.values())).isEqualTo("provider_npi,claims,collected,fee,net_to_provider");
        assertThat(header(ReconciliationCsv.values())).isEqualTo("check,left,right,difference,status");
        assertThat(header(UnmatchedCsv.values())).isEqualTo("side,eft_trace,date,amount,reason");
        assertThat(header(AgingCsv.values()))
                .isEqualTo("payer_code,days_0_30,days_31_60,days_61_90,days_91_120,days_over_120,total");
        assertThat(header(ProviderStatementsCsv.values())).isEqualTo("provider_npi,claims_settled,collected,fee,"
                + "net_to_provider,refund_reserve,open_disputes,open_dispute_amount");
        assertThat(header(DisputesDueCsv.values())).isEqualTo("claim_number,kind,amount,respond_by,days_left");
    }

    @Test
    void agingHasAColumnPerBucketInBucketOrder() {
        assertThat(CsvColumn.header(AgingCsv.values()).subList(1, AgingCsv.values().length - 1))
                .containsExactlyElementsOf(Arrays.stream(AgingBucket.values()).map(AgingBucket::column).toList());
    }

    private static String header(Enum<?>[] columns) {
        return String.join(",", CsvColumn.header(columns));
    }
}
