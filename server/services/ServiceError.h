#pragma once

#include "shared/Result.h"
#include "shared/ValidationErrors.h"
#include "storage/StorageError.h"

#include <QJsonObject>
#include <QString>
#include <variant>

namespace hms::server {

// Why a service refused or failed; the HTTP layer maps each kind to one
// problem type in one place (http/Problem.cpp).
struct ServiceError
{
    enum class Kind {
        BadRequest,
        Unauthorized,
        Forbidden,
        NotFound,
        Conflict,
        PreconditionFailed,
        Validation,
        RateLimited,
        Unavailable,
        Internal,
    };
    Kind kind = Kind::Internal;
    QString detail;
    ValidationErrors errors;
    QJsonObject extra; // merged into the problem body, e.g. conflicting_id, current
    int retryAfterSeconds = 0;

    static ServiceError badRequest(const QString &detail) { return {Kind::BadRequest, detail, {}, {}, 0}; }
    static ServiceError notFound(const QString &detail) { return {Kind::NotFound, detail, {}, {}, 0}; }
    static ServiceError forbidden(const QString &detail) { return {Kind::Forbidden, detail, {}, {}, 0}; }
    static ServiceError unauthorized(const QString &detail)
    {
        return {Kind::Unauthorized, detail, {}, {}, 0};
    }
    static ServiceError rateLimited(int retryAfterSeconds)
    {
        return {Kind::RateLimited,
                QStringLiteral("Too many failed sign-ins; wait before trying again."),
                {},
                {},
                retryAfterSeconds};
    }
    static ServiceError conflict(const QString &detail, const QJsonObject &extra = {})
    {
        return {Kind::Conflict, detail, {}, extra, 0};
    }
    static ServiceError validation(const ValidationErrors &errors)
    {
        return {Kind::Validation, QStringLiteral("The request has invalid fields."), errors, {}, 0};
    }
    static ServiceError validation(const QString &field, const QString &message)
    {
        ValidationErrors errors;
        errors.add(field, message);
        return validation(errors);
    }
    static ServiceError preconditionFailed(const QJsonObject &current)
    {
        return {
            Kind::PreconditionFailed,
            QStringLiteral("The resource has changed since it was read; the current version is included."),
            {},
            {{QStringLiteral("current"), current}},
            0};
    }
    // A storage failure: the cause goes to the log, never into the response.
    static ServiceError fromStorage(const StorageError &error);
};

template<typename T> using Outcome = Result<T, ServiceError>;
using Done = std::monostate;

} // namespace hms::server
