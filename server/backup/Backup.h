#pragma once

#include "shared/Result.h"

#include <QString>

namespace hms::server {

class Database;

// What a backup or restore did, for the operator.
struct BackupSummary
{
    QString file;
    qint64 bytes = 0;
    int schemaVersion = 0;
};

// Consistent online copies of the whole database. SQLite uses its online
// backup API (pages copied under a read transaction, so the server may keep
// running); PostgreSQL uses pg_dump/pg_restore in the custom format. A
// backup is written next to its destination and renamed into place, so a
// failed run never leaves a half-written file under the requested name.
class Backup
{
public:
    explicit Backup(Database &db);

    Result<BackupSummary, QString> save(const QString &outputFile);
    // Replaces the database's contents with the backup's, in one go: nothing
    // of the old contents survives and nothing of the backup is left out.
    // The schema is migrated afterwards by the caller.
    Result<BackupSummary, QString> restore(const QString &inputFile);

    // The file a migration writes before it changes a SQLite schema.
    static QString preMigrationFileName(const QString &databaseFile, int fromVersion, int toVersion);

private:
    Result<BackupSummary, QString> saveSqlite(const QString &outputFile);
    Result<BackupSummary, QString> restoreSqlite(const QString &inputFile);
    Result<BackupSummary, QString> savePostgres(const QString &outputFile);
    Result<BackupSummary, QString> restorePostgres(const QString &inputFile);

    Database &m_db;
};

} // namespace hms::server
