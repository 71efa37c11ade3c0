#pragma once

#include <QString>

namespace hms::server::service {

// Tells the service manager what the server is doing (systemd's sd_notify
// protocol, for Type=notify units). Outside systemd, or in builds without
// libsystemd, each call does nothing.
void notifyReady(const QString &status);
void notifyReloading();
void notifyStopping();

} // namespace hms::server::service
