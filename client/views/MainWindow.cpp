#include "MainWindow.h"

#include "AdminTab.h"
#include "AppointmentsTab.h"
#include "DashboardTab.h"
#include "LoginDialog.h"
#include "PatientsTab.h"
#include "RecordsTab.h"
#include "SettingsDialog.h"
#include "api/ApiClient.h"
#include "api/ClinicApi.h"
#include "app/ClientSettings.h"
#include "app/Formats.h"
#include "app/SessionLock.h"
#include "shared/Labels.h"
#include "shared/Permission.h"

#include <QAction>
#include <QEvent>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QShortcut>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace hms::client {

MainWindow::MainWindow(ApiClient &api, const User &user, QWidget *parent)
    : QMainWindow(parent)
    , m_api(api)
    , m_user(user)
    , m_role(user.role)
    , m_tabs(new QTabWidget(this))
    , m_banner(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_serverState(new QLabel(this))
    , m_roundTrip(new QLabel(this))
    , m_lastRefresh(new QLabel(this))
    , m_who(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_health(new QTimer(this))
    , m_noticeTimer(new QTimer(this))
    , m_lock(new SessionLock(api, user.username, this))
    , m_idleLimitMinutes(ClientSettings::FallbackSessionIdleMinutes)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/stethoscope.svg")));
    resize(1200, 760);

    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->setDocumentMode(true);
    const qint64 me = user.id;
    if (roleHasPermission(m_role, Permission::StatsRead)) {
        m_dashboard = new DashboardTab(api, this);
        m_tabs->addTab(m_dashboard, QIcon(QStringLiteral(":/icons/layout-dashboard.svg")), QString());
        connect(m_dashboard, &DashboardTab::refreshed, this, [this] {
            m_refreshedAt = QTime::currentTime();
            retranslate();
        });
    }
    if (roleHasPermission(m_role, Permission::PatientsRead)) {
        m_patients = new PatientsTab(api, m_role, this);
        m_tabs->addTab(m_patients, QIcon(QStringLiteral(":/icons/users.svg")), QString());
        connect(m_patients, &PatientsTab::notify, this, &MainWindow::notify);
    }
    if (roleHasPermission(m_role, Permission::AppointmentsRead)) {
        m_appointments = new AppointmentsTab(api, this);
        m_tabs->addTab(m_appointments, QIcon(QStringLiteral(":/icons/calendar-days.svg")), QString());
        connect(m_appointments, &AppointmentsTab::notify, this, &MainWindow::notify);
        connect(m_appointments, &AppointmentsTab::patientChartRequested, this, &MainWindow::openPatientChart);
        if (m_role == Role::Doctor)
            m_appointments->showDoctorDay(me);
    }
    if (roleHasPermission(m_role, Permission::RecordsRead)) {
        m_records = new RecordsTab(api, me, this);
        m_tabs->addTab(m_records, QIcon(QStringLiteral(":/icons/file-text.svg")), QString());
        connect(m_records, &RecordsTab::notify, this, &MainWindow::notify);
    }
    if (roleHasPermission(m_role, Permission::UsersManage)) {
        m_admin = new AdminTab(api, me, this);
        m_tabs->addTab(m_admin, QIcon(QStringLiteral(":/icons/shield.svg")), QString());
        connect(m_admin, &AdminTab::notify, this, &MainWindow::notify);
    }

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    // Notices and the offline banner live in the status bar, which is always
    // there at one height: neither ever moves a row under the pointer.
    m_banner->setObjectName(QStringLiteral("offlineBanner"));
    m_banner->setStyleSheet(
        QStringLiteral("background: #fef2f2; color: #991b1b; font-weight: 600; padding: 0 8px; "
                       "border: 1px solid #fecaca; border-radius: 3px;"));
    m_banner->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_banner->hide();
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setMinimumWidth(0);
    m_notice->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_serverState->setObjectName(QStringLiteral("serverState"));
    m_roundTrip->setObjectName(QStringLiteral("roundTrip"));
    m_lastRefresh->setObjectName(QStringLiteral("lastRefresh"));
    m_who->setObjectName(QStringLiteral("signedInUser"));
    m_who->setContentsMargins(0, 0, 8, 0); // not against the window's edge
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(12);
    m_busy->hide();
    statusBar()->setSizeGripEnabled(false);
    statusBar()->setFixedHeight(statusBar()->fontMetrics().height() + 14);
    statusBar()->addWidget(m_serverState);
    statusBar()->addWidget(m_banner, 2);
    statusBar()->addWidget(m_notice, 1);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_roundTrip);
    statusBar()->addPermanentWidget(m_lastRefresh);
    statusBar()->addPermanentWidget(m_who);

    m_sessionMenu = menuBar()->addMenu(QString());
    m_refreshAction = m_sessionMenu->addAction(QIcon(QStringLiteral(":/icons/refresh-cw.svg")), QString(),
                                               this, &MainWindow::refreshCurrent);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_lockAction = m_sessionMenu->addAction(QIcon(QStringLiteral(":/icons/lock.svg")), QString(), this,
                                            [this] { lock(); });
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(SessionLock::shortcut());
    m_settingsAction = m_sessionMenu->addAction(QIcon(QStringLiteral(":/icons/settings.svg")), QString(),
                                                this, &MainWindow::openSettings);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_sessionMenu->addSeparator();
    m_signOutAction =
        m_sessionMenu->addAction(QIcon(QStringLiteral(":/icons/log-out.svg")), QString(), this, [this] {
            m_api.logout();
            Q_EMIT signOutRequested();
        });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        if (m_patients) {
            m_tabs->setCurrentWidget(m_patients);
            m_patients->focusSearch();
        }
    });
    // The workspace's own "new"; nothing where there is none (the dashboard).
    auto *create = new QShortcut(QKeySequence::New, this);
    connect(create, &QShortcut::activated, this, [this] {
        QWidget *current = m_tabs->currentWidget();
        if (!current)
            return;
        if (current == m_appointments)
            m_appointments->book();
        else if (current == m_records)
            m_records->addRecord();
        else if (current == m_patients)
            m_patients->addPatient();
        else if (current == m_admin)
            m_admin->newStaff();
    });

    connect(&m_api, &ApiClient::busyChanged, m_busy, &QWidget::setVisible);
    connect(&m_api, &ApiClient::requestFinished, this,
            [this](int ms) { m_roundTrip->setText(tr("Round trip %1 ms").arg(ms)); });
    connect(&m_api, &ApiClient::reachabilityChanged, this, &MainWindow::setReachable);
    connect(&m_api, &ApiClient::sessionEnded, this,
            [this] { lock(tr("Your session ended. Enter your password to continue where you left off.")); });

    connect(m_lock, &SessionLock::locked, this, [this](QDialog *dialog) {
        centralWidget()->setVisible(false);
        Q_EMIT lockShown(dialog);
    });
    connect(m_lock, &SessionLock::unlocked, this, [this] {
        centralWidget()->setVisible(true);
        notify(tr("Welcome back."), false);
    });
    connect(m_lock, &SessionLock::signOutConfirmed, this, [this] {
        m_api.logout();
        Q_EMIT signOutRequested();
    });

    m_noticeTimer->setSingleShot(true);
    connect(m_noticeTimer, &QTimer::timeout, m_notice, &QLabel::clear);
    m_health->setInterval(10 * 1000);
    connect(m_health, &QTimer::timeout, this, &MainWindow::checkServer);
    m_health->start();
    checkServer();

    retranslate();
    applyIdleLock();
    // The server says how long it keeps an idle session; the lock cannot be set later than that.
    ClinicApi(m_api).me(this, [this](const Reply<Session> &reply) {
        if (!reply.ok())
            return;
        m_idleLimitMinutes =
            reply.value.sessionIdleMinutes.value_or(ClientSettings::FallbackSessionIdleMinutes);
        applyIdleLock();
        Q_EMIT idleLockLimitKnown(m_idleLimitMinutes);
    });
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::tabNames() const
{
    QStringList names;
    for (int i = 0; i < m_tabs->count(); ++i)
        names.append(m_tabs->tabText(i));
    return names;
}

