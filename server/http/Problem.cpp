#include "Problem.h"

#include <QByteArray>

namespace hms::server {

namespace {
QString problemTitle(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad request");
    case 401:
        return QStringLiteral("Authentication required");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not found");
    case 405:
        return QStringLiteral("Method not allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 412:
        return QStringLiteral("Precondition failed");
    case 413:
        return QStringLiteral("Payload too large");
    case 414:
        return QStringLiteral("Request target too long");
    case 415:
        return QStringLiteral("Unsupported media type");
    case 422:
        return QStringLiteral("Validation failed");
    case 429:
        return QStringLiteral("Too many requests");
    case 431:
        return QStringLiteral("Request header fields too large");
    case 501:
        return QStringLiteral("Not implemented");
    case 503:
        return QStringLiteral("Service unavailable");
    default:
        return QStringLiteral("Internal server error");
    }
}

int statusFor(ServiceError::Kind kind)
{
    switch (kind) {
    case ServiceError::Kind::BadRequest:
        return 400;
    case ServiceError::Kind::Unauthorized:
        return 401;
    case ServiceError::Kind::Forbidden:
        return 403;
    case ServiceError::Kind::NotFound:
        return 404;
    case ServiceError::Kind::Conflict:
        return 409;
    case ServiceError::Kind::PreconditionFailed:
        return 412;
    case ServiceError::Kind::Validation:
        return 422;
    case ServiceError::Kind::RateLimited:
        return 429;
    case ServiceError::Kind::Unavailable:
        return 503;
    case ServiceError::Kind::Internal:
        return 500;
    }
    return 500;
}
} // namespace

QString problemName(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("bad-request");
    case 401:
        return QStringLiteral("unauthorized");
    case 403:
        return QStringLiteral("forbidden");
    case 404:
        return QStringLiteral("not-found");
    case 405:
        return QStringLiteral("method-not-allowed");
    case 409:
        return QStringLiteral("conflict");
    case 412:
        return QStringLiteral("precondition-failed");
    case 413:
        return QStringLiteral("payload-too-large");
    case 414:
        return QStringLiteral("target-too-long");
    case 415:
        return QStringLiteral("unsupported-media-type");
    case 422:
        return QStringLiteral("validation");
    case 429:
        return QStringLiteral("rate-limited");
    case 431:
        return QStringLiteral("headers-too-large");
    case 501:
        return QStringLiteral("not-implemented");
    case 503:
        return QStringLiteral("unavailable");
    default:
        return QStringLiteral("internal");
    }
}

HttpResponse problem(int status, const QString &detail, const QJsonObject &extra)
{
    HttpResponse response;
    response.status = status;
    response.contentType = QByteArrayLiteral("application/problem+json");
    QJsonObject body = extra;
    body.insert(QStringLiteral("type"), QString(QStringLiteral("/problems/") + problemName(status)));
    body.insert(QStringLiteral("title"), problemTitle(status));
    body.insert(QStringLiteral("status"), status);
    body.insert(QStringLiteral("detail"), detail);
    response.problem = body;
    if (status == 401)
        response.withHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"hms\""));
    return response;
}

HttpResponse problemFor(const ServiceError &error)
{
    QJsonObject extra = error.extra;
    if (!error.errors.isEmpty())
        extra.insert(QStringLiteral("errors"), error.errors.toJson());
    HttpResponse response = problem(statusFor(error.kind), error.detail, extra);
    if (error.retryAfterSeconds > 0 && (response.status == 429 || response.status == 503))
        response.withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(error.retryAfterSeconds));
    return response;
}

} // namespace hms::server
