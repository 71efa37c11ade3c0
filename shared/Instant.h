#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace hms {

// RFC 3339 instants and ISO dates as the API speaks them.
// Input instants must carry an offset ("Z" or "+hh:mm"); output is UTC with "Z".
std::optional<QDateTime> parseInstant(const QString &text);
QString formatInstant(const QDateTime &instant);
// Fixed width, always with milliseconds ("2026-11-24T09:30:00.000Z"): text
// order is time order, for storage and hashing.
QString formatInstantMillis(const QDateTime &instant);
std::optional<QDate> parseDate(const QString &text);
QString formatDate(const QDate &date);

// The latest calendar date that has begun anywhere on earth (UTC+14): a date
// after it is in the future for everyone, whatever the user's time zone.
QDate latestDateOnEarth(const QDateTime &now);

} // namespace hms
