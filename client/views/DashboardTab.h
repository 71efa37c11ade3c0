#pragma once

#include "api/ClinicApi.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QTimer;

namespace hms::client {

class AppointmentsChart;

// Today's appointments by status, totals, and appointments per day over the
// past and coming week; refreshes itself.
class DashboardTab : public QWidget
{
    Q_OBJECT

public:
    DashboardTab(ApiClient &api, QWidget *parent = nullptr);
    void refresh();
    // The same as refresh(), under the name every workspace shares (F5).
    void reload() { refresh(); }

Q_SIGNALS:
    void refreshed();

private:
    ClinicApi m_api;
    QMap<AppointmentStatus, QLabel *> m_counts;
    QLabel *m_patients;
    QLabel *m_records;
    AppointmentsChart *m_chart;
    QTimer *m_timer;
};

} // namespace hms::client
