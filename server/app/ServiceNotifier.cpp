#include "ServiceNotifier.h"

#ifdef HMS_HAVE_LIBSYSTEMD
#include <systemd/sd-daemon.h>
#endif

namespace hms::server::service {

namespace {
void notify([[maybe_unused]] const QByteArray &state)
{
#ifdef HMS_HAVE_LIBSYSTEMD
    sd_notify(0, state.constData());
#endif
}
} // namespace

void notifyReady(const QString &status)
{
    notify("READY=1\nSTATUS=" + status.toUtf8());
}

void notifyReloading()
{
    notify("RELOADING=1");
}

void notifyStopping()
{
    notify("STOPPING=1\nSTATUS=stopping");
}

} // namespace hms::server::service
