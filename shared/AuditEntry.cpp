#include "AuditEntry.h"

#include "Instant.h"

namespace hms {

namespace {
QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QJsonObject AuditEntry::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("at"), formatInstant(at)},
        {QStringLiteral("user_id"), idOrNull(userId)},
        {QStringLiteral("username"), textOrNull(username)},
        {QStringLiteral("action"), action},
        {QStringLiteral("resource"), textOrNull(resource)},
        {QStringLiteral("resource_id"), idOrNull(resourceId)},
        {QStringLiteral("patient_id"), idOrNull(patientId)},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("client_address"), textOrNull(clientAddress)},
        {QStringLiteral("request_id"), textOrNull(requestId)},
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
    return e;
}

} // namespace hms
