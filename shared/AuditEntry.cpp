#include "AuditEntry.h"

#include "Instant.h"
#include "JsonFields.h"

namespace hms {

QJsonObject AuditEntry::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("at"), formatInstant(at)},
        {QStringLiteral("user_id"), json::idOrNull(userId)},
        {QStringLiteral("username"), json::textOrNull(username)},
        {QStringLiteral("action"), action},
        {QStringLiteral("resource"), json::textOrNull(resource)},
        {QStringLiteral("resource_id"), json::idOrNull(resourceId)},
        {QStringLiteral("patient_id"), json::idOrNull(patientId)},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("client_address"), json::textOrNull(clientAddress)},
        {QStringLiteral("request_id"), json::textOrNull(requestId)},
        {QStringLiteral("reason"), json::textOrNull(reason)},
        {QStringLiteral("patient_name"), json::textOrNull(patientName)},
    };
}

AuditEntry AuditEntry::fromJson(const QJsonObject &o)
{
    AuditEntry e;
    e.id = o.value(QStringLiteral("id")).toInteger();
    e.at = parseInstant(o.value(QStringLiteral("at")).toString()).value_or(QDateTime());
    e.userId = o.value(QStringLiteral("user_id")).toInteger();
    e.username = o.value(QStringLiteral("username")).toString();
    e.action = o.value(QStringLiteral("action")).toString();
    e.resource = o.value(QStringLiteral("resource")).toString();
    e.resourceId = o.value(QStringLiteral("resource_id")).toInteger();
    e.patientId = o.value(QStringLiteral("patient_id")).toInteger();
    e.outcome = o.value(QStringLiteral("outcome")).toString();
    e.clientAddress = o.value(QStringLiteral("client_address")).toString();
    e.requestId = o.value(QStringLiteral("request_id")).toString();
    e.reason = json::text(o, QStringLiteral("reason"));
    e.patientName = json::text(o, QStringLiteral("patient_name"));
    return e;
}

} // namespace hms
