#pragma once

#include <QDialog>
#include <QHash>
#include <QList>

class QButtonGroup;

namespace hms::client {

// One editable field as the user has it and as the server has it now, in words.
struct MergeField
{
    QString key;
    QString label;
    QString mine;
    QString server;
};

// Someone saved the same record first (412). Shows, field by field, what the
// user typed beside what is now on the server, and lets them pick per field.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(const QList<MergeField> &fields, int serverVersion, QWidget *parent = nullptr);

    QStringList conflictingFields() const { return m_conflicts; }
    // Whether the user keeps their own value of this field (true for a field without conflict).
    bool keepsMine(const QString &key) const;
    // For tests and keyboard users: choose a side for one field.
    void choose(const QString &field, bool keepMine);

private:
    QStringList m_conflicts;
    QHash<QString, QButtonGroup *> m_choices;
};

} // namespace hms::client
