#include "ApiSupport.h"

#include "shared/Instant.h"

#include <QTimeZone>

namespace hms::server::apisupport {

namespace {
// As RequestContext::queryValue reads it.
QString queryValue(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}
} // namespace

Outcome<PageRequest> pageRequest(const RequestContext &context)
{
    return pageRequest(context.query);
}

Outcome<PageRequest> pageRequest(const QUrlQuery &query)
{
    PageRequest page;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        const int limit = queryValue(query, QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 200)
            return ServiceError::badRequest(QStringLiteral("limit must be an integer from 1 to 200."));
        page.limit = limit;
    }
    page.cursor = queryValue(query, QStringLiteral("cursor"));
    if (query.hasQueryItem(QStringLiteral("include_total"))) {
        const QString value = queryValue(query, QStringLiteral("include_total"));
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
    const auto date = parseDate(text);
    if (!date)
        return std::nullopt;
    const QDate start = endOfDay ? date->addDays(1) : *date;
    if (!isFourDigitYear(start))
        return std::nullopt; // to=9999-12-31 would end in the year 10000
    return QDateTime(start, QTime(0, 0), QTimeZone::utc());
}

std::optional<qint64> positiveId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<HttpResponse> readTimeRange(const RequestContext &context, QDateTime &from, QDateTime &to)
{
    return readTimeRange(context.query, from, to);
}

std::optional<HttpResponse> readTimeRange(const QUrlQuery &query, QDateTime &from, QDateTime &to)
{
    for (const auto &[key, endOfDay] :
         {std::pair{QStringLiteral("from"), false}, std::pair{QStringLiteral("to"), true}}) {
        if (!query.hasQueryItem(key))
            continue;
        const auto value = instantOrDate(queryValue(query, key), endOfDay);
        if (!value)
            return problem(
                400,
                QStringLiteral("%1 must be a date (YYYY-MM-DD) or an RFC 3339 instant with an offset.")
                    .arg(key));
        (endOfDay ? to : from) = *value;
    }
    if (from.isValid() && to.isValid() && to < from)
        return problem(400, QStringLiteral("to must not be before from."));
    return std::nullopt;
}

std::optional<HttpResponse> readIds(const RequestContext &context,
                                    std::initializer_list<std::pair<QString, qint64 *>> ids)
{
    return readIds(context.query, ids);
}

std::optional<HttpResponse> readIds(const QUrlQuery &query,
                                    std::initializer_list<std::pair<QString, qint64 *>> ids)
{
    for (const auto &[key, target] : ids) {
        if (!query.hasQueryItem(key))
            continue;
        const auto id = positiveId(queryValue(query, key));
        if (!id)
            return problem(400, QStringLiteral("%1 must be a positive integer.").arg(key));
        *target = *id;
    }
    return std::nullopt;
}

} // namespace hms::server::apisupport
