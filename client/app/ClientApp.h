#pragma once

#include "shared/User.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>

class QTimer;

namespace hms::client {

class ApiClient;
class MainWindow;

// The application's life: sign in, the workspace, sign out and back.
class ClientApp : public QObject
{
    Q_OBJECT

public:
    explicit ClientApp(const QUrl &server, QObject *parent = nullptr);
    ~ClientApp() override;

    ApiClient &api() { return *m_api; }
    MainWindow *window() const { return m_window.get(); }
    // Shows the sign-in dialog; returns false when the user cancels.
    bool signIn();
    // Non-interactive sign-in (screenshots): opens the workspace on success.
    void signInAs(const QString &username, const QString &password, std::function<void(bool)> done);

private:
    void openWorkspace(const User &user);
    void signOut();

    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<MainWindow> m_window;
    QTimer *m_signOut; // back to sign-in once the window's event handling is over
    QUrl m_nextServer; // chosen in Settings while signed in
};

// The one look of the application, set once at start: Fusion with the
// application's palette and a small style sheet that leaves Fusion to draw
// focus frames, drop-downs and spin-box arrows.
void applyStyle();

} // namespace hms::client
