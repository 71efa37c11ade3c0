#pragma once

#include <QDateTime>

namespace hms::server {

// The server's notion of now: UTC, millisecond precision.
inline QDateTime utcNow()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace hms::server
