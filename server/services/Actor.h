#pragma once

#include "shared/Role.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace hms::server {

// Whether the caller's session is known to be live for this request. One read
// from the database for the request is confirmed; one taken from the worker's
// cache is not yet. That one is confirmed on the way by the request's first
// audit entry, which is written only while the session is live and its user
// active in the cached role; otherwise the dispatcher confirms it before
// answering. Copies of an Actor share it.
struct SessionCheck
{
    QByteArray tokenHash;
    bool confirmed = false;
    bool refused = false; // an audit entry found the session ended or the user changed
};

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
    std::shared_ptr<SessionCheck> sessionCheck; // null for actors without a session (sign-in)

    bool sessionUnconfirmed() const { return sessionCheck && !sessionCheck->confirmed; }
};

} // namespace hms::server
