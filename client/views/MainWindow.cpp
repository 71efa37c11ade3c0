#include "MainWindow.h"

#include "AdminTab.h"
#include "AppointmentsTab.h"
#include "DashboardTab.h"
#include "LoginDialog.h"
#include "PatientsTab.h"
#include "RecordsTab.h"
#include "api/ApiClient.h"
#include "shared/Permission.h"

#include <QApplication>
#include <QEvent>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QTabWidget>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace hms::client {

MainWindow::MainWindow(ApiClient &api, const QJsonObject &user, QWidget *parent)
    : QMainWindow(parent)
    , m_api(api)
    , m_user(user)
    , m_role(roleFromName(user.value(QStringLiteral("role")).toString()).value_or(Role::Receptionist))
    , m_tabs(new QTabWidget(this))
    , m_banner(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_serverState(new QLabel(this))
    , m_roundTrip(new QLabel(this))
    , m_lastRefresh(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_idle(new QTimer(this))
    , m_health(new QTimer(this))
    , m_noticeTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("HMS — %1").arg(user.value(QStringLiteral("full_name")).toString()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/stethoscope.svg")));
    resize(1200, 760);

    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->setDocumentMode(true);
    const qint64 me = user.value(QStringLiteral("id")).toInteger();
    if (roleHasPermission(m_role, Permission::StatsRead)) {
        m_dashboard = new DashboardTab(api, this);
        m_tabs->addTab(m_dashboard, QIcon(QStringLiteral(":/icons/layout-dashboard.svg")), tr("Dashboard"));
        connect(m_dashboard, &DashboardTab::refreshed, this, [this] {
            m_lastRefresh->setText(
                tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        });
    }
    if (roleHasPermission(m_role, Permission::PatientsRead)) {
        m_patients = new PatientsTab(api, m_role, this);
        m_tabs->addTab(m_patients, QIcon(QStringLiteral(":/icons/users.svg")), tr("Patients"));
        connect(m_patients, &PatientsTab::notify, this, &MainWindow::notify);
    }
    if (roleHasPermission(m_role, Permission::AppointmentsRead)) {
        m_appointments = new AppointmentsTab(api, this);
        m_tabs->addTab(m_appointments, QIcon(QStringLiteral(":/icons/calendar-days.svg")),
                       tr("Appointments"));
        connect(m_appointments, &AppointmentsTab::notify, this, &MainWindow::notify);
    }
    if (roleHasPermission(m_role, Permission::RecordsRead)) {
        m_records = new RecordsTab(api, me, this);
        m_tabs->addTab(m_records, QIcon(QStringLiteral(":/icons/file-text.svg")), tr("Medical records"));
        connect(m_records, &RecordsTab::notify, this, &MainWindow::notify);
    }
    if (roleHasPermission(m_role, Permission::UsersManage)) {
        m_admin = new AdminTab(api, me, this);
        m_tabs->addTab(m_admin, QIcon(QStringLiteral(":/icons/shield.svg")), tr("Administration"));
        connect(m_admin, &AdminTab::notify, this, &MainWindow::notify);
    }

    m_banner->setObjectName(QStringLiteral("offlineBanner"));
    m_banner->setText(tr("The server cannot be reached. Your work is kept; HMS reconnects by itself."));
    m_banner->setStyleSheet(QStringLiteral(
        "background: #fef2f2; color: #991b1b; padding: 8px 12px; border-bottom: 1px solid #fecaca;"));
    m_banner->hide();
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->hide();
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_serverState->setObjectName(QStringLiteral("serverState"));
    m_roundTrip->setObjectName(QStringLiteral("roundTrip"));
    m_lastRefresh->setObjectName(QStringLiteral("lastRefresh"));
    auto *who = new QLabel(
        tr("%1 · %2").arg(user.value(QStringLiteral("full_name")).toString(), roleName(m_role)), this);
    who->setObjectName(QStringLiteral("signedInUser"));
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(12);
    m_busy->hide();
    statusBar()->addWidget(m_serverState);
    statusBar()->addWidget(m_roundTrip);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_lastRefresh);
    statusBar()->addPermanentWidget(who);

    auto *menu = menuBar()->addMenu(tr("&Session"));
    QAction *refresh = menu->addAction(QIcon(QStringLiteral(":/icons/refresh-cw.svg")), tr("&Refresh"), this,
                                       &MainWindow::refreshCurrent);
    refresh->setShortcut(QKeySequence::Refresh);
    QAction *lockAction =
        menu->addAction(QIcon(QStringLiteral(":/icons/lock.svg")), tr("&Lock"), this, [this] { lock(); });
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    menu->addSeparator();
    menu->addAction(QIcon(QStringLiteral(":/icons/log-out.svg")), tr("Sign &out"), this, [this] {
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
    auto *create = new QShortcut(QKeySequence::New, this);
    connect(create, &QShortcut::activated, this, [this] {
        if (m_tabs->currentWidget() == m_appointments)
            m_appointments->book();
        else if (m_tabs->currentWidget() == m_records && m_records)
            m_records->addRecord();
        else if (m_patients) {
            m_tabs->setCurrentWidget(m_patients);
            m_patients->addPatient();
        }
    });

    connect(&m_api, &ApiClient::busyChanged, m_busy, &QWidget::setVisible);
    connect(&m_api, &ApiClient::requestFinished, this,
            [this](int ms) { m_roundTrip->setText(tr("Round trip %1 ms").arg(ms)); });
    connect(&m_api, &ApiClient::reachabilityChanged, this, &MainWindow::setReachable);
    connect(&m_api, &ApiClient::sessionEnded, this,
            [this] { lock(tr("Your session ended. Sign in again to continue.")); });

    m_noticeTimer->setSingleShot(true);
    connect(m_noticeTimer, &QTimer::timeout, m_notice, &QWidget::hide);
    m_health->setInterval(10 * 1000);
    connect(m_health, &QTimer::timeout, this, &MainWindow::checkServer);
    m_health->start();
    checkServer();

    QSettings settings;
    setIdleLockSeconds(settings.value(QStringLiteral("security/idle_lock_minutes"), 10).toInt() * 60);
    connect(m_idle, &QTimer::timeout, this, [this] { lock(); });
    qApp->installEventFilter(this);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

QStringList MainWindow::tabNames() const
{
    QStringList names;
    for (int i = 0; i < m_tabs->count(); ++i)
        names.append(m_tabs->tabText(i));
    return names;
}

void MainWindow::setIdleLockSeconds(int seconds)
{
    m_idle->setInterval(qMax(1, seconds) * 1000);
    m_idle->start();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!m_locked)
            m_idle->start();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::lock(const QString &reason)
{
    if (m_locked)
        return;
    m_locked = true;
    m_idle->stop();
    // Hide patient data while locked; every open tab and dialog keeps its state.
    centralWidget()->setVisible(false);
    auto *dialog = new LoginDialog(m_api, LoginDialog::Mode::Unlock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUsername(m_user.value(QStringLiteral("username")).toString());
    if (!reason.isEmpty())
        dialog->setWindowTitle(reason);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_locked = false;
        centralWidget()->setVisible(true);
        m_idle->start();
        notify(tr("Welcome back."), false);
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_api.logout();
        Q_EMIT signOutRequested();
    });
    dialog->open();
    Q_EMIT lockShown(dialog);
}

void MainWindow::checkServer()
{
    m_api.get(QStringLiteral("/ready"), this, [this](const ApiResult &result) {
        const bool ready = result.ok();
        m_serverState->setText(ready                         ? tr("● Server ready")
                                   : result.isNetworkError() ? tr("● Server unreachable")
                                                             : tr("● Server not ready"));
        m_serverState->setStyleSheet(ready ? QStringLiteral("color: #15803d;")
                                           : QStringLiteral("color: #b91c1c;"));
        setReachable(ready);
    });
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
    else if (current == m_admin)
        m_admin->applyAuditFilter();
    m_lastRefresh->setText(
        tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void MainWindow::notify(const QString &message, bool error)
{
    // Non-blocking: a line above the tabs that goes away by itself.
    m_notice->setText(message);
    m_notice->setStyleSheet(error
                                ? QStringLiteral("background: #fef2f2; color: #991b1b; padding: 6px 12px;")
                                : QStringLiteral("background: #f0fdf4; color: #166534; padding: 6px 12px;"));
    m_notice->show();
    m_noticeTimer->start(error ? 8000 : 4000);
}

} // namespace hms::client
