#pragma once

#include "shared/Role.h"

#include <QJsonObject>
#include <QMainWindow>

class QLabel;
class QProgressBar;
class QTabWidget;
class QTimer;

namespace hms::client {

class AdminTab;
class ApiClient;
class AppointmentsTab;
class DashboardTab;
class PatientsTab;
class RecordsTab;

// The signed-in workspace: tabs for what the role may do, a status bar with
// the server's state, round trip, user and last refresh, a banner while the
// server is unreachable, and a lock after a period without activity.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ApiClient &api, const QJsonObject &user, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTabWidget *tabs() const { return m_tabs; }
    QStringList tabNames() const;
    PatientsTab *patientsTab() const { return m_patients; }
    AppointmentsTab *appointmentsTab() const { return m_appointments; }
    RecordsTab *recordsTab() const { return m_records; }
    AdminTab *adminTab() const { return m_admin; }
    DashboardTab *dashboardTab() const { return m_dashboard; }
    bool isLocked() const { return m_locked; }
    void setIdleLockSeconds(int seconds);
    void lock(const QString &reason = {});
    void checkServer();

Q_SIGNALS:
    void signOutRequested();
    void lockShown(QDialog *dialog); // for tests

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void notify(const QString &message, bool error);
    void setReachable(bool reachable);
    void refreshCurrent();

    ApiClient &m_api;
    QJsonObject m_user;
    Role m_role;
    QTabWidget *m_tabs;
    QLabel *m_banner;
    QLabel *m_notice;
    QLabel *m_serverState;
    QLabel *m_roundTrip;
    QLabel *m_lastRefresh;
    QProgressBar *m_busy;
    QTimer *m_idle;
    QTimer *m_health;
    QTimer *m_noticeTimer;
    DashboardTab *m_dashboard = nullptr;
    PatientsTab *m_patients = nullptr;
    AppointmentsTab *m_appointments = nullptr;
    RecordsTab *m_records = nullptr;
    AdminTab *m_admin = nullptr;
    bool m_locked = false;
};

} // namespace hms::client
