#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace hms {

// RFC 3339 instants and ISO dates as the API speaks them.
// Input instants must carry an offset ("Z" or "+hh:mm"); output is UTC with "Z".
// An instant whose UTC date falls outside the years 0001-9999 is refused: its
// text in UTC would not be an RFC 3339 date-time.
std::optional<QDateTime> parseInstant(const QString &text);
// Within the years 0001-9999, which the API's and the stored text forms write
// with four digits (and whose text order is then time order).
bool isFourDigitYear(const QDate &date);
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
