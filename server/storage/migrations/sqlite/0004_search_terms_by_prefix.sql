-- HMS schema version 4 (SQLite): search terms grouped by their first three
-- characters, in name order. A word that many patients share (a common first
-- name, which also starts many e-mail addresses) then yields its first page
-- from one ordered stretch of this index instead of a sort of every match.
CREATE INDEX patient_search_terms_by_prefix ON patient_search_terms (substr(term, 1, 3), sort_name, patient_id, term);
