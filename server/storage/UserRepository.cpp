#include "UserRepository.h"

#include "Database.h"

#include <QSqlQuery>

namespace hms::server {

namespace {
const QString Select =
    QStringLiteral("SELECT id, username, full_name, role, active, created_at, updated_at, version, "
                   "password_hash, deactivation_reason FROM users");

StoredUser userFrom(const QSqlQuery &q)
{
    StoredUser stored;
    User &u = stored.user;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.fullName = q.value(2).toString();
    u.role = roleFromName(q.value(3).toString()).value_or(Role::Receptionist);
    u.active = q.value(4).toBool();
    u.createdAt = Database::instantFrom(q.value(5));
    u.updatedAt = Database::instantFrom(q.value(6));
    u.version = q.value(7).toInt();
    stored.passwordHash = q.value(8).toString();
    u.deactivationReason = q.value(9).toString();
    return stored;
}
} // namespace

UserRepository::UserRepository(Database &db)
    : m_db(db)
{}

Result<qint64, StorageError> UserRepository::insert(const User &u, const QString &passwordHash)
{
    const bool returning = m_db.engine() == Engine::Postgres;
    QSqlQuery &q = m_db.statement(
        QStringLiteral(
            "INSERT INTO users (username, full_name, role, password_hash, active, created_at, updated_at, "
            "version) VALUES (:username, :full_name, :role, :hash, :active, :created_at, :updated_at, 1)") +
        (returning ? QStringLiteral(" RETURNING id") : QString()));
    q.bindValue(QStringLiteral(":username"), u.username);
    q.bindValue(QStringLiteral(":full_name"), u.fullName);
    q.bindValue(QStringLiteral(":role"), roleName(u.role));
    q.bindValue(QStringLiteral(":hash"), passwordHash);
    q.bindValue(QStringLiteral(":active"), u.active);
    q.bindValue(QStringLiteral(":created_at"), m_db.instantValue(u.createdAt));
    q.bindValue(QStringLiteral(":updated_at"), m_db.instantValue(u.updatedAt));
    if (!m_db.run(q))
        return m_db.lastError();
    const qint64 id = returning ? (q.next() ? q.value(0).toLongLong() : 0) : q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

Result<std::optional<StoredUser>, StorageError> UserRepository::find(qint64 id)
{
    QSqlQuery &q = m_db.statement(Select + QStringLiteral(" WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!m_db.run(q))
        return m_db.lastError();
    std::optional<StoredUser> user;
    if (q.next())
        user = userFrom(q);
    q.finish();
    return user;
}

Result<std::optional<StoredUser>, StorageError> UserRepository::findByUsername(const QString &username)
{
    QSqlQuery &q = m_db.statement(Select + QStringLiteral(" WHERE username = :username"));
    q.bindValue(QStringLiteral(":username"), username);
    if (!m_db.run(q))
        return m_db.lastError();
    std::optional<StoredUser> user;
    if (q.next())
        user = userFrom(q);
    q.finish();
    return user;
}

Result<QList<User>, StorageError> UserRepository::activeDoctors()
{
    QSqlQuery &q =
        m_db.statement(Select + QStringLiteral(" WHERE role = 'doctor' AND active ORDER BY full_name, id"));
    if (!m_db.run(q))
        return m_db.lastError();
    QList<User> users;
    while (q.next())
        users.append(userFrom(q).user);
    q.finish();
    return users;
}

Result<QList<User>, StorageError> UserRepository::all()
{
    QSqlQuery &q = m_db.statement(Select + QStringLiteral(" ORDER BY username"));
    if (!m_db.run(q))
        return m_db.lastError();
    QList<User> users;
    while (q.next())
        users.append(userFrom(q).user);
    q.finish();
    return users;
}

Result<qint64, StorageError> UserRepository::count()
{
    QSqlQuery &q = m_db.statement(QStringLiteral("SELECT COUNT(*) FROM users"));
    return m_db.scalarInteger(q);
}

Result<bool, StorageError> UserRepository::update(const User &u, int expectedVersion)
{
    QSqlQuery &q = m_db.statement(QStringLiteral(
        "UPDATE users SET full_name = :full_name, role = :role, active = :active, deactivation_reason = "
        ":deactivation_reason, updated_at = :updated_at, version = version + 1 WHERE id = :id AND version = "
        ":expected"));
    q.bindValue(QStringLiteral(":full_name"), u.fullName);
    q.bindValue(QStringLiteral(":role"), roleName(u.role));
    q.bindValue(QStringLiteral(":active"), u.active);
    q.bindValue(QStringLiteral(":deactivation_reason"), Database::textOrNull(u.deactivationReason));
    q.bindValue(QStringLiteral(":updated_at"), m_db.instantValue(u.updatedAt));
    q.bindValue(QStringLiteral(":id"), u.id);
    q.bindValue(QStringLiteral(":expected"), expectedVersion);
    if (!m_db.run(q))
        return m_db.lastError();
    return q.numRowsAffected() == 1;
}

Result<bool, StorageError> UserRepository::setPasswordHash(qint64 id, const QString &passwordHash,
                                                           const QDateTime &at)
{
    QSqlQuery &q = m_db.statement(QStringLiteral(
        "UPDATE users SET password_hash = :hash, updated_at = :at, version = version + 1 WHERE id = :id"));
    q.bindValue(QStringLiteral(":hash"), passwordHash);
    q.bindValue(QStringLiteral(":at"), m_db.instantValue(at));
    q.bindValue(QStringLiteral(":id"), id);
    if (!m_db.run(q))
        return m_db.lastError();
    return q.numRowsAffected() == 1;
}

Result<qint64, StorageError> UserRepository::countActiveAdmins()
{
    QSqlQuery &q =
        m_db.statement(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'admin' AND active"));
    return m_db.scalarInteger(q);
}

} // namespace hms::server
