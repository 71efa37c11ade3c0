#pragma once

#include "StorageError.h"
#include "UserRepository.h"
#include "shared/Result.h"

#include <QDateTime>
#include <optional>

namespace hms::server {

class Database;

struct StoredSession
{
    qint64 id = 0;
    User user;
    QDateTime lastSeenAt;
    QDateTime expiresAt;
};

class SessionRepository
{
public:
    explicit SessionRepository(Database &db);

    Result<qint64, StorageError> create(const QByteArray &tokenHash, qint64 userId, const QDateTime &now,
                                        const QDateTime &expiresAt);
    // A session that is not revoked, with its user.
    Result<std::optional<StoredSession>, StorageError> findLive(const QByteArray &tokenHash);
    // Records activity at `now`; never moves the last activity back (another
    // worker may have recorded a later request already).
    Result<bool, StorageError> touch(qint64 sessionId, const QDateTime &now);
    Result<bool, StorageError> revoke(qint64 sessionId, const QDateTime &now);
    // Ends a session found idle since `lastSeenAt`, unless a request recorded
    // activity after that meanwhile; true when it ended it.
    Result<bool, StorageError> revokeIdle(qint64 sessionId, const QDateTime &lastSeenAt,
                                          const QDateTime &now);
    Result<bool, StorageError> revokeAllForUser(qint64 userId, qint64 exceptSessionId, const QDateTime &now);

private:
    Database &m_db;
};

} // namespace hms::server
