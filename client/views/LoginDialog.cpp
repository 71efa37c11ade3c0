#include "LoginDialog.h"

#include "api/ApiClient.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace hms::client {

LoginDialog::LoginDialog(ApiClient &api, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_mode(mode)
    , m_server(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_submit(new QPushButton(this))
{
    setObjectName(mode == Mode::SignIn ? QStringLiteral("loginDialog") : QStringLiteral("lockDialog"));
    setWindowTitle(mode == Mode::SignIn ? tr("Sign in to HMS") : tr("HMS is locked"));
    setMinimumWidth(420);

    auto *title = new QLabel(mode == Mode::SignIn ? tr("Welcome to HMS") : tr("Session locked"), this);
    title->setStyleSheet(QStringLiteral("font-size: 18pt; font-weight: 600; color: #0f172a;"));
    auto *subtitle =
        new QLabel(mode == Mode::SignIn
                       ? tr("Sign in with your staff account.")
                       : tr("HMS locked itself after a period without activity. Your open work is kept; "
                            "enter your password to continue."),
                   this);
    subtitle->setWordWrap(true);
    subtitle->setStyleSheet(QStringLiteral("color: #475569;"));

    QSettings settings;
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setText(api.server().toString());
    m_server->setAccessibleName(tr("Server address"));
    m_server->setEnabled(mode == Mode::SignIn);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setText(settings.value(QStringLiteral("login/username")).toString());
    m_username->setAccessibleName(tr("Username"));
    m_username->setEnabled(mode == Mode::SignIn);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Server"), m_server);
    form->addRow(tr("&Username"), m_username);
    form->addRow(tr("&Password"), m_password);

    m_submit->setObjectName(QStringLiteral("signInButton"));
    m_submit->setText(mode == Mode::SignIn ? tr("Sign in") : tr("Unlock"));
    m_submit->setIcon(QIcon(mode == Mode::SignIn ? QStringLiteral(":/icons/log-in.svg")
                                                 : QStringLiteral(":/icons/lock.svg")));
    m_submit->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_submit, QDialogButtonBox::AcceptRole);
    buttons->addButton(mode == Mode::SignIn ? QDialogButtonBox::Cancel : QDialogButtonBox::Close);
    connect(m_submit, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    (m_username->text().isEmpty() ? m_username : m_password)->setFocus();
}

void LoginDialog::setUsername(const QString &username)
{
    m_username->setText(username);
}

QString LoginDialog::username() const
{
    return m_username->text().trimmed();
}

void LoginDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_submit->setEnabled(true);
    m_password->selectAll();
    m_password->setFocus();
}

void LoginDialog::submit()
{
    const QUrl server = QUrl::fromUserInput(m_server->text().trimmed());
    if (!server.isValid() ||
        (server.scheme() != QLatin1String("http") && server.scheme() != QLatin1String("https"))) {
        showError(tr("Enter the server address, e.g. https://hms.clinic.example"));
        return;
    }
    if (username().isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Enter your username and password."));
        return;
    }
    m_api.setServer(server);
    m_submit->setEnabled(false);
    m_error->hide();
    m_api.login(username(), m_password->text(), this, [this, server](const ApiResult &result) {
        if (result.ok()) {
            QSettings settings;
            settings.setValue(QStringLiteral("server/url"), server.toString());
            settings.setValue(QStringLiteral("login/username"), username());
            m_password->clear();
            accept();
            return;
        }
        if (result.status == 401)
            showError(tr("The username or password is incorrect."));
        else if (result.status == 429)
            showError(tr("Too many failed attempts. Try again in %n second(s).", nullptr,
                         result.retryAfterSeconds));
        else if (result.isNetworkError())
            showError(result.message);
        else
            showError(tr("Sign-in failed: %1").arg(result.message));
    });
}

} // namespace hms::client
