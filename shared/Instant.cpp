#include "Instant.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <cstdio>

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

namespace {
// Formatting by hand: QDateTime::toString(format) goes through the locale
// machinery and is by far the dearest part of answering a request.
QString formatUtc(const QDateTime &instant, bool alwaysMillis)
{
    const QDateTime utc = instant.timeSpec() == Qt::UTC ? instant : instant.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    char buffer[40];
    const int millis = t.msec();
    const int length = alwaysMillis || millis != 0
        ? std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(), d.month(),
                        d.day(), t.hour(), t.minute(), t.second(), millis)
        : std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", d.year(), d.month(), d.day(),
                        t.hour(), t.minute(), t.second());
    return QString::fromLatin1(buffer, length);
}
} // namespace

QString formatInstant(const QDateTime &instant)
{
    return formatUtc(instant, false);
}

QString formatInstantMillis(const QDateTime &instant)
{
    return formatUtc(instant, true);
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
    char buffer[16];
    const int length =
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year(), date.month(), date.day());
    return QString::fromLatin1(buffer, length);
}

QDate earliestDate()
{
    return {1900, 1, 1};
}

QDate latestDate()
{
    return {9999, 12, 31};
}

QDateTime earliestInstant()
{
    return {earliestDate(), QTime(0, 0), QTimeZone::utc()};
}

QDateTime latestInstant()
{
    return {latestDate(), QTime(23, 59, 59, 999), QTimeZone::utc()};
}

bool isInSupportedRange(const QDate &date)
{
    return date.isValid() && date >= earliestDate() && date <= latestDate();
}

bool isInSupportedRange(const QDateTime &instant)
{
    return instant.isValid() && instant >= earliestInstant() && instant <= latestInstant();
}

QDate latestDateOnEarth(const QDateTime &now)
{
    return now.toUTC().addSecs(qint64{14} * 3600).date();
}

} // namespace hms
