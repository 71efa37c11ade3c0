-- HMS schema version 2 (SQLite): the audit trail and login throttling.
CREATE TABLE audit_log (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    at             TEXT NOT NULL,
    user_id        INTEGER,
    username       TEXT,
    action         TEXT NOT NULL,
    resource       TEXT,
    resource_id    INTEGER,
    patient_id     INTEGER,
    outcome        TEXT NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
    client_address TEXT,
    request_id     TEXT,
    chain_pos      INTEGER UNIQUE,
    entry_hash     TEXT
);
CREATE INDEX audit_log_unsealed ON audit_log (id) WHERE chain_pos IS NULL;
CREATE INDEX audit_log_by_user ON audit_log (user_id, id);
CREATE INDEX audit_log_by_patient ON audit_log (patient_id, id);
CREATE INDEX audit_log_by_action ON audit_log (action, id);
CREATE INDEX audit_log_by_time ON audit_log (at, id);
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit entries are never changed or deleted'); END;
CREATE TRIGGER audit_log_seal_only BEFORE UPDATE ON audit_log WHEN NOT (OLD.chain_pos IS NULL AND NEW.chain_pos IS NOT NULL AND NEW.entry_hash IS NOT NULL AND NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.user_id IS OLD.user_id AND NEW.username IS OLD.username AND NEW.action IS OLD.action AND NEW.resource IS OLD.resource AND NEW.resource_id IS OLD.resource_id AND NEW.patient_id IS OLD.patient_id AND NEW.outcome IS OLD.outcome AND NEW.client_address IS OLD.client_address AND NEW.request_id IS OLD.request_id) BEGIN SELECT RAISE(ABORT, 'audit entries are never changed or deleted'); END;

CREATE TABLE login_throttle (
    key             TEXT PRIMARY KEY,
    failures        INTEGER NOT NULL,
    last_failure_at TEXT NOT NULL,
    locked_until    TEXT
);
