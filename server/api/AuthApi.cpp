#include "AuthApi.h"

#include "ApiSupport.h"
#include "services/AuthService.h"
#include "shared/Instant.h"
#include "shared/Text.h"

namespace hms::server {

using namespace apisupport;

AuthApi::AuthApi(AuthService &auth)
    : m_auth(auth)
{}

HttpResponse AuthApi::login(RequestContext &context)
{
    const QJsonValue username = context.body.value(QStringLiteral("username"));
    const QJsonValue password = context.body.value(QStringLiteral("password"));
    ValidationErrors errors;
    if (!username.isString() || text::isBlank(username.toString()))
        errors.add(QStringLiteral("username"), QStringLiteral("is required"));
    else
        text::characters(errors, QStringLiteral("username"), username.toString().trimmed());
    if (!password.isString() || password.toString().isEmpty())
        errors.add(QStringLiteral("password"), QStringLiteral("is required"));
    else
        text::characters(errors, QStringLiteral("password"), password.toString());
    if (!errors.isEmpty())
        return problemFor(ServiceError::validation(errors));
    Actor who;
    who.clientAddress = context.clientAddress;
    who.requestId = context.requestId;
    const auto result = m_auth.login(username.toString(), password.toString(), who);
    if (!result)
        return problemFor(result.error());
    return HttpResponse::json({{QStringLiteral("token"), result.value().token},
                               {QStringLiteral("expires_at"), formatInstant(result.value().expiresAt)},
                               {QStringLiteral("user"), result.value().user.toJson()},
                               {QStringLiteral("session_idle_minutes"), m_auth.sessionIdleMinutes()}});
}

HttpResponse AuthApi::logout(RequestContext &context)
{
    return emptyResponse(m_auth.logout(context.caller()));
}

HttpResponse AuthApi::me(RequestContext &context)
{
    const auto user = m_auth.me(context.caller());
    if (!user)
        return problemFor(user.error());
    // The caller's user, and how long the session may stay idle.
    QJsonObject body = user.value().toJson();
    body.insert(QStringLiteral("session_idle_minutes"), m_auth.sessionIdleMinutes());
    HttpResponse response = HttpResponse::json(body);
    response.withVersion(user.value().version);
    return response;
}

HttpResponse AuthApi::changePassword(RequestContext &context)
{
    return emptyResponse(m_auth.changePassword(
        context.caller(), context.body.value(QStringLiteral("current_password")).toString(),
        context.body.value(QStringLiteral("new_password")).toString()));
}

} // namespace hms::server
