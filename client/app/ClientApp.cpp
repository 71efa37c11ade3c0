#include "ClientApp.h"

#include "api/ApiClient.h"
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
{
    m_api->setServer(server);
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
        openWorkspace(user);
    return accepted;
}

void ClientApp::signInAs(const QString &username, const QString &password, std::function<void(bool)> done)
{
    m_api->login(username, password, this, [this, done = std::move(done)](const ApiResult &result) {
        if (result.ok())
            openWorkspace(result.json.value(QStringLiteral("user")).toObject());
        done(result.ok());
    });
}

void ClientApp::openWorkspace(const QJsonObject &user)
{
    m_window = std::make_unique<MainWindow>(*m_api, user);
    connect(m_window.get(), &MainWindow::signOutRequested, this, [this] {
        // Back to the sign-in dialog once the window's event handling is over.
        // Qt deletes the slot object that singleShot allocates, which the analyzer does not see.
        // NOLINTNEXTLINE(clang-analyzer-cplusplus.NewDeleteLeaks)
        QTimer::singleShot(0, this, [this] {
            m_window.reset();
            if (!signIn())
                QApplication::quit();
        });
    });
    m_window->show();
}

void applyStyle()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Window, QColor(0xf8fafc));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf1f5f9));
    palette.setColor(QPalette::Highlight, QColor(0x2563eb));
    palette.setColor(QPalette::Button, QColor(0xffffff));
    palette.setColor(QPalette::Text, QColor(0x0f172a));
    palette.setColor(QPalette::WindowText, QColor(0x0f172a));
    QApplication::setPalette(palette);
    qApp->setStyleSheet(QStringLiteral(
        "QPushButton { padding: 5px 12px; border: 1px solid #cbd5e1; border-radius: 6px; background: white; }"
        "QPushButton:hover { background: #f1f5f9; }"
        "QPushButton:default { background: #2563eb; color: white; border-color: #1d4ed8; }"
        "QPushButton:disabled { color: #94a3b8; }"
        "QLineEdit, QComboBox, QDateEdit, QDateTimeEdit, QSpinBox, QPlainTextEdit { padding: 4px 6px; "
        "border: 1px solid #cbd5e1; border-radius: 6px; background: white; }"
        "QTableView { border: 1px solid #e2e8f0; gridline-color: #e2e8f0; selection-background-color: "
        "#dbeafe; "
        "selection-color: #0f172a; }"
        "QHeaderView::section { background: #f1f5f9; border: none; border-bottom: 1px solid #e2e8f0; "
        "padding: 6px; "
        "font-weight: 600; color: #334155; }"
        "QTabBar::tab { padding: 8px 16px; }"
        "QTabBar::tab:selected { color: #1d4ed8; }"
        "QStatusBar { background: #f1f5f9; color: #334155; }"));
}

} // namespace hms::client
