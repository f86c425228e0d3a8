-- The business key (OUT-2026-000012) of the availability management process that recorded an outage, so that
-- a record and its process can be found from each other (docs/availability-management.md). NULL for records
-- written before the process existed.
ALTER TABLE itsm_outage ADD COLUMN outage_key VARCHAR(32);

CREATE UNIQUE INDEX ux_itsm_outage_key ON itsm_outage (outage_key);

-- The part of a planned outage that 核对维护变更 confirmed inside its approved change window; only time outside
-- [planned_from, planned_to) counts as unavailable. NULL while unconfirmed or when the change did not cover it.
ALTER TABLE itsm_outage ADD COLUMN planned_from TIMESTAMP WITH TIME ZONE;
ALTER TABLE itsm_outage ADD COLUMN planned_to TIMESTAMP WITH TIME ZONE;
