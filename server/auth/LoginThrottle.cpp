#include "LoginThrottle.h"

#include "storage/Database.h"

#include <QSqlQuery>
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

Result<int, StorageError> LoginThrottle::bump(const QString &key, int limit, const QDateTime &now)
{
    QSqlQuery &ensure =
        m_db.statement(QStringLiteral("INSERT INTO login_throttle (key, failures, last_failure_at) VALUES "
                                      "(:key, 0, :now) ON CONFLICT (key) DO NOTHING"));
    ensure.bindValue(QStringLiteral(":key"), key);
    ensure.bindValue(QStringLiteral(":now"), m_db.instantValue(now));
    if (!m_db.run(ensure))
        return m_db.lastError();
    QSqlQuery &read = m_db.statement(
        QStringLiteral("SELECT failures, last_failure_at FROM login_throttle WHERE key = :key") +
        (m_db.engine() == Engine::Postgres ? QStringLiteral(" FOR UPDATE") : QString()));
    read.bindValue(QStringLiteral(":key"), key);
    if (!m_db.run(read))
        return m_db.lastError();
    int failures = 0;
    if (read.next()) {
        failures = read.value(0).toInt();
        if (Database::instantFrom(read.value(1)).secsTo(now) > m_policy.windowSeconds)
            failures = 0;
    }
    read.finish();
    ++failures;
    int lockSeconds = 0;
    if (failures >= limit) {
        const double backoff = m_policy.baseLockSeconds * std::pow(2.0, std::min(failures - limit, 16));
        lockSeconds = int(std::min<double>(backoff, m_policy.maxLockSeconds));
    }
    QSqlQuery &write =
        m_db.statement(QStringLiteral("UPDATE login_throttle SET failures = :failures, last_failure_at = "
                                      ":now, locked_until = :until WHERE key = :key"));
    write.bindValue(QStringLiteral(":failures"), failures);
    write.bindValue(QStringLiteral(":now"), m_db.instantValue(now));
    write.bindValue(QStringLiteral(":until"),
                    lockSeconds > 0 ? m_db.instantValue(now.addSecs(lockSeconds))
                                    : QVariant(QMetaType::fromType<QString>()));
    write.bindValue(QStringLiteral(":key"), key);
    if (!m_db.run(write))
        return m_db.lastError();
    return lockSeconds;
}

Result<int, StorageError> LoginThrottle::recordFailure(const QString &username, const QString &address,
                                                       const QDateTime &now)
{
    int wait = 0;
    for (const auto &[key, limit] : {std::pair{pairKey(username, address), m_policy.pairLimit},
                                     std::pair{accountKey(username), m_policy.accountLimit},
                                     std::pair{addressKey(address), m_policy.addressLimit}}) {
        const auto locked = bump(key, limit, now);
        if (!locked)
            return locked.error();
        wait = std::max(wait, locked.value());
    }
    return wait;
}

Result<bool, StorageError> LoginThrottle::recordSuccess(const QString &username, const QString &address)
{
    QSqlQuery &q = m_db.statement(QStringLiteral("DELETE FROM login_throttle WHERE key = :key"));
    q.bindValue(QStringLiteral(":key"), pairKey(username, address));
    if (!m_db.run(q))
        return m_db.lastError();
    return true;
}

} // namespace hms::server
