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
    QDateTime createdAt;
    QDateTime updatedAt; // when this version was written
    int version = 0;
    // Why this version was written: empty for version 1, required for every amendment.
    QString amendmentReason;
    qint64 updatedById = 0; // who wrote this version
    QString updatedByName;

    QJsonObject toJson() const;
    static MedicalRecord fromJson(const QJsonObject &object);
};

namespace record {
inline constexpr int DiagnosisMaxLength = 2000;
inline constexpr int TextMaxLength = 4000;
} // namespace record

// Applies the writable fields present in body and validates the result.
// `original` is the stored record for an amendment, or nullptr when creating;
// a new record's date defaults to the caller's today. An amendment needs an
// amendment_reason (shared/ChangeReason.h); a new record may not give one.
ValidationErrors applyRecordChanges(const QJsonObject &body, MedicalRecord &record,
                                    const MedicalRecord *original, const QDateTime &now);

} // namespace hms
