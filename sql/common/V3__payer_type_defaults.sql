-- Default payer rules by payer type (DOMAIN.md §7.1), applied to every empty column of a payer row.
-- interest_apr and allowed_pct have no default: they are the payer's own data (for Medicare the
-- Treasury prompt-payment rate, updated by the operator each January and July).
CREATE TABLE payer_type_defaults (
    payer_type           VARCHAR(30)   NOT NULL PRIMARY KEY,
    allowed_pct          DECIMAL(9,6),
    prompt_pay_days      INT,
    prompt_pay_day_kind  VARCHAR(10),
    interest_apr         DECIMAL(9,6),
    appeal_window_days   INT,
    timely_filing        VARCHAR(20),
    tolerance_abs        DECIMAL(13,2),
    tolerance_pct        DECIMAL(9,6),
    sequestration_pct    DECIMAL(9,6),
    nsa_applies          BOOLEAN,
    citation             VARCHAR(1000) NOT NULL
);

INSERT INTO payer_type_defaults VALUES
('MEDICARE', NULL, 30, 'CALENDAR', NULL, 120, 'P1Y', 1.00, 0.010000, 0.020000, FALSE,
 'Prompt pay: 30 calendar days from receipt of a clean claim, SSA 1816(c)(2), 1842(c)(2), 42 CFR 405.922; interest: Treasury prompt-payment rate, 31 U.S.C. 3902(a), 41 U.S.C. 7109(b); appeal: 120 days (redetermination), 42 CFR 405.942; timely filing: 1 year, 42 CFR 424.44; sequestration 2 % (CARC 253) after deductible and coinsurance'),
('MEDICARE_ADVANTAGE', NULL, 30, 'CALENDAR', NULL, 60, 'P1Y', 1.00, 0.010000, 0.020000, FALSE,
 'Prompt pay: 30 calendar days, 42 CFR 422.520(a) (non-contracted providers); interest: Treasury rate; appeal: per contract (default 60 days); timely filing: 1 year; sequestration 2 %'),
('MEDICAID', NULL, 30, 'CALENDAR', NULL, 90, 'P1Y', 1.00, 0.010000, 0.000000, FALSE,
 'Prompt pay: 30 calendar days, 42 CFR 447.45(d) (90 % of clean claims in 30 days); interest: state data; appeal: state data (default 90 days); timely filing: 1 year, 42 CFR 447.45(d)'),
('COMMERCIAL_ERISA', NULL, 30, 'CALENDAR', NULL, 180, 'P180D', 1.00, 0.010000, 0.000000, FALSE,
 'Prompt pay: 30 calendar days, 29 CFR 2560.503-1(f)(2)(iii)(B) (post-service claim decision); interest: state data; appeal: 180 days, 29 CFR 2560.503-1(h)(3)(i); timely filing: per contract (default 180 days)'),
('COMMERCIAL_STATE', NULL, 30, 'CALENDAR', NULL, 180, 'P180D', 1.00, 0.010000, 0.000000, FALSE,
 'Prompt pay: state law, e.g. TX Ins. Code 1301.103, 1301.137 (30 days electronic, 18 %/yr after day 90); CA H&S 1371.35 (30 working days, 15 %/yr); IL 215 ILCS 5/368a (30 days, 9 %/yr); GA 33-24-59.14 (15 working days, 12 %/yr); interest: state data; appeal and timely filing: per contract (default 180 days)'),
('OTHER', NULL, 30, 'CALENDAR', NULL, 180, 'P180D', 1.00, 0.010000, 0.000000, FALSE,
 'Defaults: 30 calendar days prompt pay, 180 days appeal window, 180 days timely filing; interest: payer data');
