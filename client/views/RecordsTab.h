#pragma once

#include "EditDialog.h"
#include "ListTab.h"

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace hms::client {

class DataTable;
class RecordPatientList;
class RecordTableModel;

// Write a medical record or amend one's own, with If-Match and merge on 412.
class RecordDialog : public EditDialog
{
    Q_OBJECT

public:
    // `record` with id 0 writes a new one for `patientId`.
    RecordDialog(ApiClient &api, qint64 patientId, const MedicalRecord &record, QWidget *parent = nullptr);
    void save();
    MedicalRecord formValues() const;
    QString problem() const { return message(); }
    // Why the record is amended; null when writing a new one.
    QLineEdit *reasonEdit() const { return m_reason; }

Q_SIGNALS:
    void mergeOffered(QDialog *dialog);

private:
    void setFormValues(const MedicalRecord &record);
    void validate();

    ClinicApi m_api;
    MedicalRecord m_original;
    int m_version;
    QPlainTextEdit *m_diagnosis;
    QPlainTextEdit *m_prescription;
    QPlainTextEdit *m_notes;
    QDateEdit *m_date;
    QLineEdit *m_reason = nullptr;
};

// A doctor's view of a patient's records, newest first: add, amend own, history.
class RecordsTab : public ListTab
{
    Q_OBJECT

public:
    RecordsTab(ApiClient &api, qint64 myUserId, QWidget *parent = nullptr);

    RecordPatientList *picker() const { return m_picker; }
    RecordTableModel *model() const { return m_model; }
    DataTable *table() const { return m_table; }
    void addRecord();
    void amendRecord();
    void showHistory();
    void selectRow(int row);
    // Opens this patient's records, whether or not the list shows them.
    void showPatient(qint64 patientId);
    // Reloads the patients and the records shown, keeping the selection.
    void reload();

private:
    void setPatient(const Patient &patient);
    void updateActions();
    std::optional<MedicalRecord> selected() const;

    qint64 m_me;
    qint64 m_patientId = 0;
    RecordPatientList *m_picker;
    RecordTableModel *m_model;
    DataTable *m_table;
    QLabel *m_title;
    QPushButton *m_add;
    QPushButton *m_amend;
    QPushButton *m_history;
};

} // namespace hms::client
