#include "ClientSettings.h"

#include "Translations.h"

#include <QSettings>
#include <algorithm>

namespace hms::client {

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString IdleLockKey = QStringLiteral("security/idle_lock_minutes");
const QString ServerKey = QStringLiteral("server/url");
const QString UsernameKey = QStringLiteral("login/username");
} // namespace

ClientSettings ClientSettings::load()
{
    const QSettings settings;
    ClientSettings s;
    const QString language = settings.value(LanguageKey).toString();
    s.language = isSupportedLanguage(language) ? language : QStringLiteral("en");
    bool ok = false;
    const int minutes = settings.value(IdleLockKey, DefaultIdleLockMinutes).toInt(&ok);
    s.idleLockMinutes = ok && minutes >= 1 ? minutes : DefaultIdleLockMinutes;
    s.server = QUrl(settings.value(ServerKey).toString());
    return s;
}

void ClientSettings::save() const
{
    QSettings settings;
    settings.setValue(LanguageKey, language);
    settings.setValue(IdleLockKey, idleLockMinutes);
    if (server.isValid() && !server.isEmpty())
        settings.setValue(ServerKey, server.toString());
}

QString ClientSettings::lastUsername()
{
    return QSettings().value(UsernameKey).toString();
}

void ClientSettings::rememberSignIn(const QUrl &server, const QString &username)
{
    QSettings settings;
    settings.setValue(ServerKey, server.toString());
    settings.setValue(UsernameKey, username);
}

int effectiveIdleLockMinutes(int chosen, int sessionLimit)
{
    return std::clamp(chosen, 1, std::max(1, sessionLimit));
}

} // namespace hms::client
