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
    Result<bool, StorageError> touch(qint64 sessionId, const QDateTime &now);
    Result<bool, StorageError> revoke(qint64 sessionId, const QDateTime &now);
    Result<bool, StorageError> revokeAllForUser(qint64 userId, qint64 exceptSessionId, const QDateTime &now);

private:
    Database &m_db;
};

} // namespace hms::server
