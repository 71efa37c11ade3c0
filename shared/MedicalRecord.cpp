#include "MedicalRecord.h"

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
    Q_DECLARE_TR_FUNCTIONS(hms::MedicalRecord)
};

} // namespace

QJsonObject MedicalRecord::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("patient_id"), patientId},
        {QStringLiteral("author_id"), authorId},
        {QStringLiteral("doctor_name"), doctorName},
        {QStringLiteral("diagnosis"), diagnosis},
        {QStringLiteral("prescription"), json::textOrNull(prescription)},
        {QStringLiteral("record_date"), formatDate(recordDate)},
        {QStringLiteral("notes"), json::textOrNull(notes)},
        {QStringLiteral("appointment_id"), json::idOrNull(appointmentId)},
        {QStringLiteral("created_at"), formatInstant(createdAt)},
        {QStringLiteral("updated_at"), formatInstant(updatedAt)},
        {QStringLiteral("version"), version},
        {QStringLiteral("amendment_reason"), json::textOrNull(amendmentReason)},
        {QStringLiteral("updated_by_id"), json::idOrNull(updatedById)},
        {QStringLiteral("updated_by_name"), json::textOrNull(updatedByName)},
    };
}

MedicalRecord MedicalRecord::fromJson(const QJsonObject &o)
{
    MedicalRecord r;
    r.id = o.value(QStringLiteral("id")).toInteger();
    r.patientId = o.value(QStringLiteral("patient_id")).toInteger();
    r.authorId = o.value(QStringLiteral("author_id")).toInteger();
    r.doctorName = json::text(o, QStringLiteral("doctor_name"));
    r.diagnosis = json::text(o, QStringLiteral("diagnosis"));
    r.prescription = json::text(o, QStringLiteral("prescription"));
    r.recordDate = parseDate(json::text(o, QStringLiteral("record_date"))).value_or(QDate());
    r.notes = json::text(o, QStringLiteral("notes"));
    r.appointmentId = o.value(QStringLiteral("appointment_id")).toInteger();
    r.createdAt = parseInstant(json::text(o, QStringLiteral("created_at"))).value_or(QDateTime());
    r.updatedAt = parseInstant(json::text(o, QStringLiteral("updated_at"))).value_or(QDateTime());
    r.version = o.value(QStringLiteral("version")).toInt();
    r.amendmentReason = json::text(o, QStringLiteral("amendment_reason"));
    r.updatedById = o.value(QStringLiteral("updated_by_id")).toInteger();
    r.updatedByName = json::text(o, QStringLiteral("updated_by_name"));
    return r;
}

ValidationErrors applyRecordChanges(const QJsonObject &body, MedicalRecord &r, const MedicalRecord *original,
                                    const QDateTime &now)
{
    ValidationErrors errors;
    FieldReader reader(body, errors);
    reader.requiredId(QStringLiteral("patient_id"), r.patientId);
    reader.requiredText(QStringLiteral("diagnosis"), r.diagnosis);
    reader.optionalText(QStringLiteral("prescription"), r.prescription);
    reader.optionalText(QStringLiteral("notes"), r.notes);
    reader.optionalId(QStringLiteral("appointment_id"), r.appointmentId);
    if (body.contains(QStringLiteral("record_date")) || original)
        reader.requiredDate(QStringLiteral("record_date"), r.recordDate);
    else
        r.recordDate = now.toUTC().date();
    reason::read(body, QStringLiteral("amendment_reason"),
                 original ? reason::Need::Required : reason::Need::Refused,
                 Tr::tr("only given when amending a record"), r.amendmentReason, errors);

    if (!errors.has(QStringLiteral("patient_id"))) {
        if (r.patientId <= 0)
            errors.add(QStringLiteral("patient_id"), Tr::tr("is required"));
        else if (original && r.patientId != original->patientId)
            errors.add(QStringLiteral("patient_id"), Tr::tr("cannot be changed"));
    }
    if (!errors.has(QStringLiteral("diagnosis")))
        text::required(errors, QStringLiteral("diagnosis"), r.diagnosis,
                       {record::DiagnosisMaxLength, text::Lines::Multi});
    text::optional(errors, QStringLiteral("prescription"), r.prescription,
                   {record::TextMaxLength, text::Lines::Multi});
    text::optional(errors, QStringLiteral("notes"), r.notes, {record::TextMaxLength, text::Lines::Multi});
    if (!errors.has(QStringLiteral("record_date"))) {
        if (!r.recordDate.isValid())
            errors.add(QStringLiteral("record_date"), Tr::tr("is required"));
        else if (r.recordDate > latestDateOnEarth(now))
            errors.add(QStringLiteral("record_date"), Tr::tr("must not be in the future"));
    }
    return errors;
}

} // namespace hms
