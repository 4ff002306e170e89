package com.aobsettlement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NpiTest {
    @Test
    void cmsExampleIsValid() {
        // The example of the CMS NPI check-digit paper: 123456789 → check digit 3.
        assertThat(Npi.checkDigit("123456789")).isEqualTo(3);
        assertThat(Npi.isValid("1234567893")).isTrue();
    }

    @Test
    void wrongCheckDigitOrShapeIsInvalid() {
        assertThat(Npi.isValid("1234567890")).isFalse();
        assertThat(Npi.isValid("123456789")).isFalse();
        assertThat(Npi.isValid("12345678a3")).isFalse();
        assertThat(Npi.isValid(null)).isFalse();
    }
}
