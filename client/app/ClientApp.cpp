#include "ClientApp.h"

#include "api/ApiClient.h"
#include "api/ClinicApi.h"
#include "views/LoginDialog.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>
#include <QTimer>

namespace hms::client {

ClientApp::ClientApp(const QUrl &server, QObject *parent)
    : QObject(parent)
    , m_api(std::make_unique<ApiClient>())
    , m_signOut(new QTimer(this))
{
    m_api->setServer(server);
    m_signOut->setSingleShot(true);
    m_signOut->setInterval(0);
    connect(m_signOut, &QTimer::timeout, this, &ClientApp::signOut);
}

ClientApp::~ClientApp() = default;

bool ClientApp::signIn()
{
    QJsonObject user;
    auto connection =
        connect(m_api.get(), &ApiClient::signedIn, this, [&user](const QJsonObject &u) { user = u; });
    LoginDialog dialog(*m_api, LoginDialog::Mode::SignIn);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    disconnect(connection);
    if (accepted)
        openWorkspace(User::fromJson(user));
    return accepted;
}

void ClientApp::signInAs(const QString &username, const QString &password, std::function<void(bool)> done)
{
    m_api->login(username, password, this, [this, done = std::move(done)](const ApiResult &result) {
        if (result.ok())
            openWorkspace(Session::fromJson(result.json).user);
        done(result.ok());
    });
}

void ClientApp::openWorkspace(const User &user)
{
    m_window = std::make_unique<MainWindow>(*m_api, user);
    connect(m_window.get(), &MainWindow::signOutRequested, m_signOut, qOverload<>(&QTimer::start));
    connect(m_window.get(), &MainWindow::serverChosen, this,
            [this](const QUrl &server) { m_nextServer = server; });
    m_window->show();
}

void ClientApp::signOut()
{
    m_window.reset();
    if (m_nextServer.isValid() && !m_nextServer.isEmpty()) {
        m_api->setServer(m_nextServer);
        m_nextServer.clear();
    }
    if (!signIn())
        QApplication::quit();
}

void applyStyle()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Window, QColor(0xf8fafc));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf1f5f9));
    palette.setColor(QPalette::Button, QColor(0xf1f5f9));
    palette.setColor(QPalette::ButtonText, QColor(0x0f172a));
    palette.setColor(QPalette::Text, QColor(0x0f172a));
    palette.setColor(QPalette::WindowText, QColor(0x0f172a));
    palette.setColor(QPalette::PlaceholderText, QColor(0x64748b));
    // Fusion draws the keyboard focus frame and the selection in Highlight.
    palette.setColor(QPalette::Highlight, QColor(0x2563eb));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x1d4ed8));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x94a3b8));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x94a3b8));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x94a3b8));
    QApplication::setPalette(palette);
    // Only what Fusion's own drawing keeps: a rule on a field, a button, a
    // drop-down or a spin box would hand its whole drawing to the style
    // sheet, which then draws no focus frame, no current item and dashes for
    // arrows.
    qApp->setStyleSheet(QStringLiteral("QTableView { gridline-color: #e2e8f0; selection-background-color: "
                                       "#dbeafe; selection-color: #0f172a; }"
                                       "QStatusBar { background: #f1f5f9; color: #334155; }"));
}

} // namespace hms::client
