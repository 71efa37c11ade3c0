#pragma once

#include "shared/Result.h"
#include "storage/StorageError.h"

#include <QDateTime>
#include <QString>

namespace hms::server {

class Database;

// Failed sign-ins are counted per account, per client address, and per
// (account, address) pair, in the database so that every replica sees them.
// Past a limit the key is locked with an exponential back-off. A successful
// sign-in clears only its own (account, address) pair: it does not reset what
// other addresses have accumulated.
class LoginThrottle
{
public:
    struct Policy
    {
        int pairLimit = 5;
        int accountLimit = 10;
        int addressLimit = 20;
        int baseLockSeconds = 30;
        int maxLockSeconds = 15 * 60;
        int windowSeconds = 15 * 60; // failures older than this are forgotten
    };

    LoginThrottle(Database &db, Policy policy);

    // Seconds until a sign-in may be tried again; 0 when it may be tried now.
    Result<int, StorageError> retryAfter(const QString &username, const QString &address,
                                         const QDateTime &now);
    // Counts a failure (inside the caller's transaction); returns the new retry-after.
    Result<int, StorageError> recordFailure(const QString &username, const QString &address,
                                            const QDateTime &now);
    Result<bool, StorageError> recordSuccess(const QString &username, const QString &address);

private:
    Result<int, StorageError> bump(const QString &key, int limit, const QDateTime &now);

    Database &m_db;
    Policy m_policy;
};

} // namespace hms::server
