#pragma once

#include "AppointmentStatus.h"
#include "ValidationErrors.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace hms {

struct Appointment
{
    qint64 id = 0;
    qint64 patientId = 0;
    QString patientName;
    qint64 doctorId = 0;
    QString doctorName;
    QDateTime start;
    int durationMinutes = 30;
    AppointmentStatus status = AppointmentStatus::Scheduled;
    QString reason;
    QString notes;
    QString statusReason; // why it was cancelled or marked a no-show; empty otherwise
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    QDateTime end() const { return start.addSecs(qint64(durationMinutes) * 60); }
    QJsonObject toJson() const;
    static Appointment fromJson(const QJsonObject &object);
};

namespace appointment {
inline constexpr int MinDuration = 5;
inline constexpr int MaxDuration = 480;
inline constexpr int DefaultDuration = 30;
inline constexpr int TextMaxLength = 2000;
// Clock skew tolerated between a client and the server for "not in the past".
inline constexpr int PastToleranceSeconds = 120;
} // namespace appointment

// Applies the writable fields present in body to appt and validates the result.
// `original` is the stored appointment for an update, or nullptr when booking.
// A move to cancelled or no_show needs a status_reason (shared/ChangeReason.h),
// which no other request may give.
ValidationErrors applyAppointmentChanges(const QJsonObject &body, Appointment &appt,
                                         const Appointment *original, const QDateTime &now);

} // namespace hms
