#include "FieldReader.h"

#include "Instant.h"

#include <QCoreApplication>
#include <cmath>

namespace hms {

namespace {
// The messages' translation context, named so that lupdate finds it too: the
// client translates them (client/translations).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hms::FieldReader)
};
} // namespace

FieldReader::FieldReader(const QJsonObject &body, ValidationErrors &errors)
    : m_body(body)
    , m_errors(errors)
{}

bool FieldReader::checkNotNull(const QString &field)
{
    if (m_body.value(field).isNull()) {
        m_errors.add(field, Tr::tr("is required"));
        return false;
    }
    return true;
}

void FieldReader::optionalText(const QString &field, QString &target)
{
    if (!m_body.contains(field))
        return;
    const QJsonValue value = m_body.value(field);
    if (value.isNull()) {
        target = QString();
        return;
    }
    if (!value.isString()) {
        m_errors.add(field, Tr::tr("must be a string"));
        return;
    }
    const QString trimmed = value.toString().trimmed();
    target = trimmed.isEmpty() ? QString() : trimmed;
}

void FieldReader::requiredText(const QString &field, QString &target)
{
    if (!m_body.contains(field) || !checkNotNull(field))
        return;
    const QJsonValue value = m_body.value(field);
    if (!value.isString()) {
        m_errors.add(field, Tr::tr("must be a string"));
        return;
    }
    target = value.toString().trimmed();
}

void FieldReader::requiredId(const QString &field, qint64 &target)
{
    if (!m_body.contains(field) || !checkNotNull(field))
        return;
    const QJsonValue value = m_body.value(field);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != std::floor(number) || number < 1 || number > 9007199254740991.0) {
        m_errors.add(field, Tr::tr("must be a positive integer id"));
        return;
    }
    target = static_cast<qint64>(number);
}

void FieldReader::optionalId(const QString &field, qint64 &target)
{
    if (!m_body.contains(field))
        return;
    if (m_body.value(field).isNull()) {
        target = 0;
        return;
    }
    requiredId(field, target);
}

void FieldReader::integer(const QString &field, int &target)
{
    if (!m_body.contains(field) || !checkNotNull(field))
        return;
    const QJsonValue value = m_body.value(field);
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::floor(number) || std::fabs(number) > 1e9) {
        m_errors.add(field, Tr::tr("must be an integer"));
        return;
    }
    target = static_cast<int>(number);
}

void FieldReader::requiredDate(const QString &field, QDate &target)
{
    if (!m_body.contains(field) || !checkNotNull(field))
        return;
    const QJsonValue value = m_body.value(field);
    const std::optional<QDate> date = value.isString() ? parseDate(value.toString()) : std::nullopt;
    if (!date) {
        m_errors.add(field, Tr::tr("must be a date in the form YYYY-MM-DD"));
        return;
    }
    // The form allows no year after 9999; the range's other end is checked here.
    if (!isInSupportedRange(*date)) {
        m_errors.add(field, Tr::tr("must not be before %1").arg(formatDate(earliestDate())));
        return;
    }
    target = *date;
}

void FieldReader::requiredInstant(const QString &field, QDateTime &target)
{
    if (!m_body.contains(field) || !checkNotNull(field))
        return;
    const QJsonValue value = m_body.value(field);
    const std::optional<QDateTime> instant = value.isString() ? parseInstant(value.toString()) : std::nullopt;
    if (!instant) {
        m_errors.add(
            field, Tr::tr("must be an RFC 3339 date-time with a UTC offset, e.g. 2026-11-24T09:30:00+01:00"));
        return;
    }
    if (!isInSupportedRange(*instant)) {
        m_errors.add(field,
                     Tr::tr("must be from %1 to %2")
                         .arg(formatInstant(earliestInstant()), formatInstant(latestInstant())));
        return;
    }
    target = *instant;
}

} // namespace hms
