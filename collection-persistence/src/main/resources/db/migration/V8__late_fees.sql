-- Late fees (滞纳金): each community's policy, and late-fee bills linked to the bill they were
-- posted for. A bill gets at most one late-fee bill, whatever its status (UNIQUE (late_fee_of):
-- PostgreSQL and H2 both treat NULLs as distinct, so ordinary bills are not constrained).
CREATE TABLE late_fee_policy (
    community_id       BIGINT        NOT NULL PRIMARY KEY REFERENCES community (id),
    enabled            BOOLEAN       NOT NULL,
    -- percent of the principal outstanding per day: 0.0300 is 0.03 % a day
    daily_rate_percent NUMERIC(6, 4) NOT NULL,
    grace_days         INTEGER       NOT NULL,
    -- per bill, percent of the bill's amount
    cap_percent        NUMERIC(5, 2) NOT NULL,
    updated_by         BIGINT REFERENCES staff (id),
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_late_fee_policy_rate CHECK (daily_rate_percent > 0 AND daily_rate_percent <= 1),
    CONSTRAINT ck_late_fee_policy_grace CHECK (grace_days BETWEEN 0 AND 365),
    CONSTRAINT ck_late_fee_policy_cap CHECK (cap_percent > 0 AND cap_percent <= 100)
);
CREATE INDEX ix_late_fee_policy_updated_by ON late_fee_policy (updated_by);

ALTER TABLE bill ADD COLUMN late_fee_of BIGINT REFERENCES bill (id);
ALTER TABLE bill ADD CONSTRAINT uk_bill_late_fee_of UNIQUE (late_fee_of);
ALTER TABLE bill ADD CONSTRAINT ck_bill_late_fee_of CHECK (late_fee_of IS NULL OR late_fee = TRUE);
-- who posted a late-fee bill
ALTER TABLE bill ADD COLUMN late_fee_posted_by BIGINT REFERENCES staff (id);
CREATE INDEX ix_bill_late_fee_posted_by ON bill (late_fee_posted_by);
