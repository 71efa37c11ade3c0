-- HMS schema version 3 (PostgreSQL): search terms carry the patient's sort
-- name, so the matches of a prefix come out of the index in name order.
ALTER TABLE patient_search_terms ADD COLUMN sort_name TEXT COLLATE "C";
UPDATE patient_search_terms t SET sort_name = (SELECT p.sort_name FROM patients p WHERE p.id = t.patient_id);
-- Archived patients are not searched: their terms go.
DELETE FROM patient_search_terms t WHERE EXISTS (SELECT 1 FROM patients p WHERE p.id = t.patient_id AND p.archived_at IS NOT NULL);
CREATE INDEX patient_search_terms_in_name_order ON patient_search_terms (term, sort_name, patient_id);
