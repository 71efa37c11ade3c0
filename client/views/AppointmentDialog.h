#pragma once

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace hms::client {

class ApiClient;
class PatientPicker;

// Book (or reschedule) an appointment: patient picker, doctor, local date and
// time, duration, reason. A conflict explains which booking is in the way.
class AppointmentDialog : public QDialog
{
    Q_OBJECT

public:
    AppointmentDialog(ApiClient &api, const QJsonArray &doctors, const QJsonObject &appointment,
                      QWidget *parent = nullptr);

    PatientPicker *picker() const { return m_picker; }
    void setStart(const QDateTime &local);
    void setDoctor(qint64 id);
    QString conflictText() const;
    void save();
    QJsonObject saved() const { return m_saved; }

private:
    QJsonObject formValues() const;
    void validate();

    ApiClient &m_api;
    qint64 m_id = 0;
    int m_version = 0;
    qint64 m_patientId = 0;
    PatientPicker *m_picker = nullptr;
    QLabel *m_patientLabel;
    QComboBox *m_doctor;
    QDateTimeEdit *m_start;
    QSpinBox *m_duration;
    QLineEdit *m_reason;
    QLabel *m_problem;
    QPushButton *m_save;
    QJsonObject m_saved;
};

} // namespace hms::client
