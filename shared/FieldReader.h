#pragma once

#include "ValidationErrors.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace hms {

// Reads the writable fields of a request body into a domain value, following
// the contract's partial-update rules: an absent field keeps its value, null
// clears an optional field, and a value of the wrong type is a field error.
class FieldReader
{
public:
    FieldReader(const QJsonObject &body, ValidationErrors &errors);

    bool has(const QString &field) const { return m_body.contains(field); }

    // Optional text: null or blank clears (stored as a null QString); trimmed.
    void optionalText(const QString &field, QString &target);
    // Required text: null is an error; trimmed.
    void requiredText(const QString &field, QString &target);
    void requiredId(const QString &field, qint64 &target);
    void optionalId(const QString &field, qint64 &target); // 0 means none
    void integer(const QString &field, int &target);
    // Dates and instants outside the supported range (Instant.h) are field errors.
    void requiredDate(const QString &field, QDate &target);
    void requiredInstant(const QString &field, QDateTime &target);

private:
    bool checkNotNull(const QString &field);

    const QJsonObject &m_body;
    ValidationErrors &m_errors;
};

} // namespace hms
