#pragma once

#include "EditDialog.h"
#include "api/ClinicApi.h"

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace hms::client {

class PatientPicker;

// Book (or reschedule) an appointment: patient picker, doctor, local date and
// time, duration, reason. A conflict explains which booking is in the way.
class AppointmentDialog : public EditDialog
{
    Q_OBJECT

public:
    // `appointment` with id 0 books a new one.
    AppointmentDialog(ApiClient &api, const QList<User> &doctors, const Appointment &appointment,
                      QWidget *parent = nullptr);

    PatientPicker *picker() const { return m_picker; }
    void setStart(const QDateTime &local);
    void setDoctor(qint64 id);
    QString conflictText() const { return message(); }
    void save();
    Appointment saved() const { return m_saved; }

Q_SIGNALS:
    // Save on a reschedule that changes nothing: no request is sent and the dialog closes.
    void nothingChanged();

private:
    Appointment formValues() const;
    void validate();
    bool changed() const;

    ClinicApi m_api;
    Appointment m_original;
    PatientPicker *m_picker = nullptr;
    QLabel *m_patientLabel;
    QComboBox *m_doctor;
    QDateTimeEdit *m_start;
    QSpinBox *m_duration;
    QLineEdit *m_reason;
    Appointment m_saved;
};

} // namespace hms::client
