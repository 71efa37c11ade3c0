#pragma once

#include "api/ClinicApi.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;

namespace hms::client {

class DataTable;
class PatientTableModel;

// The records tab's choice of patient: search as you type (name, MRN, phone,
// email; debounced) over every matching patient, loaded page by page as the
// list scrolls, as on the Patients tab. Choosing a row emits patientChosen.
class RecordPatientList : public QWidget
{
    Q_OBJECT

public:
    RecordPatientList(ApiClient &api, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    DataTable *table() const { return m_table; }
    PatientTableModel *model() const { return m_model; }
    // Rows loaded so far.
    int resultCount() const;
    void choose(int row);
    Patient chosen() const { return m_chosen; }
    // Shows `patient` as the one chosen (selected when listed) without emitting.
    void showChosen(const Patient &patient);
    void reload();
    // Searches for `text` at once, as if typed.
    void setQuery(const QString &text);

Q_SIGNALS:
    void patientChosen(const hms::Patient &patient);
    void resultsShown(); // a page of matching patients arrived

private:
    void search();
    void onSelected();

    QLineEdit *m_search;
    PatientTableModel *m_model;
    DataTable *m_table;
    QTimer *m_debounce;
    Patient m_chosen;
};

} // namespace hms::client
