#pragma once

#include "shared/Result.h"

#include <QString>

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

private:
    Database &m_db;
};

} // namespace hms::server
