#pragma once

#include "Actor.h"
#include "ServiceError.h"
#include "audit/AuditTrail.h"
#include "storage/SessionRepository.h"
#include "storage/UserRepository.h"

#include <QJsonObject>
#include <optional>

namespace hms::server {

class Database;
class PasswordHasher;

struct NewUser
{
    QString username;
    QString fullName;
    QString role;
    QString password;
};

// Staff accounts: created by admins (or `hms-server user add`), updated,
// deactivated, their passwords reset. Every change is audited.
class StaffService
{
public:
    StaffService(Database &db, PasswordHasher &hasher);

    Outcome<User> create(const Actor &actor, const NewUser &input);
    Outcome<QList<User>> activeDoctors();
    Outcome<QList<User>> list(const Actor &actor);
    Outcome<User> get(const Actor &actor, qint64 id);
    // full_name, role, active (deactivating needs a deactivation_reason,
    // shared/User.h). Deactivation ends the user's sessions; an admin
    // cannot change their own role or deactivate themselves, and the last
    // active admin stays.
    Outcome<User> update(const Actor &actor, qint64 id, const QJsonObject &body, std::optional<int> ifMatch);
    Outcome<Done> resetPassword(const Actor &actor, qint64 id, const QString &newPassword);

private:
    Database &m_db;
    PasswordHasher &m_hasher;
    UserRepository m_users;
    SessionRepository m_sessions;
    AuditTrail m_audit;
};

} // namespace hms::server
