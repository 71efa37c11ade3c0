#include "Formats.h"

#include <QLocale>
#include <QRegularExpression>

namespace hms::client::formats {

QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    // A two-digit year reads as a birthday in the wrong century: always four.
    static const QRegularExpression year(QStringLiteral("y+"));
    format.replace(year, QStringLiteral("yyyy"));
    return format;
}

QString timeFormat()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    // Some locales' short formats carry seconds; nobody books to the second.
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    format.remove(seconds);
    return format;
}

QString dateTimeFormat()
{
    return dateFormat() + QLatin1Char(' ') + timeFormat();
}

QString date(const QDate &value)
{
    return value.isValid() ? QLocale().toString(value, dateFormat()) : QString();
}

QString time(const QTime &value)
{
    return value.isValid() ? QLocale().toString(value, timeFormat()) : QString();
}

QString time(const QDateTime &instant)
{
    return instant.isValid() ? time(instant.toLocalTime().time()) : QString();
}

QString dateTime(const QDateTime &instant)
{
    return instant.isValid() ? QLocale().toString(instant.toLocalTime(), dateTimeFormat()) : QString();
}

QString dayAndTime(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    const QDateTime local = instant.toLocalTime();
    return QLocale().toString(local, QStringLiteral("ddd ")) + time(local.time());
}

} // namespace hms::client::formats
