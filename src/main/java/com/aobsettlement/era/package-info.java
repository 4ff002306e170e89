/**
 * X12 835 (ERA) → remittances (DOMAIN.md §5.1), the `import era` job.
 *
 * <p>Two streaming passes per file over StAEDI, rejecting at X12's own levels: {@link
 * com.aobsettlement.era.EraFileCheck} decides whether the interchange's envelope is sound (ISA width and
 * version read from the first bytes by {@link com.aobsettlement.era.EraFileHead}, counts and control
 * numbers by {@link com.aobsettlement.era.EraStructure}); if not, the file is quarantined whole,
 * ERA_SYNTAX, before anything is posted (a TA1). {@link com.aobsettlement.era.EraTransactionSource}
 * then hands out one transaction (ST..SE) at a time, mapped by {@link
 * com.aobsettlement.era.EraTransactionBuilder} (the 835 loop logic: StAEDI has no 835 schema), a set's
 * own syntax errors (SE01, SE02, no SE, a bad or missing segment) making it an ERA_SYNTAX of its own (a
 * 999). {@link com.aobsettlement.era.EraTransactionProcessor} decides post or quarantine (syntax,
 * balancing, payer); {@link com.aobsettlement.era.EraWriter} asks {@link
 * com.aobsettlement.era.EraClaimPayments} which claims are no payment (CLP02 23, 25), duplicates or a
 * conflict, and posts or quarantines in the chunk's transaction, with an era_transactions row per
 * transaction so that nothing is posted twice, whatever run retries it. Offsets are bytes (the file is
 * decoded as ISO-8859-1), so a quarantine copies the original bytes.
 *
 * <p>StAEDI 1.26.0 facts relied on: getTransactionType() fails on the second ST of a file, so ST01
 * and GS08 are read as data; a UTF-8 byte order mark makes it fail, so it is skipped before; it does
 * not read a bare ST..SE, which is refused (no GS08: the version cannot be checked).
 */
package com.aobsettlement.era;
