#pragma once

#include "shared/ValidationErrors.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace hms::client {

// The outcome of one API call, already decoded: the UI never sees a QNetworkReply.
struct ApiResult
{
    int status = 0; // 0: no HTTP answer (network, TLS, timeout)
    QJsonObject json;
    int version = 0; // from ETag
    QString problemType; // e.g. "validation", "conflict"
    QString message; // a sentence for the user
    ValidationErrors fieldErrors;
    int retryAfterSeconds = 0;
    int roundTripMs = 0;

    bool ok() const { return status >= 200 && status < 300; }
    bool isNetworkError() const { return status == 0; }
    QJsonArray items() const { return json.value(QStringLiteral("items")).toArray(); }
};

} // namespace hms::client
