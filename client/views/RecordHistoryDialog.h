#pragma once

#include "shared/MedicalRecord.h"

#include <QDialog>
#include <QList>

class QLabel;
class QTableWidget;

namespace hms::client {

// Every version of a medical record, oldest first: when it was written, by
// whom and why, and which fields it changed. The version chosen in the list
// shows each changed field side by side, before and after, with long text
// wrapped so nothing is cut off.
class RecordHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { Version, Written, Author, Reason, Changed, ColumnCount };
    enum ChangeColumn { Field, Before, After, ChangeColumnCount };

    RecordHistoryDialog(qint64 recordId, QList<MedicalRecord> versions, QWidget *parent = nullptr);

    QTableWidget *versionsTable() const { return m_versions; }
    QTableWidget *changesTable() const { return m_changes; }
    void showVersion(int row);

private:
    QList<MedicalRecord> m_records;
    QTableWidget *m_versions;
    QLabel *m_changesTitle;
    QTableWidget *m_changes;
};

} // namespace hms::client
