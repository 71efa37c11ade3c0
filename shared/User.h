#pragma once

#include "Role.h"
#include "ValidationErrors.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace hms {

struct User
{
    qint64 id = 0;
    QString username;
    QString fullName;
    Role role = Role::Receptionist;
    bool active = true;
    QString deactivationReason; // why the account was deactivated; empty while active
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    QJsonObject toJson() const;
    static User fromJson(const QJsonObject &object);
};

namespace user {
inline constexpr int UsernameMinLength = 3;
inline constexpr int UsernameMaxLength = 64;
inline constexpr int FullNameMaxLength = 100;
inline constexpr int PasswordMinLength = 12;
inline constexpr int PasswordMaxLength = 128;
} // namespace user

// Applies the writable fields present in an update's body (full_name, role,
// active) to user, a copy of the stored one, and validates the result.
// Deactivating needs a deactivation_reason (shared/ChangeReason.h), which no
// other update may give; reactivating clears it.
ValidationErrors applyUserChanges(const QJsonObject &body, User &user, const User &original);

ValidationErrors validateUsername(const QString &username);
ValidationErrors validateFullName(const QString &fullName);
// Length only, counted in characters (code points): no composition rules.
ValidationErrors validatePassword(const QString &password, const QString &field = QStringLiteral("password"));
QString normalizeUsername(const QString &username);

} // namespace hms
