-- HMS schema version 6 (PostgreSQL): the reasons given for cancelling an
-- appointment or marking a no-show, for deactivating a staff account and for
-- amending a medical record, stored with the change and in its audit entry.
ALTER TABLE appointments ADD COLUMN status_reason TEXT CHECK (length(status_reason) BETWEEN 1 AND 500);
ALTER TABLE users ADD COLUMN deactivation_reason TEXT CHECK (length(deactivation_reason) BETWEEN 1 AND 500);

-- Each version keeps why and by whom it was written. Versions written before
-- this one have no reason, and were written by the record's author (read as
-- COALESCE(updated_by, author_id): the versions are never updated).
ALTER TABLE medical_record_versions ADD COLUMN amendment_reason TEXT CHECK (length(amendment_reason) BETWEEN 1 AND 500);
ALTER TABLE medical_record_versions ADD COLUMN updated_by BIGINT REFERENCES users (id);

-- An entry's reason is part of its hash when it has one (AuditTrail::entryHash),
-- so entries sealed before this version verify as they were.
ALTER TABLE audit_log ADD COLUMN reason TEXT;

-- The guard trigger now also keeps the reason from being changed by the sealing update.
CREATE OR REPLACE FUNCTION hms_audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'UPDATE' AND OLD.chain_pos IS NULL AND NEW.chain_pos IS NOT NULL AND NEW.entry_hash IS NOT NULL AND (NEW.id, NEW.at, NEW.user_id, NEW.username, NEW.action, NEW.resource, NEW.resource_id, NEW.patient_id, NEW.outcome, NEW.client_address, NEW.request_id, NEW.reason) IS NOT DISTINCT FROM (OLD.id, OLD.at, OLD.user_id, OLD.username, OLD.action, OLD.resource, OLD.resource_id, OLD.patient_id, OLD.outcome, OLD.client_address, OLD.request_id, OLD.reason) THEN RETURN NEW; END IF; RAISE EXCEPTION 'audit entries are never changed or deleted'; END $$;
