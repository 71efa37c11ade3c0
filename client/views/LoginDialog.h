#pragma once

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hms::client {

class ApiClient;

// Sign-in: server URL and username are remembered, the password never is;
// Settings (language, idle lock, server) are one button away.
// In lock mode the server and user are fixed and only the password is asked.
// Esc and the window's close button leave it locked; only Sign out, once
// confirmed, gives up the open work (signOutConfirmed).
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { SignIn, Unlock };
    LoginDialog(ApiClient &api, Mode mode, QWidget *parent = nullptr);

    void setUsername(const QString &username);
    QString username() const;
    // Why the lock appeared, in place of the usual explanation (e.g. the session ended).
    void setReason(const QString &reason);

    void reject() override;

Q_SIGNALS:
    // The password was right; emitted just before the dialog closes.
    void passwordAccepted();
    void signOutConfirmed();
    void settingsShown(QDialog *dialog); // for tests: the settings dialog just opened
    void signOutQuestionShown(QDialog *question); // for tests

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void showError(const QString &message);
    void askToSignOut();
    void openSettings();
    void retranslate();

    ApiClient &m_api;
    Mode m_mode;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_submit;
    QPushButton *m_other; // Cancel when signing in, Sign out when locked
    QPushButton *m_settings = nullptr;
    QFormLayout *m_form;
    QString m_reason;
};

} // namespace hms::client
