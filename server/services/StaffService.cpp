#include "StaffService.h"

#include "Clock.h"
#include "auth/PasswordHasher.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace hms::server {

namespace {
ServiceError userNotFound(qint64 id)
{
    return ServiceError::notFound(QStringLiteral("No user with id %1.").arg(id));
}

ServiceError hashingFailed()
{
    return ServiceError{ServiceError::Kind::Internal, QStringLiteral("Password hashing failed."), {}, {}, 0};
}
} // namespace

StaffService::StaffService(Database &db, PasswordHasher &hasher)
    : m_db(db)
    , m_hasher(hasher)
    , m_users(db)
    , m_sessions(db)
    , m_audit(db)
{}

Outcome<User> StaffService::create(const Actor &actor, const NewUser &input)
{
    User user;
    user.username = normalizeUsername(input.username);
    user.fullName = input.fullName.trimmed();
    ValidationErrors errors = validateUsername(user.username);
    errors.merge(validateFullName(user.fullName));
    errors.merge(validatePassword(input.password));
    const std::optional<Role> role = roleFromName(input.role);
    if (!role)
        errors.add(QStringLiteral("role"), QStringLiteral("must be one of admin, doctor, receptionist"));
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    user.role = *role;
    user.active = true;
    user.createdAt = user.updatedAt = utcNow();
    user.version = 1;

    const QString hash = m_hasher.hash(input.password);
    if (hash.isEmpty())
        return hashingFailed();
    Transaction tx(m_db);
    if (!tx.isActive())
        return ServiceError::fromStorage(m_db.lastError());
    const auto id = m_users.insert(user, hash);
    if (!id) {
        if (id.error().is(StorageError::Kind::UniqueViolation)) {
            ServiceError error = ServiceError::conflict(QStringLiteral("The username is already taken."));
            error.errors.add(QStringLiteral("username"), QStringLiteral("is already taken"));
            return error;
        }
        return ServiceError::fromStorage(id.error());
    }
    user.id = id.value();
    if (const auto audited =
            m_audit.record(actor, QStringLiteral("user.create"), QStringLiteral("user"), user.id, 0);
        !audited)
        return ServiceError::fromStorage(audited.error());
    if (!tx.commit())
        return ServiceError::fromStorage(m_db.lastError());
    return user;
}

Outcome<QList<User>> StaffService::activeDoctors()
{
    auto doctors = m_users.activeDoctors();
    if (!doctors)
        return ServiceError::fromStorage(doctors.error());
    return std::move(doctors).value();
}

Outcome<QList<User>> StaffService::list(const Actor &)
{
    auto users = m_users.all();
    if (!users)
        return ServiceError::fromStorage(users.error());
    return std::move(users).value();
}

Outcome<User> StaffService::get(const Actor &, qint64 id)
{
    const auto found = m_users.find(id);
    if (!found)
        return ServiceError::fromStorage(found.error());
    if (!found.value())
        return userNotFound(id);
    return found.value()->user;
}

Outcome<User> StaffService::update(const Actor &actor, qint64 id, const QJsonObject &body,
                                   std::optional<int> ifMatch)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return ServiceError::fromStorage(m_db.lastError());
    if (m_db.engine() == Engine::Postgres &&
        !m_db.execute(QStringLiteral("SELECT pg_advisory_xact_lock(4242003)")))
        return ServiceError::fromStorage(
            m_db.lastError()); // role changes one at a time: the last admin stays
    const auto found = m_users.find(id);
    if (!found)
        return ServiceError::fromStorage(found.error());
    if (!found.value())
        return userNotFound(id);
    const User current = found.value()->user;
    if (ifMatch && *ifMatch != current.version)
        return ServiceError::preconditionFailed(current.toJson());

    User changed = current;
    const ValidationErrors errors = applyUserChanges(body, changed, current);
    const bool roleChanged = changed.role != current.role;
    const bool deactivated = current.active && !changed.active;
    // Refused whatever else the request holds (a missing reason included).
    if (id == actor.userId && (roleChanged || deactivated)) {
        return ServiceError::forbidden(
            QStringLiteral("You cannot change your own role or deactivate yourself."));
    }
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    if (current.role == Role::Admin && current.active && (changed.role != Role::Admin || !changed.active)) {
        const auto admins = m_users.countActiveAdmins();
        if (!admins)
            return ServiceError::fromStorage(admins.error());
        if (admins.value() <= 1)
            return ServiceError::conflict(QStringLiteral("This is the last active administrator."));
    }
    const QDateTime now = utcNow();
    changed.updatedAt = now;
    const auto updated = m_users.update(changed, current.version);
    if (!updated)
        return ServiceError::fromStorage(updated.error());
    if (!updated.value())
        return ServiceError::conflict(QStringLiteral("The user was changed concurrently; reload and retry."));
    if (deactivated) {
        if (const auto revoked = m_sessions.revokeAllForUser(id, 0, now); !revoked)
            return ServiceError::fromStorage(revoked.error());
    }
    const QString action = deactivated ? QStringLiteral("user.deactivate")
        : roleChanged                  ? QStringLiteral("user.role_change")
                                       : QStringLiteral("user.update");
    if (const auto audited =
            m_audit.record(actor, action, QStringLiteral("user"), id, 0, QStringLiteral("success"),
                           deactivated ? changed.deactivationReason : QString());
        !audited)
        return ServiceError::fromStorage(audited.error());
    if (!tx.commit())
        return ServiceError::fromStorage(m_db.lastError());
    changed.version = current.version + 1;
    return changed;
}

Outcome<Done> StaffService::resetPassword(const Actor &actor, qint64 id, const QString &newPassword)
{
    const ValidationErrors errors = validatePassword(newPassword, QStringLiteral("new_password"));
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    const QString hash = m_hasher.hash(newPassword);
    if (hash.isEmpty())
        return hashingFailed();
    const QDateTime now = utcNow();
    Transaction tx(m_db);
    if (!tx.isActive())
        return ServiceError::fromStorage(m_db.lastError());
    const auto stored = m_users.setPasswordHash(id, hash, now);
    if (!stored)
        return ServiceError::fromStorage(stored.error());
    if (!stored.value())
        return userNotFound(id);
    if (const auto revoked = m_sessions.revokeAllForUser(id, 0, now); !revoked)
        return ServiceError::fromStorage(revoked.error());
    if (const auto audited =
            m_audit.record(actor, QStringLiteral("user.password_reset"), QStringLiteral("user"), id, 0);
        !audited)
        return ServiceError::fromStorage(audited.error());
    if (!tx.commit())
        return ServiceError::fromStorage(m_db.lastError());
    return Done{};
}

} // namespace hms::server
