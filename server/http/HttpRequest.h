#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QUrl>

namespace hms::server {

enum class Method { Unknown, Get, Head, Post, Put, Patch, Delete, Options };

// The method named by a request line (case-sensitive, as RFC 9110 says);
// Unknown for anything else.
Method methodFromName(QByteArrayView name);
QByteArray methodName(Method method);

// One complete request as the HTTP layer received it: framing already
// checked, body already within its limit.
struct HttpRequest
{
    Method method = Method::Unknown;
    QUrl url; // the request target, path and query still percent-encoded
    QHostAddress remoteAddress;
    QList<QPair<QByteArray, QByteArray>> headers; // in arrival order
    QByteArray body;

    // The first header of that name (case-insensitive); empty when absent.
    QByteArray value(QByteArrayView name) const;
};

} // namespace hms::server
