#pragma once

#include "shared/Result.h"
#include "storage/StorageError.h"

#include <QStringList>

namespace hms::server {

class Database;

// Whether the role a connection runs as could rewrite or silence the audit
// log, read from PostgreSQL's catalog: superuser, CREATEROLE, ownership of
// audit_log, of its schema or of its trigger and sealing functions, the
// UPDATE, DELETE, TRUNCATE or TRIGGER privilege on it, or guard triggers that
// are missing or disabled. SQLite has no roles: its file's ownership is what
// protects it (see docs/operations.md).
class AuditProtection
{
public:
    explicit AuditProtection(Database &db);

    // One reason per right the role has; empty when it can only read and
    // append (and always on SQLite).
    Result<QStringList, StorageError> rewriteRights();
    // The role the connection runs as (empty on SQLite).
    QString role() const { return m_role; }

private:
    Database &m_db;
    QString m_role;
};

} // namespace hms::server
