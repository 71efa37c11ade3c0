#pragma once

#include "Role.h"

#include <QString>

namespace hms {

// What a route needs. The table in Permission.cpp is the contract's
// "Permissions at a glance"; the server enforces it on every route and the
// client hides what a role may not use.
enum class Permission {
    PatientsRead,
    PatientsWrite,
    PatientsArchive,
    AppointmentsRead,
    AppointmentsWrite,
    RecordsRead,
    RecordsWrite, // create; amending is further limited to the author
    StaffDirectoryRead, // GET /api/doctors
    StatsRead,
    UsersManage,
    AuditRead,
    SessionSelf, // logout, me, own password
};

bool roleHasPermission(Role role, Permission permission);
QString permissionName(Permission permission);

} // namespace hms
