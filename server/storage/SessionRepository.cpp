#include "SessionRepository.h"

#include "Database.h"

#include <QSqlQuery>

namespace hms::server {

SessionRepository::SessionRepository(Database &db)
    : m_db(db)
{}

Result<qint64, StorageError> SessionRepository::create(const QByteArray &tokenHash, qint64 userId,
                                                       const QDateTime &now, const QDateTime &expiresAt)
{
    const bool returning = m_db.engine() == Engine::Postgres;
    QSqlQuery &q = m_db.statement(
        QStringLiteral("INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at) "
                       "VALUES (:hash, :user_id, :now, :now, :expires)") +
        (returning ? QStringLiteral(" RETURNING id") : QString()));
    q.bindValue(QStringLiteral(":hash"), QString::fromLatin1(tokenHash));
    q.bindValue(QStringLiteral(":user_id"), userId);
    q.bindValue(QStringLiteral(":now"), m_db.instantValue(now));
    q.bindValue(QStringLiteral(":expires"), m_db.instantValue(expiresAt));
    if (!m_db.run(q))
        return m_db.lastError();
    const qint64 id = returning ? (q.next() ? q.value(0).toLongLong() : 0) : q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

Result<std::optional<StoredSession>, StorageError> SessionRepository::findLive(const QByteArray &tokenHash)
{
    QSqlQuery &q = m_db.statement(
        QStringLiteral("SELECT s.id, s.last_seen_at, s.expires_at, u.id, u.username, u.full_name, u.role, "
                       "u.active, u.created_at, "
                       "u.updated_at, u.version FROM sessions s JOIN users u ON u.id = s.user_id "
                       "WHERE s.token_hash = :hash AND s.revoked_at IS NULL"));
    q.bindValue(QStringLiteral(":hash"), QString::fromLatin1(tokenHash));
    if (!m_db.run(q))
        return m_db.lastError();
    std::optional<StoredSession> session;
    if (q.next()) {
        StoredSession s;
        s.id = q.value(0).toLongLong();
        s.lastSeenAt = Database::instantFrom(q.value(1));
        s.expiresAt = Database::instantFrom(q.value(2));
        s.user.id = q.value(3).toLongLong();
        s.user.username = q.value(4).toString();
        s.user.fullName = q.value(5).toString();
        s.user.role = roleFromName(q.value(6).toString()).value_or(Role::Receptionist);
        s.user.active = q.value(7).toBool();
        s.user.createdAt = Database::instantFrom(q.value(8));
        s.user.updatedAt = Database::instantFrom(q.value(9));
        s.user.version = q.value(10).toInt();
        session = s;
    }
    q.finish();
    return session;
}

Result<bool, StorageError> SessionRepository::touch(qint64 sessionId, const QDateTime &now)
{
    const auto writeLock = m_db.autocommitWriteLock();
    QSqlQuery &q = m_db.statement(QStringLiteral("UPDATE sessions SET last_seen_at = :now WHERE id = :id AND "
                                                 "revoked_at IS NULL AND last_seen_at < :now"));
    q.bindValue(QStringLiteral(":now"), m_db.instantValue(now));
    q.bindValue(QStringLiteral(":id"), sessionId);
    if (!m_db.run(q))
        return m_db.lastError();
    return true;
}

Result<bool, StorageError> SessionRepository::revokeIdle(qint64 sessionId, const QDateTime &lastSeenAt,
                                                         const QDateTime &now)
{
    const auto writeLock = m_db.autocommitWriteLock();
    QSqlQuery &q = m_db.statement(QStringLiteral("UPDATE sessions SET revoked_at = :now WHERE id = :id AND "
                                                 "revoked_at IS NULL AND last_seen_at <= :seen"));
    q.bindValue(QStringLiteral(":now"), m_db.instantValue(now));
    q.bindValue(QStringLiteral(":id"), sessionId);
    q.bindValue(QStringLiteral(":seen"), m_db.instantValue(lastSeenAt));
    if (!m_db.run(q))
        return m_db.lastError();
    return q.numRowsAffected() == 1;
}

Result<bool, StorageError> SessionRepository::revoke(qint64 sessionId, const QDateTime &now)
{
    const auto writeLock = m_db.autocommitWriteLock();
    QSqlQuery &q = m_db.statement(
        QStringLiteral("UPDATE sessions SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL"));
    q.bindValue(QStringLiteral(":now"), m_db.instantValue(now));
    q.bindValue(QStringLiteral(":id"), sessionId);
    if (!m_db.run(q))
        return m_db.lastError();
    return q.numRowsAffected() == 1;
}

Result<bool, StorageError> SessionRepository::revokeAllForUser(qint64 userId, qint64 exceptSessionId,
                                                               const QDateTime &now)
{
    QSqlQuery &q =
        m_db.statement(QStringLiteral("UPDATE sessions SET revoked_at = :now WHERE user_id = :user_id "
                                      "AND id <> :except AND revoked_at IS NULL"));
    q.bindValue(QStringLiteral(":now"), m_db.instantValue(now));
    q.bindValue(QStringLiteral(":user_id"), userId);
    q.bindValue(QStringLiteral(":except"), exceptSessionId);
    if (!m_db.run(q))
        return m_db.lastError();
    return true;
}

} // namespace hms::server
