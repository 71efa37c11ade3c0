#include "AppointmentStatus.h"

#include <QCoreApplication>

namespace hms {

namespace {
using S = AppointmentStatus;
constexpr const char *Context = "hms::AppointmentStatus";

const std::array<AppointmentStatusInfo, 5> Table{{
    {S::Scheduled,
     QLatin1StringView("scheduled"),
     QT_TRANSLATE_NOOP("hms::AppointmentStatus", "Scheduled"),
     QLatin1StringView("#0f172a"),
     {S::CheckedIn, S::Cancelled, S::NoShow},
     false,
     true},
    {S::CheckedIn,
     QLatin1StringView("checked_in"),
     QT_TRANSLATE_NOOP("hms::AppointmentStatus", "Checked in"),
     QLatin1StringView("#1d4ed8"),
     {S::Completed, S::Cancelled, std::nullopt},
     false,
     true},
    {S::Completed,
     QLatin1StringView("completed"),
     QT_TRANSLATE_NOOP("hms::AppointmentStatus", "Completed"),
     QLatin1StringView("#15803d"),
     {std::nullopt, std::nullopt, std::nullopt},
     false,
     true},
    {S::Cancelled,
     QLatin1StringView("cancelled"),
     QT_TRANSLATE_NOOP("hms::AppointmentStatus", "Cancelled"),
     QLatin1StringView("#b91c1c"),
     {std::nullopt, std::nullopt, std::nullopt},
     true,
     false},
    {S::NoShow,
     QLatin1StringView("no_show"),
     QT_TRANSLATE_NOOP("hms::AppointmentStatus", "No-show"),
     QLatin1StringView("#b45309"),
     {std::nullopt, std::nullopt, std::nullopt},
     true,
     false},
}};
} // namespace

const std::array<AppointmentStatusInfo, 5> &appointmentStatuses()
{
    return Table;
}

const AppointmentStatusInfo &appointmentStatusInfo(AppointmentStatus status)
{
    for (const AppointmentStatusInfo &info : Table) {
        if (info.status == status)
            return info;
    }
    return Table.front(); // unreachable: every enumerator has a row
}

QString appointmentStatusName(AppointmentStatus status)
{
    return appointmentStatusInfo(status).name;
}

std::optional<AppointmentStatus> appointmentStatusFromName(const QString &name)
{
    for (const AppointmentStatusInfo &info : Table) {
        if (info.name == name)
            return info.status;
    }
    return std::nullopt;
}

QStringList appointmentStatusNames()
{
    QStringList names;
    for (const AppointmentStatusInfo &info : Table)
        names.append(info.name);
    return names;
}

QString appointmentStatusLabel(AppointmentStatus status)
{
    return QCoreApplication::translate(Context, appointmentStatusInfo(status).label);
}

bool canMoveAppointment(AppointmentStatus from, AppointmentStatus to)
{
    for (const std::optional<AppointmentStatus> &next : appointmentStatusInfo(from).next) {
        if (next == to)
            return true;
    }
    return false;
}

QList<AppointmentStatus> nextAppointmentStatuses(AppointmentStatus from)
{
    // In the table's order, whatever the order of a row's moves.
    QList<AppointmentStatus> next;
    for (const AppointmentStatusInfo &info : Table) {
        if (canMoveAppointment(from, info.status))
            next.append(info.status);
    }
    return next;
}

bool appointmentOccupiesDoctor(AppointmentStatus status)
{
    return appointmentStatusInfo(status).occupiesDoctor;
}

bool isFinalAppointmentStatus(AppointmentStatus status)
{
    return nextAppointmentStatuses(status).isEmpty();
}

bool appointmentStatusNeedsReason(AppointmentStatus status)
{
    return appointmentStatusInfo(status).needsReason;
}

} // namespace hms
