#pragma once

#include "ListTab.h"
#include "shared/Role.h"

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace hms::client {

class DataTable;
class PatientTableModel;

// Search-as-you-type over all patients, page by page as the user scrolls; add,
// edit, archive (admins); details with upcoming appointments and, for doctors,
// records.
class PatientsTab : public ListTab
{
    Q_OBJECT

public:
    PatientsTab(ApiClient &api, Role role, QWidget *parent = nullptr);

    PatientTableModel *model() const { return m_model; }
    DataTable *table() const { return m_table; }
    void focusSearch();
    void addPatient();
    void editPatient();
    void archivePatient();
    void refresh();
    std::optional<Patient> selectedPatient() const;
    // Finds the patient by their MRN, selects them and shows their details.
    void showPatient(qint64 patientId);
    QListWidget *upcomingAppointments() const { return m_appointments; }

private:
    void search();
    void showDetails();

    Role m_role;
    PatientTableModel *m_model;
    QLineEdit *m_search;
    DataTable *m_table;
    QLabel *m_details;
    QListWidget *m_appointments;
    QListWidget *m_records;
    QPushButton *m_edit;
    QPushButton *m_archive;
    QTimer *m_debounce;
    qint64 m_shownId = 0;
    // Counts the details shown: an answer for an earlier showing is dropped,
    // even one for the same patient (deselected and selected again).
    quint64 m_detailsShown = 0;
};

} // namespace hms::client
