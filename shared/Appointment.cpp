#include "Appointment.h"

#include "ChangeReason.h"
#include "FieldReader.h"
#include "Instant.h"
#include "JsonFields.h"
#include "Text.h"

#include <QCoreApplication>

namespace hms {

namespace {
// The messages' translation context, named so that lupdate finds it too: the
// client translates them (client/translations).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hms::Appointment)
};

} // namespace

QJsonObject Appointment::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("patient_id"), patientId},
        {QStringLiteral("patient_name"), patientName},
        {QStringLiteral("doctor_id"), doctorId},
        {QStringLiteral("doctor_name"), doctorName},
        {QStringLiteral("appointment_datetime"), formatInstant(start)},
        {QStringLiteral("duration_minutes"), durationMinutes},
        {QStringLiteral("status"), appointmentStatusName(status)},
        {QStringLiteral("reason"), json::textOrNull(reason)},
        {QStringLiteral("notes"), json::textOrNull(notes)},
        {QStringLiteral("status_reason"), json::textOrNull(statusReason)},
        {QStringLiteral("created_at"), formatInstant(createdAt)},
        {QStringLiteral("updated_at"), formatInstant(updatedAt)},
        {QStringLiteral("version"), version},
    };
}

Appointment Appointment::fromJson(const QJsonObject &o)
{
    Appointment a;
    a.id = o.value(QStringLiteral("id")).toInteger();
    a.patientId = o.value(QStringLiteral("patient_id")).toInteger();
    a.patientName = o.value(QStringLiteral("patient_name")).toString();
    a.doctorId = o.value(QStringLiteral("doctor_id")).toInteger();
    a.doctorName = o.value(QStringLiteral("doctor_name")).toString();
    a.start = parseInstant(o.value(QStringLiteral("appointment_datetime")).toString()).value_or(QDateTime());
    a.durationMinutes = o.value(QStringLiteral("duration_minutes")).toInt(appointment::DefaultDuration);
    a.status = appointmentStatusFromName(o.value(QStringLiteral("status")).toString())
                   .value_or(AppointmentStatus::Scheduled);
    const QJsonValue reason = o.value(QStringLiteral("reason"));
    a.reason = reason.isString() ? reason.toString() : QString();
    const QJsonValue notes = o.value(QStringLiteral("notes"));
    a.notes = notes.isString() ? notes.toString() : QString();
    a.statusReason = json::text(o, QStringLiteral("status_reason"));
    a.createdAt = parseInstant(o.value(QStringLiteral("created_at")).toString()).value_or(QDateTime());
    a.updatedAt = parseInstant(o.value(QStringLiteral("updated_at")).toString()).value_or(QDateTime());
    a.version = o.value(QStringLiteral("version")).toInt();
    return a;
}

ValidationErrors applyAppointmentChanges(const QJsonObject &body, Appointment &a, const Appointment *original,
                                         const QDateTime &now)
{
    ValidationErrors errors;
    FieldReader reader(body, errors);
    const bool booking = original == nullptr;

    reader.requiredId(QStringLiteral("patient_id"), a.patientId);
    reader.requiredId(QStringLiteral("doctor_id"), a.doctorId);
    reader.requiredInstant(QStringLiteral("appointment_datetime"), a.start);
    reader.integer(QStringLiteral("duration_minutes"), a.durationMinutes);
    reader.optionalText(QStringLiteral("reason"), a.reason);
    reader.optionalText(QStringLiteral("notes"), a.notes);

    // A move to cancelled or no_show needs its reason; when the status itself
    // is refused, whether one was needed is left open.
    reason::Need reasonNeed = reason::Need::Refused;
    if (body.contains(QStringLiteral("status"))) {
        const QJsonValue value = body.value(QStringLiteral("status"));
        const std::optional<AppointmentStatus> status =
            value.isString() ? appointmentStatusFromName(value.toString()) : std::nullopt;
        if (!status) {
            reasonNeed = booking ? reason::Need::Refused : reason::Need::Unknown;
            errors.add(QStringLiteral("status"),
                       Tr::tr("must be one of scheduled, checked_in, completed, cancelled, no_show"));
        } else if (booking && *status != AppointmentStatus::Scheduled) {
            errors.add(QStringLiteral("status"), Tr::tr("a new appointment starts as scheduled"));
        } else if (!booking && *status != original->status &&
                   !canMoveAppointment(original->status, *status)) {
            reasonNeed = reason::Need::Unknown;
            errors.add(QStringLiteral("status"),
                       Tr::tr("cannot move from %1 to %2")
                           .arg(appointmentStatusName(original->status), appointmentStatusName(*status)));
        } else {
            if (!booking && *status != original->status &&
                (*status == AppointmentStatus::Cancelled || *status == AppointmentStatus::NoShow))
                reasonNeed = reason::Need::Required;
            a.status = *status;
        }
    }

    reason::read(body, QStringLiteral("status_reason"), reasonNeed,
                 Tr::tr("only given when cancelling or marking a no-show"), a.statusReason, errors);

    if (!booking && a.patientId != original->patientId && !errors.has(QStringLiteral("patient_id")))
        errors.add(QStringLiteral("patient_id"), Tr::tr("cannot be changed; book a new appointment instead"));

    if (!errors.has(QStringLiteral("doctor_id")) && a.doctorId <= 0)
        errors.add(QStringLiteral("doctor_id"), Tr::tr("is required"));
    if (!errors.has(QStringLiteral("patient_id")) && a.patientId <= 0)
        errors.add(QStringLiteral("patient_id"), Tr::tr("is required"));

    if (!errors.has(QStringLiteral("appointment_datetime"))) {
        const bool moved = booking || a.start != original->start;
        if (!a.start.isValid())
            errors.add(QStringLiteral("appointment_datetime"), Tr::tr("is required"));
        else if (moved && a.start < now.addSecs(-appointment::PastToleranceSeconds))
            errors.add(QStringLiteral("appointment_datetime"), Tr::tr("must not be in the past"));
    }
    if (!errors.has(QStringLiteral("duration_minutes")) &&
        (a.durationMinutes < appointment::MinDuration || a.durationMinutes > appointment::MaxDuration))
        errors.add(QStringLiteral("duration_minutes"), Tr::tr("must be between 5 and 480 minutes"));
    if (!errors.has(QStringLiteral("appointment_datetime")) &&
        !errors.has(QStringLiteral("duration_minutes")) &&
        a.start.addSecs(qint64{60} * a.durationMinutes) > latestInstant())
        errors.add(QStringLiteral("appointment_datetime"),
                   Tr::tr("the appointment must end by %1").arg(formatInstant(latestInstant())));
    text::optional(errors, QStringLiteral("reason"), a.reason,
                   {appointment::TextMaxLength, text::Lines::Single});
    text::optional(errors, QStringLiteral("notes"), a.notes,
                   {appointment::TextMaxLength, text::Lines::Multi});

    if (!booking && isFinalAppointmentStatus(original->status)) {
        const bool rescheduled = a.start != original->start || a.doctorId != original->doctorId ||
            a.durationMinutes != original->durationMinutes;
        if (rescheduled)
            errors.add(QStringLiteral("appointment_datetime"),
                       Tr::tr("a %1 appointment cannot be rescheduled")
                           .arg(appointmentStatusName(original->status)));
    }
    return errors;
}

} // namespace hms
