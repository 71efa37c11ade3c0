#pragma once

#include <QList>
#include <QString>

namespace hms::client {

struct Language
{
    QString code; // "en", "es", "de"
    QString name; // in its own language, as the settings list it
};

// English is the language of the source, with its plural forms from
// client/translations/hms_en.ts; the others come from
// client/translations/hms_<code>.ts, built into the client.
QList<Language> supportedLanguages();
bool isSupportedLanguage(const QString &code);

// Installs the client's translation for `code` and Qt's own (qtbase_<code>,
// from Qt's translations directory when present), replacing any installed
// before, and makes it the default locale for dates and numbers. Widgets get
// a LanguageChange event. Returns false, leaving English, when the client's
// translation cannot be loaded.
bool applyLanguage(const QString &code);
// The language applied last ("en" before any).
QString currentLanguage();

} // namespace hms::client
