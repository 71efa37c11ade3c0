#pragma once

#include <QDateTime>
#include <functional>

namespace hms::server {

// The server's notion of now: UTC, millisecond precision.
inline QDateTime utcNow()
{
    return QDateTime::currentDateTimeUtc();
}

// Where a service that measures time passing (sessions' idle and absolute
// limits, sign-in back-off) reads now: utcNow in the server; a clock the caller
// moves on itself in tests of those limits. Called from every worker thread.
using Clock = std::function<QDateTime()>;

} // namespace hms::server