QStringList MainWindow::tabKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QWidget *tab = m_tabs->widget(i);
        keys.append(tab == m_dashboard          ? QStringLiteral("dashboard")
                        : tab == m_patients     ? QStringLiteral("patients")
                        : tab == m_appointments ? QStringLiteral("appointments")
                        : tab == m_records      ? QStringLiteral("medical-records")
                                                : QStringLiteral("administration"));
    }
    return keys;
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("HMS — %1").arg(m_user.fullName));
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QWidget *tab = m_tabs->widget(i);
        m_tabs->setTabText(i,
                           tab == m_dashboard          ? tr("Dashboard")
                               : tab == m_patients     ? tr("Patients")
                               : tab == m_appointments ? tr("Appointments")
                               : tab == m_records      ? tr("Medical records")
                                                       : tr("Administration"));
    }
    m_banner->setText(tr("The server cannot be reached. Your work is kept; HMS reconnects by itself."));
    m_banner->setToolTip(m_banner->text());
    m_who->setText(tr("%1 · %2").arg(m_user.fullName, labels::role(m_role)));
    m_sessionMenu->setTitle(tr("&Session"));
    m_refreshAction->setText(tr("&Refresh"));
    m_lockAction->setText(tr("&Lock"));
    m_settingsAction->setText(tr("Se&ttings…"));
    m_signOutAction->setText(tr("Sign &out"));
    if (m_refreshedAt.isValid())
        m_lastRefresh->setText(tr("Updated %1").arg(formats::time(m_refreshedAt)));
    showServerState();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

