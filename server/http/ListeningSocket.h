#pragma once

#include "shared/Result.h"

#include <QHostAddress>
#include <QString>

namespace hms::server {

// A listening TCP socket with SO_REUSEPORT, so that every worker thread can
// accept on the same port and the kernel spreads connections between them.
Result<qintptr, QString> openListeningSocket(const QHostAddress &address, quint16 port);
quint16 boundPort(qintptr descriptor);

} // namespace hms::server
