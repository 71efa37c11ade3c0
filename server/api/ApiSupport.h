#pragma once

#include "http/HttpResponse.h"
#include "http/Problem.h"
#include "http/RequestContext.h"
#include "services/ServiceError.h"
#include "storage/Page.h"

#include <QJsonArray>

namespace hms::server::apisupport {

// Every query parameter, names and values: a control character or a lone
// surrogate is a 400 naming the parameter. Checked before any handler runs.
std::optional<HttpResponse> refuseUnreadableQuery(const RequestContext &context);

// limit (1..200, default 50), cursor, include_total; a bad value is a 400.
Outcome<PageRequest> pageRequest(const RequestContext &context);

template<typename T> QJsonObject pageJson(const Page<T> &page)
{
    QJsonArray items;
    for (const T &item : page.items)
        items.append(item.toJson());
    QJsonObject object{
        {QStringLiteral("items"), items},
        {QStringLiteral("next_cursor"),
         page.nextCursor.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(page.nextCursor)}};
    if (page.total)
        object.insert(QStringLiteral("total"), *page.total);
    return object;
}

template<typename T> HttpResponse pageResponse(const Outcome<Page<T>> &outcome)
{
    if (!outcome)
        return problemFor(outcome.error());
    return HttpResponse::json(pageJson(outcome.value()));
}

// A single versioned resource: 200 with its ETag.
template<typename T> HttpResponse resourceResponse(const Outcome<T> &outcome, int status = 200)
{
    if (!outcome)
        return problemFor(outcome.error());
    HttpResponse response = HttpResponse::json(outcome.value().toJson(), status);
    response.withVersion(outcome.value().version);
    return response;
}

template<typename T> HttpResponse createdResponse(const Outcome<T> &outcome, QLatin1StringView collection)
{
    HttpResponse response = resourceResponse(outcome, 201);
    if (outcome)
        response.withHeader(QByteArrayLiteral("Location"),
                            QByteArray(collection.data(), collection.size()) + '/' +
                                QByteArray::number(outcome.value().id));
    return response;
}

HttpResponse emptyResponse(const Outcome<Done> &outcome);

// A list filter bound: an RFC 3339 instant, or a date meaning its start (UTC);
// with endOfDay a date means the start of the next day, so "to=2026-11-24"
// includes that whole day.
std::optional<QDateTime> instantOrDate(const QString &text, bool endOfDay);
// A positive integer id from a query parameter.
std::optional<qint64> positiveId(const QString &text);
// The from/to query parameters (instants or dates, see instantOrDate) into
// from and to; a bad value, one outside the supported range (shared/Instant.h),
// or to before from, is answered with a 400.
std::optional<HttpResponse> readTimeRange(const RequestContext &context, QDateTime &from, QDateTime &to);
// Positive-id query parameters, each into its target; a bad one is a 400.
std::optional<HttpResponse> readIds(const RequestContext &context,
                                    std::initializer_list<std::pair<QString, qint64 *>> ids);

} // namespace hms::server::apisupport
