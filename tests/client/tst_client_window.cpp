#include "support/TestDatabase.h"
#include "support/TestServer.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace hms::test;

// The client window against a real server: it reports whether the server is ready.
class TestClientWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsServerReadiness()
    {
        TestDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        TestServer server(database.url());
        QVERIFY2(server.start(), qPrintable(server.output()));
        hms::client::MainWindow window(server.url());
        window.show();
        auto *status = window.findChild<QLabel *>(QStringLiteral("serverStatus"));
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("is ready")), 10000);
        server.stop();
        window.checkServer();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("not reachable")), 10000);
    }
};

QTEST_MAIN(TestClientWindow)
#include "tst_client_window.moc"
