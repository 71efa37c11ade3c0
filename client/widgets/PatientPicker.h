#pragma once

#include "api/ClinicApi.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QTimer;

namespace hms::client {

// Search-as-you-type over patients (debounced); picking one emits patientChosen.
class PatientPicker : public QWidget
{
    Q_OBJECT

public:
    PatientPicker(ApiClient &api, QWidget *parent = nullptr);

    Patient chosen() const { return m_chosen; }
    void setQuery(const QString &text);
    int resultCount() const;
    void choose(int row);
    QLineEdit *searchEdit() const { return m_search; }

Q_SIGNALS:
    void patientChosen(const hms::Patient &patient);
    void resultsShown();

private:
    void search();

    ClinicApi m_api;
    QLineEdit *m_search;
    QListWidget *m_results;
    QTimer *m_debounce;
    QList<Patient> m_patients;
    Patient m_chosen;
    quint64 m_generation = 0;
};

} // namespace hms::client
