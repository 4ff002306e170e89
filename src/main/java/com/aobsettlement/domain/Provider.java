package com.aobsettlement.domain;

import java.math.BigDecimal;

public record Provider(String npi, String name, BigDecimal feePct, PaymentRoute paymentRoute) {
}
