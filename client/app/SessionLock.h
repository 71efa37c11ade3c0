#pragma once

#include <QDeadlineTimer>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QDialog;
class QTimer;
class QWidget;

namespace hms::client {

class ApiClient;
class LoginDialog;

// Locks the whole application: after a period without keyboard or mouse
// activity, on Ctrl+L from any of its windows (dialogs and message boxes
// included), or when asked (the server ended the session). While locked,
// every top-level window of the application is covered by a blank panel and
// retitled, so no patient data is on screen wherever the lock dialog is moved,
// and only the lock dialog takes input. Nothing is closed: after unlocking,
// every window is back as it was, with whatever was typed in it.
class SessionLock : public QObject
{
    Q_OBJECT

public:
    SessionLock(ApiClient &api, QString username, QWidget *window);
    ~SessionLock() override;

    static QKeySequence shortcut();

    bool isLocked() const { return m_locked; }
    void setIdleSeconds(int seconds);
    int idleSeconds() const;
    void lock(const QString &reason = {});
    LoginDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    void locked(QDialog *dialog);
    void unlocked();
    void signOutConfirmed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Covered
    {
        QPointer<QWidget> window;
        QPointer<QWidget> cover;
        QString title;
    };

    void cover(QWidget *window);
    void unlock();
    void giveBackFocus();
    bool belongsToLock(const QWidget *widget) const;

    ApiClient &m_api;
    QString m_username;
    QPointer<QWidget> m_window;
    QTimer *m_idle;
    QTimer *m_giveBackFocus;
    QDeadlineTimer m_givingBackUntil;
    QPointer<LoginDialog> m_dialog;
    QList<Covered> m_covered;
    QPointer<QWidget> m_activeWindow;
    QPointer<QWidget> m_focus;
    bool m_locked = false;
};

} // namespace hms::client
