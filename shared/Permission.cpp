#include "Permission.h"

namespace hms {

bool roleHasPermission(Role role, Permission permission)
{
    switch (permission) {
    case Permission::PatientsRead:
    case Permission::PatientsWrite:
    case Permission::AppointmentsRead:
    case Permission::AppointmentsWrite:
    case Permission::StaffDirectoryRead:
    case Permission::StatsRead:
    case Permission::SessionSelf:
        return true;
    case Permission::PatientsArchive:
    case Permission::UsersManage:
    case Permission::AuditRead:
        return role == Role::Admin;
    case Permission::RecordsRead:
    case Permission::RecordsWrite:
        return role == Role::Doctor;
    }
    return false;
}

QString permissionName(Permission permission)
{
    switch (permission) {
    case Permission::PatientsRead:
        return QStringLiteral("patients:read");
    case Permission::PatientsWrite:
        return QStringLiteral("patients:write");
    case Permission::PatientsArchive:
        return QStringLiteral("patients:archive");
    case Permission::AppointmentsRead:
        return QStringLiteral("appointments:read");
    case Permission::AppointmentsWrite:
        return QStringLiteral("appointments:write");
    case Permission::RecordsRead:
        return QStringLiteral("records:read");
    case Permission::RecordsWrite:
        return QStringLiteral("records:write");
    case Permission::StaffDirectoryRead:
        return QStringLiteral("doctors:read");
    case Permission::StatsRead:
        return QStringLiteral("stats:read");
    case Permission::UsersManage:
        return QStringLiteral("users:manage");
    case Permission::AuditRead:
        return QStringLiteral("audit:read");
    case Permission::SessionSelf:
        return QStringLiteral("session:self");
    }
    return {};
}

} // namespace hms
