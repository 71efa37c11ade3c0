#pragma once

#include "services/Actor.h"
#include "shared/AuditEntry.h"
#include "shared/Result.h"
#include "storage/Page.h"
#include "storage/StorageError.h"

#include <QJsonArray>
#include <optional>

namespace hms::server {

class Database;

struct AuditFilter
{
    qint64 userId = 0;
    qint64 patientId = 0;
    QString action;
    QDateTime from;
    QDateTime to;
};

struct AuditVerification
{
    bool intact = true;
    qint64 verified = 0;
    qint64 firstBadId = 0; // the first entry that was altered, or that follows a removed one
    QString problem;
};

// The append-only audit log. Entries are written inside the caller's
// transaction, concurrently and without a global lock; seal() later links
// them into a SHA-256 hash chain, and verify() walks the chain.
class AuditTrail
{
public:
    explicit AuditTrail(Database &db);

    // Records what actor did; the caller's transaction decides when it commits.
    Result<bool, StorageError> record(const Actor &actor, const QString &action, const QString &resource,
                                      qint64 resourceId, qint64 patientId,
                                      const QString &outcome = QStringLiteral("success"));
    Result<bool, StorageError> append(AuditEntry entry);

    static constexpr qsizetype CursorKeySize = 1;
    // Newest first.
    Result<Page<AuditEntry>, StorageError> list(const AuditFilter &filter, const PageRequest &page,
                                                const std::optional<QJsonArray> &after);

    // Links up to `batch` unsealed entries into the chain; returns how many. Runs its own transaction.
    Result<int, StorageError> seal(int batch = 1000);
    Result<AuditVerification, StorageError> verify();

    static QByteArray entryHash(const QByteArray &previousHash, qint64 chainPos, const AuditEntry &entry);

private:
    Database &m_db;
};

} // namespace hms::server
