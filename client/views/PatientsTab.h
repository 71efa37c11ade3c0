#pragma once

#include "shared/Role.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTimer;

namespace hms::client {

class ApiClient;
class PatientTableModel;

// Search-as-you-type over all patients, page by page as the user scrolls; add,
// edit, archive (admins); details with upcoming appointments and, for doctors,
// records.
class PatientsTab : public QWidget
{
    Q_OBJECT

public:
    PatientsTab(ApiClient &api, Role role, QWidget *parent = nullptr);

    PatientTableModel *model() const { return m_model; }
    void focusSearch();
    void addPatient();
    void editPatient();
    void archivePatient();
    void refresh();
    QJsonObject selectedPatient() const;

Q_SIGNALS:
    void notify(const QString &message, bool error);
    void dialogOpened(QDialog *dialog); // for tests

private:
    void search();
    void showDetails();

    ApiClient &m_api;
    Role m_role;
    PatientTableModel *m_model;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_details;
    QListWidget *m_appointments;
    QListWidget *m_records;
    QPushButton *m_edit;
    QPushButton *m_archive;
    QTimer *m_debounce;
};

} // namespace hms::client
