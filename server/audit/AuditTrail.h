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

// The newest sealed entry's chain position and hash: published where the
// database's roles cannot rewrite it (log, /metrics, anchor file), so that
// `audit verify --anchor` notices entries removed from the end of the chain.
struct ChainHead
{
    qint64 position = 0;
    QByteArray hash;
    QDateTime publishedAt; // when read back from an anchor
};

struct AuditVerification
{
    bool intact = true;
    qint64 verified = 0;
    qint64 firstBadId =
        0; // the first entry that was altered, or that follows a removed one; 0 for the whole trail
    QString problem;
    ChainHead head; // the last verified entry
    qint64 anchorsChecked = 0;
};

// The append-only audit log. Entries are written inside the caller's
// transaction, concurrently and without a global lock; seal() later links
// them into a SHA-256 hash chain, and verify() walks the chain.
class AuditTrail
{
public:
    // readLog: a connection with relaxed durability for the entries of reads
    // (see recordRead); without it they go through db like every other entry.
    explicit AuditTrail(Database &db, Database *readLog = nullptr);

    // Records what actor did, and why where the change needs a reason; the
    // caller's transaction decides when it commits.
    Result<bool, StorageError> record(const Actor &actor, const QString &action, const QString &resource,
                                      qint64 resourceId, qint64 patientId,
                                      const QString &outcome = QStringLiteral("success"),
                                      const QString &reason = QString());
    // A read of patient data, outside any transaction: committed before the
    // answer is sent, on the read log when there is one. Such a commit does not
    // wait for the disk flush, so a power failure within a fraction of a second
    // could lose the newest read entries; changes and their entries never.
    Result<bool, StorageError> recordRead(const Actor &actor, const QString &action, const QString &resource,
                                          qint64 resourceId, qint64 patientId);

    static constexpr qsizetype CursorKeySize = 1;
    // Newest first, each with its patient's current name.
    Result<Page<AuditEntry>, StorageError> list(const AuditFilter &filter, const PageRequest &page,
                                                const std::optional<QJsonArray> &after);

    // Links up to `batch` unsealed entries into the chain; returns how many. Runs its own transaction.
    Result<int, StorageError> seal(int batch = 1000);
    // The chain head as of the last seal() (or readHead()); position 0 before any.
    ChainHead head() const { return m_head; }
    Result<ChainHead, StorageError> readHead();
    // Walks the chain: positions without gaps, every hash, no entry dated more
    // than MaxClockSkewMs before the one sealed ahead of it, every anchored
    // head still in the chain, and no empty trail in a database with staff or
    // patients.
    Result<AuditVerification, StorageError> verify(const QList<ChainHead> &anchors = {});

    // Entries are stamped by the process writing them, possibly on several
    // machines, and sealed in commit order: an entry may be dated a little
    // before the one ahead of it, never more than this.
    static constexpr qint64 MaxClockSkewMs = 5000;

    // SHA-256 of the previous hash, the position and every field of the entry;
    // its reason only when it has one, so that entries sealed before reasons
    // existed keep their hashes.
    static QByteArray entryHash(const QByteArray &previousHash, qint64 chainPos, const AuditEntry &entry);

private:
    // With an actor whose session is still to be confirmed, the entry confirms it (see Actor).
    Result<bool, StorageError> insert(Database &db, AuditEntry entry, const Actor &actor);

    Database &m_db;
    Database *m_readLog;
    ChainHead m_head;
};

} // namespace hms::server
