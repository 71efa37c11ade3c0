#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

// One way to show dates and times in the whole client, from the application's
// locale (QLocale()): its short formats with a four-digit year and no seconds.
// Lists, details, dialogs and editors all use these.
namespace hms::client::formats {

QString dateFormat(); // e.g. "M/d/yyyy", for QDateEdit::setDisplayFormat
QString timeFormat(); // e.g. "h:mm AP"
QString dateTimeFormat(); // date, a space, time

QString date(const QDate &date);
QString time(const QTime &time);
QString time(const QDateTime &instant); // in local time
QString dateTime(const QDateTime &instant); // in local time
QString dayAndTime(const QDateTime &instant); // "Tue 9:30 AM", in local time

} // namespace hms::client::formats
