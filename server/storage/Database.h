#pragma once

#include "DatabaseUrl.h"
#include "StorageError.h"
#include "shared/Result.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>
#include <optional>
#include <unordered_map>

namespace hms::server {

// One database connection, owned by one thread. Keeps prepared statements for
// reuse (QPSQL would otherwise PREPARE and DEALLOCATE on every query), notices
// a lost connection and reopens it at the start of the next request.
class Database
{
public:
    // Relaxed: commits return before the log is flushed (PostgreSQL
    // synchronous_commit off, SQLite synchronous NORMAL). Only for the log of
    // reads; clinical data and every change are written with Full durability.
    enum class Durability { Full, Relaxed };

    Database(DatabaseUrl url, QString connectionName, Durability durability = Durability::Full);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Engine engine() const { return m_url.engine; }
    const DatabaseUrl &url() const { return m_url; }

    [[nodiscard]] bool open(QString *error = nullptr);
    void close();
    bool isOpen() const;
    // Called before each request: reopens a connection known to be broken.
    bool ensureOpen();
    // Connections re-established after a loss, process-wide (for /metrics).
    static quint64 reconnects();

    // A statement prepared once per connection; bind values, then call run().
    QSqlQuery &statement(const QString &sql);
    // Executes a prepared statement; on failure classifies and records the error.
    [[nodiscard]] bool run(QSqlQuery &query);
    // Runs a prepared query that answers one integer (a count, a maximum) and reads it.
    Result<qint64, StorageError> scalarInteger(QSqlQuery &query);
    // " WHERE a AND b ...", or nothing when there are no conditions.
    static QString where(const QStringList &conditions);
    // Executes SQL without parameters (DDL, BEGIN/COMMIT, pragmas).
    [[nodiscard]] bool execute(const QString &sql);

    // Per-request bookkeeping that decides whether a failed request may be
    // retried on a fresh connection: only if nothing could have been committed.
    void beginRequest() { m_commitAttempted = false; }
    void noteCommitAttempt() { m_commitAttempted = true; }
    bool inTransaction() const { return m_inTransaction; }
    void setInTransaction(bool active) { m_inTransaction = active; }

    // SQLite allows one writer at a time. Writers in this process queue on this
    // mutex (woken at once) instead of in SQLite's busy handler, which sleeps
    // in growing steps and turns contention into long tail latencies.
    static QMutex &sqliteWriteMutex();
    // For a write outside any transaction (autocommit): holds the SQLite
    // writer mutex for its duration; nothing on PostgreSQL.
    std::unique_ptr<QMutexLocker<QMutex>> autocommitWriteLock() const;
    bool commitAttempted() const { return m_commitAttempted; }

    const StorageError &lastError() const { return m_lastError; }
    bool connectionLost() const { return m_broken; }

    // Instants are stored as UTC; SQLite keeps them as fixed-width text so
    // that text order is time order.
    QVariant instantValue(const QDateTime &instant) const;
    static QDateTime instantFrom(const QVariant &value);
    static QDate dateFrom(const QVariant &value);
    // Optional values to bind: SQL NULL when empty or 0.
    static QVariant textOrNull(const QString &text);
    static QVariant idOrNull(qint64 id);

    QSqlDatabase connection() const;

private:
    // Classifies a failure and logs it by code and statement name only.
    void recordError(const QSqlError &error, const QString &statement);
    bool connectionIsBad() const;

    DatabaseUrl m_url;
    QString m_connectionName;
    Durability m_durability;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    StorageError m_lastError;
    bool m_broken = false;
    bool m_commitAttempted = false;
    bool m_inTransaction = false;
};

} // namespace hms::server
