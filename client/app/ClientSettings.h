#pragma once

#include <QString>
#include <QUrl>

namespace hms::client {

// What a user can change in Settings, remembered with QSettings.
struct ClientSettings
{
    // Minutes without activity before the client locks, unless set otherwise.
    static constexpr int DefaultIdleLockMinutes = 10;
    // The server's own idle expiry when it does not announce one: a lock
    // later than that would only find the session already ended.
    static constexpr int FallbackSessionIdleMinutes = 30;

    QString language; // "en", "es", "de"
    int idleLockMinutes = DefaultIdleLockMinutes;
    QUrl server;

    static ClientSettings load();
    void save() const;

    // The username of the last sign-in on this computer (never the password).
    static QString lastUsername();
    // Remembers a successful sign-in's server and username.
    static void rememberSignIn(const QUrl &server, const QString &username);
};

// The idle lock to use: what the user chose, never beyond the session's limit.
int effectiveIdleLockMinutes(int chosen, int sessionLimit);

} // namespace hms::client
