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

// The one range of dates and instants the API accepts, on every database
// engine: years 1900 to 9999 (both store and order all of it the same way).
QDate earliestDate(); // 1900-01-01
QDate latestDate(); // 9999-12-31
QDateTime earliestInstant(); // 1900-01-01T00:00:00Z
QDateTime latestInstant(); // 9999-12-31T23:59:59.999Z
bool isInSupportedRange(const QDate &date);
bool isInSupportedRange(const QDateTime &instant);

// The latest calendar date that has begun anywhere on earth (UTC+14): a date
// after it is in the future for everyone, whatever the user's time zone.
QDate latestDateOnEarth(const QDateTime &now);

} // namespace hms
