#include "ClientMain.h"

#include "ClientApp.h"
#include "ClientSettings.h"
#include "Translations.h"
#include "TrustStore.h"
#include "views/LoginDialog.h"
#include "views/MainWindow.h"
#include "views/PatientsTab.h"
#include "views/RecordPatientList.h"
#include "views/RecordsTab.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <cstdio>

namespace hms::client {

namespace {
// HMS_CLIENT_SCREENSHOT_DIR: sign in with HMS_CLIENT_USERNAME/PASSWORD, save a
// picture of every tab, exit. HMS_CLIENT_SCREENSHOT_SIZE (e.g. 1024x700) sizes
// the window, HMS_CLIENT_SCREENSHOT_PREFIX starts every file name. Used by
// scripts/screenshots under Xvfb.
void takeScreenshots(ClientApp &app, const QString &dir)
{
    const QStringList size = qEnvironmentVariable("HMS_CLIENT_SCREENSHOT_SIZE").split(QLatin1Char('x'));
    const QSize windowSize = size.size() == 2 ? QSize(size[0].toInt(), size[1].toInt()) : QSize();
    const QString prefix = qEnvironmentVariable("HMS_CLIENT_SCREENSHOT_PREFIX");
    if (qEnvironmentVariableIsSet("HMS_CLIENT_SCREENSHOT_LOGIN")) {
        LoginDialog login(app.api(), LoginDialog::Mode::SignIn);
        login.setUsername(qEnvironmentVariable("HMS_CLIENT_USERNAME"));
        login.show();
        // Active, as on a desktop, so the field with the keyboard shows its focus frame (Xvfb has no window
        // manager).
        QApplication::setActiveWindow(&login);
        QApplication::processEvents();
        login.grab().save(QDir(dir).filePath(QStringLiteral("sign-in.png")));
    }
    app.signInAs(qEnvironmentVariable("HMS_CLIENT_USERNAME"), qEnvironmentVariable("HMS_CLIENT_PASSWORD"),
                 [&app, dir, windowSize, prefix](bool ok) {
                     if (!ok) {
                         QApplication::exit(1);
                         return;
                     }
                     if (windowSize.isValid())
                         app.window()->resize(windowSize);
                     QApplication::setActiveWindow(app.window());
                     auto *timer = new QTimer(&app);
                     auto index = std::make_shared<int>(-1);
                     timer->setInterval(1500);
                     QObject::connect(timer, &QTimer::timeout, &app, [&app, dir, index, timer, prefix] {
                         MainWindow *window = app.window();
                         QTabWidget *tabs = window->tabs();
                         if (*index >= 0) {
                             // Named the same in every language, so pictures of each can be compared.
                             const QString name = window->tabKeys().value(*index);
                             window->grab().save(QDir(dir).filePath(prefix + name + QStringLiteral(".png")));
                         }
                         if (++*index >= tabs->count()) {
                             timer->stop();
                             QApplication::quit();
                             return;
                         }
                         tabs->setCurrentIndex(*index);
                         // Show each workspace in use: a selected patient, a chosen chart.
                         if (tabs->currentWidget() == window->patientsTab()) {
                             if (auto *table = window->patientsTab()->findChild<QTableView *>(
                                     QStringLiteral("patientsTable"))) {
                                 table->selectRow(2);
                                 table->setFocus(); // the keyboard on the list, as after a click
                             }
                         } else if (window->recordsTab() && tabs->currentWidget() == window->recordsTab()) {
                             RecordPatientList *picker = window->recordsTab()->picker();
                             QObject::connect(
                                 picker, &RecordPatientList::resultsShown, picker,
                                 [picker] { picker->choose(0); }, Qt::SingleShotConnection);
                             picker->setQuery(QStringLiteral("MRN-000001"));
                         }
                     });
                     timer->start();
                 });
}
} // namespace

int clientMain(int argc, char **argv)
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("HMS"));
    QApplication::setOrganizationName(QStringLiteral("hms"));
    QApplication::setApplicationVersion(QStringLiteral(HMS_VERSION));
    applyStyle();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("HMS desktop client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("Server URL."),
                                          QStringLiteral("URL"));
    parser.addOption(serverOption);
    const QCommandLineOption caOption(
        QStringLiteral("ca-certificates"),
        QStringLiteral("Also trust the certificate authorities in this PEM file (remembered)."),
        QStringLiteral("FILE"));
    parser.addOption(caOption);
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QStringLiteral("Language for this run: en, es or de (else as in Settings)."), QStringLiteral("CODE"));
    parser.addOption(languageOption);
    parser.process(application);

    QString language = parser.value(languageOption);
    if (!language.isEmpty() && !isSupportedLanguage(language)) {
        std::fprintf(stderr, "hms-client: unknown --language %s (en, es, de)\n", qUtf8Printable(language));
        return 2;
    }
    if (language.isEmpty())
        language = ClientSettings::load().language;
    if (!applyLanguage(language))
        std::fprintf(stderr, "hms-client: no translation for %s; using English\n", qUtf8Printable(language));

    QSettings settings;
    // A clinic's own certificate authority: from the command line or the
    // environment (remembered), else as remembered from an earlier start.
    QString caFile = parser.value(caOption);
    if (caFile.isEmpty())
        caFile = qEnvironmentVariable("HMS_CA_CERTIFICATES");
    const bool caGivenNow = !caFile.isEmpty();
    if (!caGivenNow)
        caFile = settings.value(QStringLiteral("tls/ca_certificates")).toString();
    if (!caFile.isEmpty()) {
        const auto trusted = trustCertificateAuthorities(caFile);
        if (!trusted) {
            std::fprintf(stderr, "hms-client: invalid --ca-certificates: %s\n",
                         qUtf8Printable(trusted.error()));
            if (caGivenNow)
                return 2;
        } else if (caGivenNow) {
            settings.setValue(QStringLiteral("tls/ca_certificates"), caFile);
        }
    }
    QString server = parser.value(serverOption);
    if (server.isEmpty())
        server =
            settings.value(QStringLiteral("server/url"), QStringLiteral("http://127.0.0.1:8080")).toString();

    ClientApp app(QUrl::fromUserInput(server));
    const QString screenshots = qEnvironmentVariable("HMS_CLIENT_SCREENSHOT_DIR");
    if (!screenshots.isEmpty()) {
        takeScreenshots(app, screenshots);
        return QApplication::exec();
    }
    if (!app.signIn())
        return 0;
    return QApplication::exec();
}

} // namespace hms::client
