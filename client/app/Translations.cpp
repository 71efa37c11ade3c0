#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <algorithm>

namespace hms::client {

namespace {
const QString TranslatorName = QStringLiteral("hmsTranslator");

void removeInstalled()
{
    QCoreApplication *app = QCoreApplication::instance();
    const auto installed = app->findChildren<QTranslator *>(TranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

bool install(const QString &file, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(TranslatorName);
    if (!translator->load(file, directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}
} // namespace

QList<Language> supportedLanguages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

bool isSupportedLanguage(const QString &code)
{
    const auto languages = supportedLanguages();
    return std::any_of(languages.begin(), languages.end(),
                       [&code](const Language &language) { return language.code == code; });
}

bool applyLanguage(const QString &code)
{
    removeInstalled();
    const bool english = code == QLatin1String("en");
    bool loaded = english;
    if (!english && isSupportedLanguage(code)) {
        loaded = install(QStringLiteral("hms_") + code, QStringLiteral(":/i18n"));
        if (loaded) {
            // Qt's own words (Cancel, Yes, the calendar): shipped by the system's Qt when present.
            (void)install(QStringLiteral("qtbase_") + code,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        }
    }
    const QString applied = loaded ? code : QStringLiteral("en");
    // English needs only its plural forms ("1 patient", "2 patients"); the
    // sources' own text is the rest.
    if (applied == QLatin1String("en"))
        (void)install(QStringLiteral("hms_en"), QStringLiteral(":/i18n"));
    QLocale::setDefault(applied == QLatin1String("en") ? QLocale::system() : QLocale(applied));
    QCoreApplication::instance()->setProperty("hmsLanguage", applied);
    return loaded;
}

QString currentLanguage()
{
    const QString language = QCoreApplication::instance()->property("hmsLanguage").toString();
    return language.isEmpty() ? QStringLiteral("en") : language;
}

} // namespace hms::client
