#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <optional>

namespace hms::server {

// What a handler answers. Problem bodies are kept as JSON until the
// dispatcher adds the request id, then everything is serialised once.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    std::optional<QJsonObject> problem;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(const QJsonObject &object, int status = 200);
    static HttpResponse noContent();
    static HttpResponse text(const QByteArray &body, const QByteArray &contentType);

    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value);
    // ETag for a versioned representation.
    HttpResponse &withVersion(int version);
    QByteArray header(const QByteArray &name) const;
};

} // namespace hms::server
