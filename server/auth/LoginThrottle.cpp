#include "LoginThrottle.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <array>
#include <cmath>

namespace hms::server {

namespace {
QString pairKey(const QString &username, const QString &address)
{
    return QStringLiteral("pair:") + username + QLatin1Char('|') + address;
}
QString accountKey(const QString &username)
{
    return QStringLiteral("account:") + username;
}
QString addressKey(const QString &address)
{
    return QStringLiteral("address:") + address;
}
} // namespace

LoginThrottle::LoginThrottle(Database &db, Policy policy)
    : m_db(db)
    , m_policy(policy)
{}

Result<int, StorageError> LoginThrottle::retryAfter(const QString &username, const QString &address,
                                                    const QDateTime &now)
{
    QSqlQuery &q = m_db.statement(QStringLiteral("SELECT locked_until FROM login_throttle WHERE key IN "
                                                 "(:pair, :account, :address) AND locked_until > :now"));
    q.bindValue(QStringLiteral(":pair"), pairKey(username, address));
    q.bindValue(QStringLiteral(":account"), accountKey(username));
    q.bindValue(QStringLiteral(":address"), addressKey(address));
    q.bindValue(QStringLiteral(":now"), m_db.instantValue(now));
    if (!m_db.run(q))
        return m_db.lastError();
    qint64 wait = 0;
    while (q.next())
        wait = std::max(wait, (now.msecsTo(Database::instantFrom(q.value(0))) + 999) / 1000);
    q.finish();
    return int(wait);
}

Result<std::optional<LoginThrottle::Reservation::Taken>, StorageError>
LoginThrottle::take(const QString &key, int limit, const QDateTime &now)
{
    // The last failure's time, for a success to put back (see giveBack). On
    // PostgreSQL this locks the row, so the upsert below meets the same one.
    QSqlQuery &before =
        m_db.statement(QStringLiteral("SELECT last_failure_at FROM login_throttle WHERE key = :key") +
                       (m_db.engine() == Engine::Postgres ? QStringLiteral(" FOR UPDATE") : QString()));
    before.bindValue(QStringLiteral(":key"), key);
    if (!m_db.run(before))
        return m_db.lastError();
    Reservation::Taken taken;
    if (before.next())
        taken.previousFailureAt = Database::instantFrom(before.value(0));
    before.finish();

    // One statement decides: it counts the attempt unless the key is locked.
    // On PostgreSQL a concurrent attempt on the same key waits for this
    // transaction and then evaluates the condition on the row as it left it;
    // SQLite has one writer at a time.
    QSqlQuery &upsert = m_db.statement(QStringLiteral(
        "INSERT INTO login_throttle (key, failures, last_failure_at) VALUES (:key, 1, :now) "
        "ON CONFLICT (key) DO UPDATE SET failures = CASE WHEN login_throttle.last_failure_at < :forget "
        "THEN 1 ELSE login_throttle.failures + 1 END, last_failure_at = :now "
        "WHERE login_throttle.locked_until IS NULL OR login_throttle.locked_until <= :now"));
    upsert.bindValue(QStringLiteral(":key"), key);
    upsert.bindValue(QStringLiteral(":now"), m_db.instantValue(now));
    upsert.bindValue(QStringLiteral(":forget"), m_db.instantValue(now.addSecs(-m_policy.windowSeconds)));
    if (!m_db.run(upsert))
        return m_db.lastError();
    if (upsert.numRowsAffected() != 1)
        return std::optional<Reservation::Taken>{}; // locked

    QSqlQuery &read = m_db.statement(QStringLiteral("SELECT failures FROM login_throttle WHERE key = :key"));
    read.bindValue(QStringLiteral(":key"), key);
    const auto failures = m_db.scalarInteger(read);
    if (!failures)
        return failures.error();
    taken.failures = int(failures.value());
    if (taken.failures < limit)
        return std::optional{taken};
    // This attempt reaches the limit: later ones wait, longer each time.
    const double backoff = m_policy.baseLockSeconds * std::pow(2.0, std::min(taken.failures - limit, 16));
    const int lockSeconds = int(std::min<double>(backoff, m_policy.maxLockSeconds));
    QSqlQuery &lock =
        m_db.statement(QStringLiteral("UPDATE login_throttle SET locked_until = :until WHERE key = :key"));
    lock.bindValue(QStringLiteral(":until"), m_db.instantValue(now.addSecs(lockSeconds)));
    lock.bindValue(QStringLiteral(":key"), key);
    if (!m_db.run(lock))
        return m_db.lastError();
    return std::optional{taken};
}

Result<LoginThrottle::Reservation, StorageError>
LoginThrottle::reserve(const QString &username, const QString &address, const QDateTime &now)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return m_db.lastError();
    // Always in this order (pair, account, address), so that two attempts
    // sharing keys never wait for each other's rows crosswise.
    const std::array<std::pair<QString, int>, 3> keys{{{pairKey(username, address), m_policy.pairLimit},
                                                       {accountKey(username), m_policy.accountLimit},
                                                       {addressKey(address), m_policy.addressLimit}}};
    std::array<Reservation::Taken, 3> taken{};
    for (size_t i = 0; i < keys.size(); ++i) {
        const auto took = take(keys[i].first, keys[i].second, now);
        if (!took)
            return took.error();
        if (!took.value()) {
            // Locked: nothing is counted (the transaction rolls back).
            const auto wait = retryAfter(username, address, now);
            if (!wait)
                return wait.error();
            Reservation refused;
            refused.retryAfter = std::max(1, wait.value());
            return refused;
        }
        taken[i] = *took.value();
    }
    if (!tx.commit())
        return m_db.lastError();
    Reservation granted;
    granted.at = now;
    granted.account = taken[1];
    granted.address = taken[2];
    return granted;
}

Result<bool, StorageError> LoginThrottle::giveBack(const QString &key, int limit,
                                                   const Reservation::Taken &taken, const QDateTime &at)
{
    // The attempt no longer counts. A lock lifts when the count drops below
    // the limit, or when this attempt set it (nobody counted since) over a
    // lock that had already run out. Unless another attempt came since, the
    // last failure is again the one before, so that sign-ins do not keep old
    // failures from being forgotten.
    QSqlQuery &q = m_db.statement(QStringLiteral(
        "UPDATE login_throttle SET failures = failures - 1, locked_until = CASE WHEN failures - 1 < :limit "
        "OR failures = :reserved THEN NULL ELSE locked_until END, last_failure_at = CASE WHEN "
        "last_failure_at = :at THEN :previous ELSE last_failure_at END WHERE key = :key AND failures > 0"));
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":reserved"), taken.failures);
    q.bindValue(QStringLiteral(":at"), m_db.instantValue(at));
    q.bindValue(QStringLiteral(":previous"),
                m_db.instantValue(taken.previousFailureAt.isValid() ? taken.previousFailureAt : at));
    q.bindValue(QStringLiteral(":key"), key);
    if (!m_db.run(q))
        return m_db.lastError();
    return true;
}

Result<bool, StorageError> LoginThrottle::release(const QString &username, const QString &address,
                                                  const Reservation &reservation)
{
    QSqlQuery &q = m_db.statement(QStringLiteral("DELETE FROM login_throttle WHERE key = :key"));
    q.bindValue(QStringLiteral(":key"), pairKey(username, address));
    if (!m_db.run(q))
        return m_db.lastError();
    if (auto account =
            giveBack(accountKey(username), m_policy.accountLimit, reservation.account, reservation.at);
        !account)
        return account;
    return giveBack(addressKey(address), m_policy.addressLimit, reservation.address, reservation.at);
}

} // namespace hms::server
