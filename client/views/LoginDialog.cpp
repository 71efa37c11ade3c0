#include "LoginDialog.h"

#include "SettingsDialog.h"
#include "api/ApiClient.h"
#include "app/ClientSettings.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace hms::client {

LoginDialog::LoginDialog(ApiClient &api, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_mode(mode)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_server(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_submit(new QPushButton(this))
    , m_other(new QPushButton(this))
    , m_form(new QFormLayout)
{
    setObjectName(mode == Mode::SignIn ? QStringLiteral("loginDialog") : QStringLiteral("lockDialog"));
    setMinimumWidth(420);

    m_title->setStyleSheet(QStringLiteral("font-size: 18pt; font-weight: 600;"));
    m_subtitle->setWordWrap(true);

    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setText(api.server().toString());
    m_server->setEnabled(mode == Mode::SignIn);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setText(ClientSettings::lastUsername());
    m_username->setEnabled(mode == Mode::SignIn);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->hide();

    for (QLineEdit *edit : {m_server, m_username, m_password}) {
        auto *label = new QLabel(this);
        label->setBuddy(edit);
        m_form->addRow(label, edit);
    }

    m_submit->setObjectName(QStringLiteral("signInButton"));
    m_submit->setIcon(QIcon(mode == Mode::SignIn ? QStringLiteral(":/icons/log-in.svg")
                                                 : QStringLiteral(":/icons/lock.svg")));
    m_submit->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_submit, QDialogButtonBox::AcceptRole);
    connect(m_submit, &QPushButton::clicked, this, &LoginDialog::submit);
    if (mode == Mode::SignIn) {
        m_other->setObjectName(QStringLiteral("cancelButton"));
        buttons->addButton(m_other, QDialogButtonBox::RejectRole);
        connect(m_other, &QPushButton::clicked, this, &QDialog::reject);
        m_settings = new QPushButton(this);
        m_settings->setObjectName(QStringLiteral("settingsButton"));
        buttons->addButton(m_settings, QDialogButtonBox::ResetRole);
        connect(m_settings, &QPushButton::clicked, this, &LoginDialog::openSettings);
    } else {
        m_other->setObjectName(QStringLiteral("signOutButton"));
        m_other->setIcon(QIcon(QStringLiteral(":/icons/log-out.svg")));
        buttons->addButton(m_other, QDialogButtonBox::DestructiveRole);
        connect(m_other, &QPushButton::clicked, this, &LoginDialog::askToSignOut);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    retranslate();
    (m_username->text().isEmpty() ? m_username : m_password)->setFocus();
}

void LoginDialog::retranslate()
{
    const bool signIn = m_mode == Mode::SignIn;
    setWindowTitle(signIn ? tr("Sign in to HMS") : tr("HMS is locked"));
    m_title->setText(signIn ? tr("Welcome to HMS") : tr("Session locked"));
    m_subtitle->setText(!m_reason.isEmpty() ? m_reason
                            : signIn        ? tr("Sign in with your staff account.")
                                            : tr("HMS locked itself to keep patient data private. Your open "
                                                        "work is kept; enter your password to continue."));
    m_server->setAccessibleName(tr("Server address"));
    m_username->setAccessibleName(tr("Username"));
    m_password->setAccessibleName(tr("Password"));
    const QStringList labels{tr("&Server"), tr("&Username"), tr("&Password")};
    for (int row = 0; row < labels.size(); ++row) {
        if (auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setText(labels[row]);
    }
    m_submit->setText(signIn ? tr("Sign in") : tr("Unlock"));
    m_other->setText(signIn ? tr("Cancel") : tr("Sign out…"));
    if (m_settings)
        m_settings->setText(tr("Se&ttings…"));
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    if (!username.isEmpty())
        m_password->setFocus();
}

QString LoginDialog::username() const
{
    return m_username->text().trimmed();
}

void LoginDialog::setReason(const QString &reason)
{
    m_reason = reason;
    retranslate();
}

void LoginDialog::reject()
{
    // Escape or closing the window must not throw away open work: a locked
    // session stays locked until unlocked or signed out on purpose.
    if (m_mode == Mode::Unlock)
        return;
    QDialog::reject();
}

void LoginDialog::askToSignOut()
{
    auto *question = new QMessageBox(QMessageBox::Warning, tr("Sign out"),
                                     tr("Sign out of HMS? Anything not yet saved in open windows is lost."),
                                     QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("signOutQuestion"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = question->addButton(tr("Sign out"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmSignOutButton"));
    QPushButton *stay = question->addButton(tr("Stay signed in"), QMessageBox::RejectRole);
    stay->setObjectName(QStringLiteral("staySignedInButton"));
    question->setDefaultButton(stay);
    question->setEscapeButton(stay);
    connect(question, &QMessageBox::buttonClicked, this, [this, confirm](QAbstractButton *button) {
        if (button == confirm)
            Q_EMIT signOutConfirmed();
    });
    question->open();
    Q_EMIT signOutQuestionShown(question);
}

void LoginDialog::openSettings()
{
    ClientSettings current = ClientSettings::load();
    current.server = QUrl::fromUserInput(m_server->text().trimmed());
    // Not signed in yet, the server's idle limit is unknown: its default bounds the lock.
    auto *dialog = new SettingsDialog(current, ClientSettings::FallbackSessionIdleMinutes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, this, [this](const ClientSettings &settings) {
        if (settings.server.isValid() && !settings.server.isEmpty())
            m_server->setText(settings.server.toString());
    });
    dialog->open();
    Q_EMIT settingsShown(dialog);
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
            ClientSettings::rememberSignIn(server, username());
            m_password->clear();
            Q_EMIT passwordAccepted();
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
