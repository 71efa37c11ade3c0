#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QList>
#include <QPair>

class QButtonGroup;

namespace hms::client {

// Someone saved the same record first (412). Shows, field by field, what the
// user typed beside what is now on the server, and lets them pick per field.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    // fields: (json key, label) of the editable fields.
    MergeDialog(const QList<QPair<QString, QString>> &fields, const QJsonObject &mine,
                const QJsonObject &server, QWidget *parent = nullptr);

    // The values to save: the server's, with the user's where they chose so.
    QJsonObject merged() const;
    QStringList conflictingFields() const { return m_conflicts; }
    // For tests and keyboard users: choose a side for one field.
    void choose(const QString &field, bool keepMine);

private:
    QJsonObject m_mine;
    QJsonObject m_server;
    QStringList m_conflicts;
    QHash<QString, QButtonGroup *> m_choices;
};

QString displayValue(const QJsonValue &value);

} // namespace hms::client
