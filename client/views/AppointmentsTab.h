#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace hms::client {

class ApiClient;
class AppointmentTableModel;

// A day (or week) of appointments, for one doctor or all, of any or one
// status, in time order; book, reschedule, and move through the status
// machine (only the moves it allows are offered).
class AppointmentsTab : public QWidget
{
    Q_OBJECT

public:
    AppointmentsTab(ApiClient &api, QWidget *parent = nullptr);

    AppointmentTableModel *model() const { return m_model; }
    void setDay(const QDate &day);
    QDate day() const;
    void setDoctorFilter(qint64 doctorId);
    void setStatusFilter(const QString &status);
    void setSpanDays(int days);
    void book();
    void reschedule();
    void refresh();
    void selectRow(int row);
    QJsonObject selected() const;
    QPushButton *statusButton(const QString &status) const { return m_statusButtons.value(status); }
    const QJsonArray &doctors() const { return m_doctors; }

Q_SIGNALS:
    void notify(const QString &message, bool error);
    void dialogOpened(QDialog *dialog);
    void doctorsLoaded();

private:
    void updateActions();
    void move(const QString &status);

    ApiClient &m_api;
    AppointmentTableModel *m_model;
    QDateEdit *m_date;
    QComboBox *m_doctor;
    QComboBox *m_span; // a day or a week from the chosen day
    QComboBox *m_status;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_reschedule;
    QHash<QString, QPushButton *> m_statusButtons;
    QJsonArray m_doctors;
};

} // namespace hms::client
