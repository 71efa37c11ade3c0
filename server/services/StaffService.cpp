#include "StaffService.h"

#include "Clock.h"
#include "auth/PasswordHasher.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace hms::server {

StaffService::StaffService(Database &db, PasswordHasher &hasher)
    : m_db(db)
    , m_hasher(hasher)
    , m_users(db)
{ }

Outcome<User> StaffService::create(const NewUser &input)
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
        return ServiceError {
            ServiceError::Kind::Internal, QStringLiteral("Password hashing failed."), {}, {}, 0};
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
    if (!tx.commit())
        return ServiceError::fromStorage(m_db.lastError());
    user.id = id.value();
    return user;
}

Outcome<QList<User>> StaffService::activeDoctors()
{
    auto doctors = m_users.activeDoctors();
    if (!doctors)
        return ServiceError::fromStorage(doctors.error());
    return std::move(doctors).value();
}

} // namespace hms::server
