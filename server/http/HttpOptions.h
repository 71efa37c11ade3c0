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

    // Limits enforced as bytes arrive, before anything is buffered beyond them.
    int maxHeaderBytes = 32 * 1024; // request line and header block together
    int maxHeaderCount = 100;
    int maxTargetBytes = 8 * 1024; // the request target (path and query)
    // The whole header block must arrive within this time of the connection
    // opening, or of its request line on a kept-alive connection.
    int headerTimeoutSeconds = 10;
    // After a grace period, a body must keep arriving at this average rate.
    int minBodyBytesPerSecond = 16 * 1024;
    int bodyGraceSeconds = 5;
    // Open connections per process, and per client address (trusted proxies
    // excepted: behind one, every client shares its address).
    int maxConnections = 1024;
    int maxConnectionsPerAddress = 64;
};

} // namespace hms::server
