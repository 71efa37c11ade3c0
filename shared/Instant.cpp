#include "Instant.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace hms {

std::optional<QDateTime> parseInstant(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|([+-])(\d{2}):(\d{2}))$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const int hour = match.captured(4).toInt();
    const int minute = match.captured(5).toInt();
    const int second = match.captured(6).toInt();
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    int millis = 0;
    if (match.hasCaptured(7)) {
        const QString fraction = match.captured(7).mid(1).leftJustified(3, QLatin1Char('0')).left(3);
        millis = fraction.toInt();
    }
    int offsetSeconds = 0;
    if (match.hasCaptured(9)) {
        const int offsetHours = match.captured(10).toInt();
        const int offsetMinutes = match.captured(11).toInt();
        if (offsetHours > 23 || offsetMinutes > 59)
            return std::nullopt;
        offsetSeconds = (offsetHours * 60 + offsetMinutes) * 60;
        if (match.captured(9) == QLatin1String("-"))
            offsetSeconds = -offsetSeconds;
    }
    const QDateTime local(date, QTime(hour, minute, second, millis), QTimeZone(offsetSeconds));
    if (!local.isValid())
        return std::nullopt;
    return local.toUTC();
}

QString formatInstant(const QDateTime &instant)
{
    const QDateTime utc = instant.toUTC();
    if (utc.time().msec() != 0)
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString formatDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QDate latestDateOnEarth(const QDateTime &now)
{
    return now.toUTC().addSecs(14 * 3600).date();
}

} // namespace hms
