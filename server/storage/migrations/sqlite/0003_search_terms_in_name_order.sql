-- HMS schema version 3 (SQLite): search terms carry the patient's sort name,
-- so the matches of a prefix come out of the index in name order.
ALTER TABLE patient_search_terms ADD COLUMN sort_name TEXT;
UPDATE patient_search_terms SET sort_name = (SELECT p.sort_name FROM patients p WHERE p.id = patient_search_terms.patient_id);
DELETE FROM patient_search_terms WHERE patient_id IN (SELECT id FROM patients WHERE archived_at IS NOT NULL);
CREATE INDEX patient_search_terms_in_name_order ON patient_search_terms (term, sort_name, patient_id);
