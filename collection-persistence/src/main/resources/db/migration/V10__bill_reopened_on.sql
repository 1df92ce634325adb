-- The last day a reversal or a counter-entry re-opened a bill (took money off it): an allocation
-- recorded later never counts from before that day ("Collection-rate definitions"), or the bill
-- would count as paid twice on the days in between. Bills re-opened before this column existed get
-- the day of their last reversed allocation or counter-entry.
ALTER TABLE bill ADD COLUMN reopened_on DATE;

-- (COALESCE around GREATEST: the same answer whether GREATEST skips NULLs or returns NULL)
UPDATE bill SET reopened_on = COALESCE(
    GREATEST((SELECT MAX(a.reversed_on) FROM allocation a WHERE a.bill_id = bill.id),
             (SELECT MAX(j.countered_on) FROM adjustment j WHERE j.bill_id = bill.id)),
    (SELECT MAX(a.reversed_on) FROM allocation a WHERE a.bill_id = bill.id),
    (SELECT MAX(j.countered_on) FROM adjustment j WHERE j.bill_id = bill.id))
WHERE EXISTS (SELECT 1 FROM allocation a WHERE a.bill_id = bill.id AND a.reversed_on IS NOT NULL)
   OR EXISTS (SELECT 1 FROM adjustment j WHERE j.bill_id = bill.id AND j.countered_on IS NOT NULL);
