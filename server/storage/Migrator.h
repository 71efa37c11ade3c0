#pragma once

#include "shared/Result.h"

#include <QString>
#include <optional>

namespace hms::server {

class Database;

// Applies the versioned migrations compiled into the binary
// (storage/migrations/<engine>/NNNN_name.sql), all pending ones in one
// transaction, and refuses a schema newer than this binary knows.
class Migrator
{
public:
    explicit Migrator(Database &db);

    static int latestVersion();
    Result<int, QString> currentVersion();
    // Returns the number of migrations applied.
    Result<int, QString> migrate() { return migrateTo(latestVersion()); }
    // Up to a given version only (tests of upgrades from an older schema).
    Result<int, QString> migrateTo(int targetVersion);

    // PostgreSQL: the role this connection runs as (empty on SQLite; none when it cannot be read).
    std::optional<QString> connectedRole();
    // PostgreSQL, run as the schema's owner: gives the server's role what it
    // needs and on audit_log only SELECT and INSERT, sealing through
    // hms_audit_seal(). Returns false on SQLite, which has no roles.
    Result<bool, QString> grantApplicationRole(const QString &role);

private:
    Database &m_db;
};

} // namespace hms::server
