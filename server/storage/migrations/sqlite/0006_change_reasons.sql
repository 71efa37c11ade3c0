-- HMS schema version 6 (SQLite): the reasons given for cancelling an
-- appointment or marking a no-show, for deactivating a staff account and for
-- amending a medical record, stored with the change and in its audit entry.
ALTER TABLE appointments ADD COLUMN status_reason TEXT CHECK (length(status_reason) BETWEEN 1 AND 500);
ALTER TABLE users ADD COLUMN deactivation_reason TEXT CHECK (length(deactivation_reason) BETWEEN 1 AND 500);

-- Each version keeps why and by whom it was written. Versions written before
-- this one have no reason, and were written by the record's author (read as
-- COALESCE(updated_by, author_id): the versions are never updated).
ALTER TABLE medical_record_versions ADD COLUMN amendment_reason TEXT CHECK (length(amendment_reason) BETWEEN 1 AND 500);
ALTER TABLE medical_record_versions ADD COLUMN updated_by INTEGER REFERENCES users (id);

-- An entry's reason is part of its hash when it has one (AuditTrail::entryHash),
-- so entries sealed before this version verify as they were.
ALTER TABLE audit_log ADD COLUMN reason TEXT;

-- The guard trigger now also keeps the reason from being changed by the sealing update.
DROP TRIGGER audit_log_seal_only;
CREATE TRIGGER audit_log_seal_only BEFORE UPDATE ON audit_log WHEN NOT (OLD.chain_pos IS NULL AND NEW.chain_pos IS NOT NULL AND NEW.entry_hash IS NOT NULL AND NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.user_id IS OLD.user_id AND NEW.username IS OLD.username AND NEW.action IS OLD.action AND NEW.resource IS OLD.resource AND NEW.resource_id IS OLD.resource_id AND NEW.patient_id IS OLD.patient_id AND NEW.outcome IS OLD.outcome AND NEW.client_address IS OLD.client_address AND NEW.request_id IS OLD.request_id AND NEW.reason IS OLD.reason) BEGIN SELECT RAISE(ABORT, 'audit entries are never changed or deleted'); END;
