-- Bill runs at company scale: one running run per community and period (enforced here), progress
-- that survives a restart (the last unit written, committed with its batch) and resumable runs.

-- TRUE while the run is RUNNING, NULL otherwise: the unique key below then allows one running run
-- per community and period, and any number of finished ones (NULLs are distinct in PostgreSQL and
-- in H2). A partial unique index would say the same, but H2 has none.
ALTER TABLE bill_run ADD COLUMN running BOOLEAN;
-- The keyset cursor: units are billed in id order, and a batch moves this in its own transaction.
ALTER TABLE bill_run ADD COLUMN last_unit_id BIGINT NOT NULL DEFAULT 0;
-- Each start or resume of the run is an attempt; only the current attempt may write or finish it.
ALTER TABLE bill_run ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1;
-- When the current attempt began (the start, or the last resume) and how many units were done then:
-- the run page's elapsed time and estimated time left are measured from there.
ALTER TABLE bill_run ADD COLUMN attempt_started_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE bill_run ADD COLUMN attempt_units_before BIGINT NOT NULL DEFAULT 0;
-- The last sign of life of a running run: a run with none for a while is stale and may be resumed.
ALTER TABLE bill_run ADD COLUMN progress_at TIMESTAMP WITH TIME ZONE;

-- Runs left RUNNING by an application stopped before this migration can only be resumed.
UPDATE bill_run SET status = 'FAILED', finished_at = CURRENT_TIMESTAMP WHERE status = 'RUNNING';
UPDATE bill_run SET attempt_started_at = started_at, progress_at = COALESCE(finished_at, started_at);
ALTER TABLE bill_run ALTER COLUMN attempt_started_at SET NOT NULL;
ALTER TABLE bill_run ALTER COLUMN progress_at SET NOT NULL;

ALTER TABLE bill_run ADD CONSTRAINT ck_bill_run_running
    CHECK ((status = 'RUNNING' AND running = TRUE) OR (status <> 'RUNNING' AND running IS NULL));
ALTER TABLE bill_run ADD CONSTRAINT uk_bill_run_running UNIQUE (community_id, period, running);