bool MainWindow::isLocked() const
{
    return m_lock->isLocked();
}

void MainWindow::setIdleLockSeconds(int seconds)
{
    m_idleLockSecondsOverride = seconds;
    m_lock->setIdleSeconds(seconds);
}

int MainWindow::idleLockSeconds() const
{
    return m_lock->idleSeconds();
}

void MainWindow::applyIdleLock()
{
    if (m_idleLockSecondsOverride > 0)
        return;
    const int minutes = effectiveIdleLockMinutes(ClientSettings::load().idleLockMinutes, m_idleLimitMinutes);
    m_lock->setIdleSeconds(minutes * 60);
}

void MainWindow::lock(const QString &reason)
{
    m_lock->lock(reason);
}

void MainWindow::openSettings()
{
    ClientSettings current = ClientSettings::load();
    if (current.server.isEmpty())
        current.server = m_api.server();
    auto *dialog = new SettingsDialog(current, m_idleLimitMinutes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, this, [this](const ClientSettings &settings) {
        m_idleLockSecondsOverride = 0;
        applyIdleLock();
        if (settings.server != m_api.server())
            Q_EMIT serverChosen(settings.server);
        notify(tr("Settings saved."), false);
    });
    dialog->open();
    Q_EMIT settingsShown(dialog);
}

void MainWindow::checkServer()
{
    m_api.get(QStringLiteral("/ready"), this, [this](const ApiResult &result) {
        const bool ready = result.ok();
        m_serverStateValue = ready    ? ServerState::Ready
            : result.isNetworkError() ? ServerState::Unreachable
                                      : ServerState::NotReady;
        showServerState();
        setReachable(ready);
    });
}

void MainWindow::showServerState()
{
    switch (m_serverStateValue) {
    case ServerState::Unknown:
        m_serverState->clear();
        return;
    case ServerState::Ready:
        m_serverState->setText(tr("● Server ready"));
        break;
    case ServerState::Unreachable:
        m_serverState->setText(tr("● Server unreachable"));
        break;
    case ServerState::NotReady:
        m_serverState->setText(tr("● Server not ready"));
        break;
    }
    m_serverState->setStyleSheet(m_serverStateValue == ServerState::Ready
                                     ? QStringLiteral("color: #15803d;")
                                     : QStringLiteral("color: #b91c1c;"));
}

void MainWindow::setReachable(bool reachable)
{
    const bool wasHidden = m_banner->isHidden();
    m_banner->setVisible(!reachable);
    if (!reachable) {
        m_health->setInterval(3000); // look more often until it is back
    } else if (!wasHidden) {
        m_health->setInterval(10 * 1000);
        notify(tr("Connection restored."), false);
        refreshCurrent();
    }
}

void MainWindow::refreshCurrent()
{
    QWidget *current = m_tabs->currentWidget();
    if (current == m_dashboard)
        m_dashboard->refresh();
    else if (current == m_patients)
        m_patients->refresh();
    else if (current == m_appointments)
        m_appointments->refresh();
    else if (current == m_records)
        m_records->reload();
    else if (current == m_admin)
        m_admin->reload();
    m_refreshedAt = QTime::currentTime();
    m_lastRefresh->setText(tr("Updated %1").arg(formats::time(m_refreshedAt)));
}

void MainWindow::openPatientChart(qint64 patientId)
{
    if (m_role == Role::Doctor && m_records) {
        m_tabs->setCurrentWidget(m_records);
        m_records->showPatient(patientId);
    } else if (m_patients) {
        m_tabs->setCurrentWidget(m_patients);
        m_patients->showPatient(patientId);
    }
}

void MainWindow::notify(const QString &message, bool error)
{
    m_notice->setText(message);
    m_notice->setToolTip(message);
    m_notice->setStyleSheet(error ? QStringLiteral("color: #b91c1c; font-weight: 600;")
                                  : QStringLiteral("color: #166534;"));
    m_noticeTimer->start(error ? 8000 : 4000);
}

} // namespace hms::client
