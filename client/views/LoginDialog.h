#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hms::client {

class ApiClient;

// Sign-in: server URL and username are remembered, the password never is.
// In lock mode the server and user are fixed and only the password is asked.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { SignIn, Unlock };
    LoginDialog(ApiClient &api, Mode mode, QWidget *parent = nullptr);

    void setUsername(const QString &username);
    QString username() const;

private:
    void submit();
    void showError(const QString &message);

    ApiClient &m_api;
    Mode m_mode;
    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_submit;
};

} // namespace hms::client
