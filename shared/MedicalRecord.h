#pragma once

#include "ValidationErrors.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace hms {

struct MedicalRecord
{
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 authorId = 0;
    QString doctorName;
    QString diagnosis;
    QString prescription;
    QDate recordDate;
    QString notes;
    qint64 appointmentId = 0; // 0: not linked to an appointment
    QString amendmentReason; // why this version was written; empty for the first
    qint64 updatedById = 0; // who wrote this version; 0 when the server does not say
    QString updatedByName;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    QJsonObject toJson() const;
    static MedicalRecord fromJson(const QJsonObject &object);
};

namespace record {
inline constexpr int DiagnosisMaxLength = 2000;
inline constexpr int TextMaxLength = 4000;
} // namespace record

// Applies the writable fields present in body and validates the result.
// `original` is the stored record for an amendment, or nullptr when creating;
// a new record's date defaults to the caller's today.
ValidationErrors applyRecordChanges(const QJsonObject &body, MedicalRecord &record,
                                    const MedicalRecord *original, const QDateTime &now);

} // namespace hms
