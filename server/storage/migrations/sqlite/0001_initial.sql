-- HMS schema version 1 (SQLite). Instants are UTC text 'YYYY-MM-DDTHH:MM:SS.mmmZ'.
CREATE TABLE users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    username      TEXT NOT NULL UNIQUE,
    full_name     TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('admin', 'doctor', 'receptionist')),
    password_hash TEXT NOT NULL,
    active        BOOLEAN NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX users_active_doctors ON users (full_name, id) WHERE role = 'doctor' AND active;

CREATE TABLE sessions (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    token_hash    TEXT NOT NULL UNIQUE,
    user_id       INTEGER NOT NULL REFERENCES users (id),
    created_at    TEXT NOT NULL,
    last_seen_at  TEXT NOT NULL,
    expires_at    TEXT NOT NULL,
    revoked_at    TEXT
);
CREATE INDEX sessions_by_user ON sessions (user_id) WHERE revoked_at IS NULL;

CREATE TABLE patients (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    mrn           TEXT UNIQUE,
    name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    sort_name     TEXT NOT NULL,
    date_of_birth TEXT NOT NULL,
    sex           TEXT CHECK (sex IN ('female', 'male', 'other', 'unknown')),
    email         TEXT,
    email_key     TEXT,
    phone         TEXT,
    address       TEXT,
    blood_group   TEXT CHECK (blood_group IN ('A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-')),
    archived_at   TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX patients_email_unique ON patients (email_key) WHERE email_key IS NOT NULL AND archived_at IS NULL;
CREATE INDEX patients_by_name ON patients (sort_name, id) WHERE archived_at IS NULL;

CREATE TABLE patient_search_terms (
    term       TEXT NOT NULL,
    patient_id INTEGER NOT NULL REFERENCES patients (id),
    PRIMARY KEY (term, patient_id)
) WITHOUT ROWID;
CREATE INDEX patient_search_terms_by_patient ON patient_search_terms (patient_id);

CREATE TABLE appointments (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    patient_id       INTEGER NOT NULL REFERENCES patients (id),
    doctor_id        INTEGER NOT NULL REFERENCES users (id),
    starts_at        TEXT NOT NULL,
    ends_at          TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
    status           TEXT NOT NULL CHECK (status IN ('scheduled', 'checked_in', 'completed', 'cancelled', 'no_show')),
    reason           TEXT,
    notes            TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1,
    CHECK (ends_at > starts_at)
);
CREATE INDEX appointments_by_time ON appointments (starts_at, id);
CREATE INDEX appointments_by_doctor ON appointments (doctor_id, starts_at, id);
CREATE INDEX appointments_by_patient ON appointments (patient_id, starts_at, id);

CREATE TABLE medical_records (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    patient_id     INTEGER NOT NULL REFERENCES patients (id),
    author_id      INTEGER NOT NULL REFERENCES users (id),
    appointment_id INTEGER REFERENCES appointments (id),
    diagnosis      TEXT NOT NULL,
    prescription   TEXT,
    record_date    TEXT NOT NULL,
    notes          TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX medical_records_by_patient ON medical_records (patient_id, record_date DESC, id DESC);

CREATE TABLE medical_record_versions (
    record_id      INTEGER NOT NULL REFERENCES medical_records (id),
    version        INTEGER NOT NULL,
    author_id      INTEGER NOT NULL REFERENCES users (id),
    appointment_id INTEGER,
    diagnosis      TEXT NOT NULL,
    prescription   TEXT,
    record_date    TEXT NOT NULL,
    notes          TEXT,
    recorded_at    TEXT NOT NULL,
    PRIMARY KEY (record_id, version)
);
CREATE TRIGGER medical_record_versions_no_update BEFORE UPDATE ON medical_record_versions BEGIN SELECT RAISE(ABORT, 'rows of medical_record_versions are never changed or deleted'); END;
CREATE TRIGGER medical_record_versions_no_delete BEFORE DELETE ON medical_record_versions BEGIN SELECT RAISE(ABORT, 'rows of medical_record_versions are never changed or deleted'); END;
CREATE TRIGGER medical_records_never_deleted BEFORE DELETE ON medical_records BEGIN SELECT RAISE(ABORT, 'rows of medical_records are never changed or deleted'); END;
