#pragma once

#include "shared/Role.h"

#include <QString>

namespace hms::server {

// Who is acting, for rules that depend on the caller (authorship, audit).
struct Actor
{
    qint64 userId = 0;
    QString username;
    QString fullName;
    Role role = Role::Receptionist;
    qint64 sessionId = 0;
    QString clientAddress;
    QString requestId;
};

} // namespace hms::server
