#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Small conversions shared by the domain types' JSON mapping.
namespace hms::json {

// An optional text: null when empty.
inline QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// An optional id: null when not set (0).
inline QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

// A text member, or a null QString when absent or not a string.
inline QString text(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

} // namespace hms::json
