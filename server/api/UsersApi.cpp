#include "UsersApi.h"

#include "ApiSupport.h"
#include "audit/AuditTrail.h"
#include "services/StaffService.h"
#include "shared/ApiPaths.h"
#include "shared/ChangeReason.h"
#include "storage/Cursor.h"

namespace hms::server {

using namespace apisupport;

UsersApi::UsersApi(StaffService &staff, AuditTrail &audit)
    : m_staff(staff)
    , m_audit(audit)
{}

HttpResponse UsersApi::list(RequestContext &context)
{
    const auto users = m_staff.list(context.caller());
    if (!users)
        return problemFor(users.error());
    QJsonArray items;
    for (const User &user : users.value())
        items.append(user.toJson());
    return HttpResponse::json(
        {{QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), QJsonValue::Null}});
}

HttpResponse UsersApi::create(RequestContext &context)
{
    const QJsonObject &body = context.body;
    ValidationErrors types;
    for (const char *field : {"username", "full_name", "role", "password"}) {
        const QString name = QString::fromLatin1(field);
        if (!body.value(name).isString())
            types.add(name, QStringLiteral("is required"));
    }
    // A new account is active: it has no deactivation reason to give.
    QString noReason;
    reason::read(body, QStringLiteral("deactivation_reason"), reason::Need::Refused,
                 QStringLiteral("only given when deactivating"), noReason, types);
    if (!types.isEmpty())
        return problemFor(ServiceError::validation(types));
    return createdResponse(m_staff.create(context.caller(),
                                          NewUser{body.value(QStringLiteral("username")).toString(),
                                                  body.value(QStringLiteral("full_name")).toString(),
                                                  body.value(QStringLiteral("role")).toString(),
                                                  body.value(QStringLiteral("password")).toString()}),
                           api::Users);
}

HttpResponse UsersApi::get(RequestContext &context)
{
    return resourceResponse(m_staff.get(context.caller(), context.id()));
}

HttpResponse UsersApi::update(RequestContext &context)
{
    return resourceResponse(
        m_staff.update(context.caller(), context.id(), context.body, context.ifMatchVersion()));
}

HttpResponse UsersApi::resetPassword(RequestContext &context)
{
    const QJsonValue password = context.body.value(QStringLiteral("new_password"));
    if (!password.isString())
        return problemFor(
            ServiceError::validation(QStringLiteral("new_password"), QStringLiteral("is required")));
    return emptyResponse(m_staff.resetPassword(context.caller(), context.id(), password.toString()));
}

HttpResponse UsersApi::audit(RequestContext &context)
{
    const auto page = pageRequest(context);
    if (!page)
        return problemFor(page.error());
    AuditFilter filter;
    if (auto refused = readIds(
            context,
            {{QStringLiteral("user_id"), &filter.userId}, {QStringLiteral("patient_id"), &filter.patientId}}))
        return *refused;
    filter.action = context.queryValue(QStringLiteral("action"));
    if (auto refused = readTimeRange(context, filter.from, filter.to))
        return *refused;
    std::optional<QJsonArray> after;
    if (!page.value().cursor.isEmpty()) {
        after = cursor::decode(page.value().cursor, AuditTrail::CursorKeySize);
        if (!after || !after->at(0).isDouble())
            return problem(400, QStringLiteral("The cursor is not valid for this list."));
    }
    const auto entries = m_audit.list(filter, page.value(), after);
    if (!entries)
        return problemFor(ServiceError::fromStorage(entries.error()));
    return HttpResponse::json(pageJson(entries.value()));
}

} // namespace hms::server
