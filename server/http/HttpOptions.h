#pragma once

#include <QHostAddress>
#include <QList>
#include <QStringList>

namespace hms::server {

struct HttpOptions
{
    qint64 maxBodyBytes = qint64{1024} * 1024;
    int maxJsonDepth = 32;
    QStringList corsOrigins; // exact origins; "*" allows any
    int idleTimeoutSeconds = 60; // keep-alive connections with no traffic are closed
    bool logRequests = true;
    // Reverse proxies whose X-Forwarded-For is believed: behind nginx, the
    // client's own address is what throttling and the audit trail record.
    QList<QHostAddress> trustedProxies;
};

} // namespace hms::server
