#pragma once

#include <QJsonObject>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QTimer;

namespace hms::client {

class ApiClient;

// Search-as-you-type over patients (debounced); picking one emits patientChosen.
class PatientPicker : public QWidget
{
    Q_OBJECT

public:
    PatientPicker(ApiClient &api, QWidget *parent = nullptr);

    QJsonObject chosen() const { return m_chosen; }
    void setQuery(const QString &text);
    int resultCount() const;
    void choose(int row);
    QLineEdit *searchEdit() const { return m_search; }

Q_SIGNALS:
    void patientChosen(const QJsonObject &patient);
    void resultsShown();

private:
    void search();

    ApiClient &m_api;
    QLineEdit *m_search;
    QListWidget *m_results;
    QTimer *m_debounce;
    QList<QJsonObject> m_patients;
    QJsonObject m_chosen;
    quint64 m_generation = 0;
};

} // namespace hms::client
