#pragma once

#include "ListTab.h"

#include <QDate>
#include <QMap>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace hms::client {

class AppointmentTableModel;
class DataTable;

// A day (or week) of appointments, for one doctor or all, of any or one
// status, in time order; book, reschedule, and move through the status
// machine (only the moves it allows are offered).
class AppointmentsTab : public ListTab
{
    Q_OBJECT

public:
    AppointmentsTab(ApiClient &api, QWidget *parent = nullptr);

    AppointmentTableModel *model() const { return m_model; }
    DataTable *table() const { return m_table; }
    void setDay(const QDate &day);
    QDate day() const;
    void setDoctorFilter(qint64 doctorId);
    void setStatusFilter(std::optional<AppointmentStatus> status);
    void setSpanDays(int days);
    void book();
    void reschedule();
    void refresh();
    void selectRow(int row);
    std::optional<Appointment> selected() const;
    QPushButton *statusButton(AppointmentStatus status) const { return m_statusButtons.value(status); }
    const QList<User> &doctors() const { return m_doctors; }
    QString summary() const;
    // A doctor starts on their own day: this doctor's appointments, once the doctors are known.
    void showDoctorDay(qint64 doctorId);
    QLabel *details() const { return m_details; }

Q_SIGNALS:
    void doctorsLoaded();
    // Enter or a double-click on an appointment: open that patient's chart.
    void patientChartRequested(qint64 patientId);

private:
    void updateActions();
    void move(AppointmentStatus status);
    void send(const Appointment &appointment, AppointmentStatus status, const QString &reason);
    void showDetails();

    AppointmentTableModel *m_model;
    QDateEdit *m_date;
    QComboBox *m_doctor;
    QComboBox *m_span; // a day or a week from the chosen day
    QComboBox *m_status;
    DataTable *m_table;
    QPushButton *m_reschedule;
    QMap<AppointmentStatus, QPushButton *> m_statusButtons;
    QLabel *m_details;
    QList<User> m_doctors;
    qint64 m_ownDoctor = 0;
};

} // namespace hms::client
