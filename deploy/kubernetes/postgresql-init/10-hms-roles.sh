#!/bin/bash
# Run once by the postgres image's entry point on an empty data directory
# (/docker-entrypoint-initdb.d): the two roles of an HMS database.
#   hms_owner  owns the database and its schema; only `hms-server migrate`
#              (a Kubernetes init container, a compose service) connects as it
#   hms        the role the server runs as: `migrate` grants it what it needs,
#              on the audit log only SELECT and INSERT
# Passwords come from HMS_OWNER_PASSWORD and HMS_SERVER_PASSWORD; psql quotes
# them (:'...'), so any character is safe.
set -euo pipefail
: "${HMS_OWNER_PASSWORD:?set HMS_OWNER_PASSWORD}" "${HMS_SERVER_PASSWORD:?set HMS_SERVER_PASSWORD}"
psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname postgres \
    -v owner_password="$HMS_OWNER_PASSWORD" -v server_password="$HMS_SERVER_PASSWORD" <<'SQL'
CREATE ROLE hms_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE hms LOGIN PASSWORD :'server_password';
CREATE DATABASE hms OWNER hms_owner;
REVOKE ALL ON DATABASE hms FROM PUBLIC;
GRANT CONNECT ON DATABASE hms TO hms;
SQL
