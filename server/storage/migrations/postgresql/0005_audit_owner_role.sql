-- HMS schema version 5 (PostgreSQL): the audit trail belongs to the schema's
-- owner, not to the role the server runs as.

-- The schema and its triggers belong to the role that runs `hms-server
-- migrate`; the server's own role is granted what it needs after each
-- migration (see Migrator::grantApplicationRole): on audit_log only SELECT and
-- INSERT. It links entries into the chain through this function, which runs
-- as the owner, fills in chain_pos and entry_hash of unsealed entries only
-- (the guard trigger still checks every row), and only at the positions right
-- after the current chain head, so that the chain cannot be given gaps.
CREATE FUNCTION hms_audit_seal(ids BIGINT[], positions BIGINT[], hashes TEXT[]) RETURNS INTEGER LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$ DECLARE head BIGINT; sealed INTEGER; BEGIN IF cardinality(ids) IS DISTINCT FROM cardinality(positions) OR cardinality(ids) IS DISTINCT FROM cardinality(hashes) THEN RAISE EXCEPTION 'hms_audit_seal: ids, positions and hashes differ in length'; END IF; IF COALESCE(cardinality(ids), 0) = 0 THEN RETURN 0; END IF; SELECT COALESCE(MAX(chain_pos), 0) INTO head FROM public.audit_log; IF EXISTS (SELECT 1 FROM unnest(positions) WITH ORDINALITY AS p (pos, i) WHERE p.pos IS DISTINCT FROM head + p.i) THEN RAISE EXCEPTION 'hms_audit_seal: entries are sealed in order right after the chain head (position %)', head; END IF; UPDATE public.audit_log AS a SET chain_pos = v.pos, entry_hash = v.hash FROM unnest(ids, positions, hashes) AS v (id, pos, hash) WHERE a.id = v.id AND a.chain_pos IS NULL; GET DIAGNOSTICS sealed = ROW_COUNT; RETURN sealed; END $$;
REVOKE ALL ON FUNCTION hms_audit_seal(BIGINT[], BIGINT[], TEXT[]) FROM PUBLIC;
REVOKE ALL ON audit_log FROM PUBLIC;
