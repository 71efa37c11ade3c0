#include "ApiSupport.h"

#include "shared/Instant.h"
#include "shared/Text.h"

#include <QTimeZone>

namespace hms::server::apisupport {

std::optional<HttpResponse> refuseUnreadableQuery(const RequestContext &context)
{
    const auto items = context.query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!text::isClean(key))
            return problem(400,
                           QStringLiteral("A query parameter name holds a control character or invalid "
                                          "Unicode text."));
        if (!text::isClean(value))
            return problem(
                400, QStringLiteral("%1 must not hold control characters or invalid Unicode text.").arg(key));
    }
    return std::nullopt;
}

Outcome<PageRequest> pageRequest(const RequestContext &context)
{
    PageRequest page;
    if (context.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        const int limit = context.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 200)
            return ServiceError::badRequest(QStringLiteral("limit must be an integer from 1 to 200."));
        page.limit = limit;
    }
    page.cursor = context.queryValue(QStringLiteral("cursor"));
    if (context.query.hasQueryItem(QStringLiteral("include_total"))) {
        const QString value = context.queryValue(QStringLiteral("include_total"));
        if (value != QLatin1String("true") && value != QLatin1String("false"))
            return ServiceError::badRequest(QStringLiteral("include_total must be true or false."));
        page.includeTotal = value == QLatin1String("true");
    }
    return page;
}

HttpResponse emptyResponse(const Outcome<Done> &outcome)
{
    if (!outcome)
        return problemFor(outcome.error());
    return HttpResponse::noContent();
}

std::optional<QDateTime> instantOrDate(const QString &text, bool endOfDay)
{
    if (auto instant = parseInstant(text))
        return instant;
    if (const auto date = parseDate(text)) {
        // A date outside the range stays as it is, for the caller's range check.
        if (!endOfDay || !isInSupportedRange(*date))
            return QDateTime(*date, QTime(0, 0), QTimeZone::utc());
        // The end of the last supported day is the last supported instant:
        // the start of the next day would be a year no engine orders alike.
        return *date == latestDate() ? latestInstant()
                                     : QDateTime(date->addDays(1), QTime(0, 0), QTimeZone::utc());
    }
    return std::nullopt;
}

std::optional<qint64> positiveId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<HttpResponse> readTimeRange(const RequestContext &context, QDateTime &from, QDateTime &to)
{
    for (const auto &[key, endOfDay] :
         {std::pair{QStringLiteral("from"), false}, std::pair{QStringLiteral("to"), true}}) {
        if (!context.query.hasQueryItem(key))
            continue;
        const auto value = instantOrDate(context.queryValue(key), endOfDay);
        if (!value)
            return problem(
                400,
                QStringLiteral("%1 must be a date (YYYY-MM-DD) or an RFC 3339 instant with an offset.")
                    .arg(key));
        if (!isInSupportedRange(*value))
            return problem(400,
                           QStringLiteral("%1 must be from %2 to %3.")
                               .arg(key, formatDate(earliestDate()), formatDate(latestDate())));
        (endOfDay ? to : from) = *value;
    }
    if (from.isValid() && to.isValid() && to < from)
        return problem(400, QStringLiteral("to must not be before from."));
    return std::nullopt;
}

std::optional<HttpResponse> readIds(const RequestContext &context,
                                    std::initializer_list<std::pair<QString, qint64 *>> ids)
{
    for (const auto &[key, target] : ids) {
        if (!context.query.hasQueryItem(key))
            continue;
        const auto id = positiveId(context.queryValue(key));
        if (!id)
            return problem(400, QStringLiteral("%1 must be a positive integer.").arg(key));
        *target = *id;
    }
    return std::nullopt;
}

} // namespace hms::server::apisupport
