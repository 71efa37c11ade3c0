#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace hms {

enum class AppointmentStatus { Scheduled, CheckedIn, Completed, Cancelled, NoShow };

// One row of the status table: everything the server's status machine and the
// client's lists, dashboard and action buttons know about a status.
struct AppointmentStatusInfo
{
    AppointmentStatus status;
    QLatin1StringView name; // on the wire and in the database
    const char *label; // for people; translate with appointmentStatusLabel()
    QLatin1StringView colour; // "#rrggbb"
    std::array<std::optional<AppointmentStatus>, 3> next; // the moves allowed from here
    bool needsReason; // a move into this status says why (status_reason)
    bool occupiesDoctor; // the doctor's time is taken
};

// Every status, in the order people see them.
const std::array<AppointmentStatusInfo, 5> &appointmentStatuses();
const AppointmentStatusInfo &appointmentStatusInfo(AppointmentStatus status);

QString appointmentStatusName(AppointmentStatus status);
std::optional<AppointmentStatus> appointmentStatusFromName(const QString &name);
QStringList appointmentStatusNames();
// The human label, translated ("Checked in").
QString appointmentStatusLabel(AppointmentStatus status);
// The status machine: scheduled -> checked_in | cancelled | no_show; checked_in -> completed | cancelled.
bool canMoveAppointment(AppointmentStatus from, AppointmentStatus to);
QList<AppointmentStatus> nextAppointmentStatuses(AppointmentStatus from);
// Cancelled and no-show appointments free the doctor's time.
bool appointmentOccupiesDoctor(AppointmentStatus status);
bool isFinalAppointmentStatus(AppointmentStatus status);
// Moving into this status requires a status_reason.
bool appointmentStatusNeedsReason(AppointmentStatus status);

} // namespace hms
