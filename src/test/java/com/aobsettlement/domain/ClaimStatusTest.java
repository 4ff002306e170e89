package com.aobsettlement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** DOMAIN.md §6.1: a claim rejected at import or written off is final, and never pending again. */
class ClaimStatusTest {
    @Test
    void rejectedAndWrittenOffAreTheFinalStatuses() {
        assertThat(ClaimStatus.finalStatuses()).containsExactlyInAnyOrder(ClaimStatus.REJECTED, ClaimStatus.WRITTEN_OFF);
        assertThat(ClaimStatus.REJECTED.isFinal()).isTrue();
        assertThat(ClaimStatus.WRITTEN_OFF.isFinal()).isTrue();
    }

    @Test
    void everyOtherStatusCanBePendingAgain() {
        EnumSet<ClaimStatus> others = EnumSet.complementOf(EnumSet.copyOf(ClaimStatus.finalStatuses()));
        assertThat(others).containsExactlyInAnyOrder(ClaimStatus.PENDING, ClaimStatus.UNSUBMITTED,
                ClaimStatus.AWAITING_PAYMENT, ClaimStatus.DENIED, ClaimStatus.DISPUTED, ClaimStatus.SETTLED);
        assertThat(others).noneMatch(ClaimStatus::isFinal);
    }

    @Test
    void theListOfFinalStatusesCannotBeChangedByItsUsers() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ClaimStatus.finalStatuses().add(ClaimStatus.SETTLED))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
