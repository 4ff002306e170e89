/**
 * X12 835 (ERA) → remittances (DOMAIN.md §5.1), the `import era` job.
 *
 * <p>Two streaming passes per file over StAEDI: {@link com.aobsettlement.era.EraFileCheck} decides
 * whether the whole file parses as 005010X221A1 (else it is quarantined whole, ERA_SYNTAX, before
 * anything is posted); {@link com.aobsettlement.era.EraTransactionSource} then hands out one
 * transaction (ST..SE) at a time, mapped by {@link com.aobsettlement.era.EraTransactionBuilder} (the
 * 835 loop logic: StAEDI has no 835 schema). {@link com.aobsettlement.era.EraTransactionProcessor}
 * decides post or quarantine (syntax, balancing, payer); {@link com.aobsettlement.era.EraWriter}
 * posts or quarantines in the chunk's transaction, with an era_transactions row per transaction so
 * that nothing is posted twice, whatever run retries it. Offsets are bytes (the file is decoded as
 * ISO-8859-1), so a quarantine copies the original bytes.
 *
 * <p>StAEDI 1.26.0 facts relied on: getTransactionType() fails on the second ST of a file, so ST01
 * and GS08 are read as data; a UTF-8 byte order mark makes it fail, so it is skipped before; it does
 * not read a bare ST..SE, which is refused (no GS08: the version cannot be checked).
 */
package com.aobsettlement.era;
