#include "ClientMain.h"

#include "views/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QUrl>

namespace hms::client {

int clientMain(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("HMS"));
    QApplication::setOrganizationName(QStringLiteral("hms"));
    QApplication::setApplicationVersion(QStringLiteral(HMS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("HMS desktop client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("Server URL."),
                                          QStringLiteral("URL"));
    parser.addOption(serverOption);
    parser.process(app);

    QSettings settings;
    QString server = parser.value(serverOption);
    if (server.isEmpty())
        server =
            settings.value(QStringLiteral("server/url"), QStringLiteral("http://127.0.0.1:8080")).toString();
    settings.setValue(QStringLiteral("server/url"), server);

    MainWindow window{QUrl(server)};
    window.show();
    return QApplication::exec();
}

} // namespace hms::client
