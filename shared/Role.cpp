#include "Role.h"

namespace hms {

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Doctor:
        return QStringLiteral("doctor");
    case Role::Receptionist:
        return QStringLiteral("receptionist");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role role : {Role::Admin, Role::Doctor, Role::Receptionist}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

QStringList roleNames()
{
    return {roleName(Role::Admin), roleName(Role::Doctor), roleName(Role::Receptionist)};
}

} // namespace hms
