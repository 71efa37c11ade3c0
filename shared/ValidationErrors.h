#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace hms {

// Field name -> human-readable messages; becomes the problem+json "errors" object.
class ValidationErrors
{
public:
    void add(const QString &field, const QString &message);
    void merge(const ValidationErrors &other);

    bool isEmpty() const { return m_errors.isEmpty(); }
    bool has(const QString &field) const { return m_errors.contains(field); }
    QStringList messages(const QString &field) const { return m_errors.value(field); }
    QStringList fields() const { return m_errors.keys(); }

    QJsonObject toJson() const;
    static ValidationErrors fromJson(const QJsonObject &object);

private:
    QMap<QString, QStringList> m_errors;
};

} // namespace hms
