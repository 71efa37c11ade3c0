#pragma once

#include "shared/Role.h"
#include "shared/User.h"

#include <QMainWindow>
#include <QTime>
#include <QUrl>

class QAction;
class QDialog;
class QLabel;
class QMenu;
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
class SessionLock;

// The signed-in workspace: tabs for what the role may do, a status bar with
// notices, the server's state, round trip, user and last refresh, a banner
// while the server is unreachable, Settings, and the lock (SessionLock).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ApiClient &api, const User &user, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTabWidget *tabs() const { return m_tabs; }
    QStringList tabNames() const;
    // Stable names of the tabs in any language ("patients", "medical-records", ...).
    QStringList tabKeys() const;
    PatientsTab *patientsTab() const { return m_patients; }
    AppointmentsTab *appointmentsTab() const { return m_appointments; }
    RecordsTab *recordsTab() const { return m_records; }
    AdminTab *adminTab() const { return m_admin; }
    DashboardTab *dashboardTab() const { return m_dashboard; }
    bool isLocked() const;
    void setIdleLockSeconds(int seconds);
    int idleLockSeconds() const;
    // The most minutes the idle lock may be set to: what the server announces
    // for idle sessions, else ClientSettings::FallbackSessionIdleMinutes.
    int idleLockLimitMinutes() const { return m_idleLimitMinutes; }
    void lock(const QString &reason = {});
    void checkServer();
    void openSettings();
    // A short message in the status bar that goes away by itself; never moves the workspace.
    void notify(const QString &message, bool error);
    // A patient's chart: the Medical records workspace on them for a doctor,
    // else the Patients workspace with them selected and their details shown.
    void openPatientChart(qint64 patientId);

Q_SIGNALS:
    void signOutRequested();
    void serverChosen(const QUrl &server); // in Settings, for the next sign-in
    void lockShown(QDialog *dialog); // for tests
    void settingsShown(QDialog *dialog); // for tests
    void idleLockLimitKnown(int minutes); // for tests: the server's answer arrived

protected:
    void changeEvent(QEvent *event) override;

private:
    void setReachable(bool reachable);
    void refreshCurrent();
    void retranslate();
    void applyIdleLock();
    void showServerState();

    ApiClient &m_api;
    User m_user;
    Role m_role;
    QTabWidget *m_tabs;
    QLabel *m_banner;
    QLabel *m_notice;
    QLabel *m_serverState;
    QLabel *m_roundTrip;
    QLabel *m_lastRefresh;
    QLabel *m_who;
    QProgressBar *m_busy;
    QTimer *m_health;
    QTimer *m_noticeTimer;
    SessionLock *m_lock;
    QMenu *m_sessionMenu = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_signOutAction = nullptr;
    DashboardTab *m_dashboard = nullptr;
    PatientsTab *m_patients = nullptr;
    AppointmentsTab *m_appointments = nullptr;
    RecordsTab *m_records = nullptr;
    AdminTab *m_admin = nullptr;
    int m_idleLimitMinutes;
    int m_idleLockSecondsOverride = 0; // set by setIdleLockSeconds, wins over the settings
    enum class ServerState {
        Unknown,
        Ready,
        Unreachable,
        NotReady
    } m_serverStateValue = ServerState::Unknown;
    QTime m_refreshedAt;
};

} // namespace hms::client
