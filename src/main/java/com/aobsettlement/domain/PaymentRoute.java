package com.aobsettlement.domain;

/** Where the payer's money lands (DOMAIN.md §3, §7.6). */
public enum PaymentRoute {
    PROVIDER_ACCOUNT, AGENT_ACCOUNT
}
