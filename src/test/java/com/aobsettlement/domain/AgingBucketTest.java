package com.aobsettlement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgingBucketTest {
    @ParameterizedTest
    @CsvSource({"-3,DAYS_0_30", "0,DAYS_0_30", "30,DAYS_0_30", "31,DAYS_31_60", "60,DAYS_31_60", "61,DAYS_61_90",
            "90,DAYS_61_90", "91,DAYS_91_120", "120,DAYS_91_120", "121,DAYS_OVER_120", "4000,DAYS_OVER_120"})
    void edgesBelongToTheLowerBucket(long days, AgingBucket bucket) {
        assertThat(AgingBucket.of(days)).isEqualTo(bucket);
    }
}
