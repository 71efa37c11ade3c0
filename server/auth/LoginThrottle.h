#pragma once

#include "shared/Result.h"
#include "storage/StorageError.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace hms::server {

class Database;

// Failed sign-ins are counted per account, per client address, and per
// (account, address) pair, in the database so that every worker and replica
// sees them. Past a limit the key is locked with an exponential back-off. A
// successful sign-in clears only its own (account, address) pair: it does not
// reset what other addresses have accumulated.
//
// An attempt takes its place in the counts before its password is checked
// (reserve), in one transaction whose conditional writes either count it on
// every key or on none; so however many requests arrive at once, no more
// passwords are checked than the limits allow. Until its outcome is known the
// attempt counts as a failure; a success gives it back (release).
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

    struct Reservation
    {
        // What the attempt made of one key: its count, and the last failure's
        // time it replaced with its own (invalid for a new key).
        struct Taken
        {
            int failures = 0;
            QDateTime previousFailureAt;
        };

        // Seconds until a sign-in may be tried again; 0 when this attempt may check its password.
        int retryAfter = 0;
        QDateTime at;
        Taken account;
        Taken address;

        bool granted() const { return retryAfter == 0; }
    };

    LoginThrottle(Database &db, Policy policy);

    // Runs its own transaction, so call it outside any.
    Result<Reservation, StorageError> reserve(const QString &username, const QString &address,
                                              const QDateTime &now);
    // The reserved attempt signed in (inside the caller's transaction).
    Result<bool, StorageError> release(const QString &username, const QString &address,
                                       const Reservation &reservation);

private:
    // Nothing when the key is locked.
    Result<std::optional<Reservation::Taken>, StorageError> take(const QString &key, int limit,
                                                                 const QDateTime &now);
    Result<int, StorageError> retryAfter(const QString &username, const QString &address,
                                         const QDateTime &now);
    Result<bool, StorageError> giveBack(const QString &key, int limit, const Reservation::Taken &taken,
                                        const QDateTime &at);

    Database &m_db;
    Policy m_policy;
};

} // namespace hms::server
