#include "ValidationErrors.h"

#include <QJsonArray>

namespace hms {

void ValidationErrors::add(const QString &field, const QString &message)
{
    QStringList &list = m_errors[field];
    if (!list.contains(message))
        list.append(message);
}

void ValidationErrors::merge(const ValidationErrors &other)
{
    for (auto it = other.m_errors.cbegin(); it != other.m_errors.cend(); ++it) {
        for (const QString &message : it.value())
            add(it.key(), message);
    }
}

QJsonObject ValidationErrors::toJson() const
{
    QJsonObject object;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        object.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return object;
}

ValidationErrors ValidationErrors::fromJson(const QJsonObject &object)
{
    ValidationErrors errors;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonArray messages = it.value().toArray();
        for (const QJsonValue message : messages)
            errors.add(it.key(), message.toString());
    }
    return errors;
}

} // namespace hms
