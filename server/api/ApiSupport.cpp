#include "ApiSupport.h"

#include "shared/Instant.h"

#include <QTimeZone>

namespace hms::server::apisupport {

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
    if (const auto instant = parseInstant(text))
        return instant;
    if (const auto date = parseDate(text))
        return QDateTime(endOfDay ? date->addDays(1) : *date, QTime(0, 0), QTimeZone::utc());
    return std::nullopt;
}

std::optional<qint64> positiveId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace hms::server::apisupport
