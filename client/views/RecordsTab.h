#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QWidget>

class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace hms::client {

class ApiClient;
class PatientPicker;
class RecordTableModel;

// Write a medical record or amend one's own, with If-Match and merge on 412.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    RecordDialog(ApiClient &api, qint64 patientId, const QJsonObject &record, QWidget *parent = nullptr);
    void save();
    QJsonObject formValues() const;
    QString problem() const;

Q_SIGNALS:
    void mergeOffered(QDialog *dialog);

private:
    void setFormValues(const QJsonObject &record);
    void validate();

    ApiClient &m_api;
    qint64 m_patientId;
    qint64 m_id;
    int m_version;
    QPlainTextEdit *m_diagnosis;
    QPlainTextEdit *m_prescription;
    QPlainTextEdit *m_notes;
    QDateEdit *m_date;
    QLabel *m_problem;
    QPushButton *m_save;
};

// A doctor's view of a patient's records, newest first: add, amend own, history.
class RecordsTab : public QWidget
{
    Q_OBJECT

public:
    RecordsTab(ApiClient &api, qint64 myUserId, QWidget *parent = nullptr);

    PatientPicker *picker() const { return m_picker; }
    RecordTableModel *model() const { return m_model; }
    void addRecord();
    void amendRecord();
    void showHistory();
    void selectRow(int row);

Q_SIGNALS:
    void notify(const QString &message, bool error);
    void dialogOpened(QDialog *dialog);

private:
    void updateActions();

    ApiClient &m_api;
    qint64 m_me;
    qint64 m_patientId = 0;
    PatientPicker *m_picker;
    RecordTableModel *m_model;
    QTableView *m_table;
    QLabel *m_title;
    QPushButton *m_add;
    QPushButton *m_amend;
    QPushButton *m_history;
};

} // namespace hms::client
