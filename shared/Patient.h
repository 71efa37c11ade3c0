#pragma once

#include "ValidationErrors.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace hms {

struct Patient
{
    qint64 id = 0;
    QString mrn;
    QString name;
    QDate dateOfBirth;
    QString sex; // null when unknown to the clinic
    QString email;
    QString phone;
    QString address;
    QString bloodGroup;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    QJsonObject toJson() const;
    static Patient fromJson(const QJsonObject &object);
};

namespace patient {
inline constexpr int NameMaxLength = 100;
inline constexpr int EmailMaxLength = 254;
inline constexpr int PhoneMaxLength = 20;
inline constexpr int PhoneMinDigits = 6;
inline constexpr int AddressMaxLength = 500;
QStringList sexes();
QStringList bloodGroups();
} // namespace patient

// Applies the writable fields present in body (partial-update rules), then
// validates the whole result. Empty errors means patient is valid.
ValidationErrors applyPatientChanges(const QJsonObject &body, Patient &patient, const QDateTime &now);
ValidationErrors validatePatient(const Patient &patient, const QDateTime &now);

bool isValidEmail(const QString &email);

} // namespace hms
