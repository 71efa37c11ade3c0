#pragma once

#include "HttpRequest.h"
#include "services/Actor.h"

#include <QJsonObject>
#include <QList>
#include <QUrlQuery>
#include <optional>

namespace hms::server {

// Everything a handler may know about one request: the caller (set by the
// dispatcher after authentication), path ids, query and parsed body.
struct RequestContext
{
    const HttpRequest &request;
    QString requestId;
    QString clientAddress;
    QList<qint64> pathIds;
    QUrlQuery query;
    QJsonObject body;
    std::optional<Actor> actor;

    qint64 id(qsizetype index = 0) const { return pathIds.value(index); }
    const Actor &caller() const { return *actor; }
    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    // The version named by If-Match; nullopt without one or for "*"; -1 when unparseable (never matches).
    std::optional<int> ifMatchVersion() const;
};

} // namespace hms::server
