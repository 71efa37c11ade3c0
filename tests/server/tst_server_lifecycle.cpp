#include "support/ApiFixture.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace hms::test;

namespace {
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

int runPgCluster(const QStringList &arguments)
{
    return QProcess::execute(QStringLiteral(HMS_PG_CLUSTER_SCRIPT), arguments);
}
} // namespace

// Configuration, migrations, the command line, shutdown and database outages.
class TestServerLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badConfigurationExits2NamingTheOption_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("envKey");
        QTest::addColumn<QString>("envValue");
        QTest::addColumn<QString>("named");
        QTest::newRow("port text") << QStringList{QStringLiteral("--port"), QStringLiteral("eighty")}
                                   << QString() << QString() << "--port";
        QTest::newRow("port range env") << QStringList{} << "HMS_PORT"
                                        << "70000"
                                        << "--port";
        QTest::newRow("workers zero") << QStringList{QStringLiteral("--workers"), QStringLiteral("0")}
                                      << QString() << QString() << "--workers";
        QTest::newRow("listen") << QStringList{QStringLiteral("--listen"), QStringLiteral("not-an-ip")}
                                << QString() << QString() << "--listen";
        QTest::newRow("database scheme")
            << QStringList{QStringLiteral("--database"), QStringLiteral("mysql://x/y")} << QString()
            << QString() << "--database";
        QTest::newRow("database env") << QStringList{} << "HMS_DATABASE_URL"
                                      << "postgresql://host"
                                      << "--database";
        QTest::newRow("config missing")
            << QStringList{QStringLiteral("--config"), QStringLiteral("/nonexistent/hms.conf")} << QString()
            << QString() << "--config";
        QTest::newRow("log format") << QStringList{} << "HMS_LOG_FORMAT"
                                    << "xml"
                                    << "--log-format";
        QTest::newRow("session idle") << QStringList{} << "HMS_SESSION_IDLE_MINUTES"
                                      << "0"
                                      << "--session-idle-minutes";
        QTest::newRow("tls half") << QStringList{QStringLiteral("--tls-cert"), QStringLiteral("/tmp/x.pem")}
                                  << QString() << QString() << "--tls-key";
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--colour")} << QString() << QString() << "colour";
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("explode")} << QString() << QString() << "explode";
        QTest::newRow("user add without stdin")
            << QStringList{QStringLiteral("user"),        QStringLiteral("add"),
                           QStringLiteral("--username"),  QStringLiteral("x"),
                           QStringLiteral("--role"),      QStringLiteral("admin"),
                           QStringLiteral("--full-name"), QStringLiteral("X")}
            << QString() << QString() << "--password-stdin";
    }

    void badConfigurationExits2NamingTheOption()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, envKey);
        QFETCH(QString, envValue);
        QFETCH(QString, named);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!envKey.isEmpty())
            environment.insert(envKey, envValue);
        const auto result = TestServer::run(arguments, {}, environment);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(named), qPrintable(result.err));
        QCOMPARE(result.err.trimmed().count(QLatin1Char('\n')), 0); // one line
    }

    void helpAndVersion()
    {
        auto result = TestServer::run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("HMS_DATABASE_URL")));
        result = TestServer::run({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith(QStringLiteral("hms-server ")));
    }

    void precedenceIsCommandLineThenEnvironmentThenFile()
    {
        TestDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        QCOMPARE(database.migrate(), QString());
        QTemporaryDir dir;
        const quint16 filePort = freePort(), envPort = freePort(), cliPort = freePort();
        const QString ini = dir.filePath(QStringLiteral("server.conf"));
        QFile file(ini);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("port=" + QByteArray::number(filePort) +
                   "\nworkers=2\nlisten=127.0.0.1\ndatabase=" + database.url().toUtf8() + "\n");
        file.close();
        auto listensOn = [&](const QStringList &extra, const QProcessEnvironment &environment) {
            QProcess process;
            process.setProcessEnvironment(environment);
            process.setReadChannel(QProcess::StandardError);
            process.start(TestServer::executable(), QStringList{QStringLiteral("--config"), ini} + extra);
            QString log;
            QElapsedTimer timer;
            timer.start();
            while (!log.contains(QStringLiteral("listening on")) && timer.elapsed() < 20000 &&
                   process.state() != QProcess::NotRunning) {
                process.waitForReadyRead(200);
                log += QString::fromUtf8(process.readAllStandardError());
            }
            process.terminate();
            process.waitForFinished(10000);
            return log;
        };
        QProcessEnvironment clean = QProcessEnvironment::systemEnvironment();
        for (const QString &key : clean.keys()) {
            if (key.startsWith(QLatin1String("HMS_")))
                clean.remove(key);
        }
        QVERIFY(listensOn({}, clean).contains(QStringLiteral(":%1 with 2 workers").arg(filePort)));
        QProcessEnvironment withEnv = clean;
        withEnv.insert(QStringLiteral("HMS_PORT"), QString::number(envPort));
        QVERIFY(listensOn({}, withEnv).contains(QStringLiteral(":%1 with 2 workers").arg(envPort)));
        QVERIFY(listensOn({QStringLiteral("--port"), QString::number(cliPort)}, withEnv)
                    .contains(QStringLiteral(":%1 with 2 workers").arg(cliPort)));
    }

    void migrateIsIdempotentAndNewerSchemasAreRefused()
    {
        TestDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        const QStringList migrate =
            QStringList{QStringLiteral("migrate"), QStringLiteral("--database"), database.url()} +
            database.ownerArguments();
        auto result = TestServer::run(migrate);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("schema is at version")));
        QCOMPARE(TestServer::run(migrate).exitCode, 0);
        QVERIFY(database.execute(QStringLiteral("INSERT INTO schema_version (version) VALUES (999)")));
        result = TestServer::run({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                                  QStringLiteral("--database"), database.url()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("newer than this hms-server")), qPrintable(result.err));
    }

    void noMigrateRefusesAnUnmigratedDatabase()
    {
        TestDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        const auto result = TestServer::run({QStringLiteral("serve"), QStringLiteral("--no-migrate"),
                                             QStringLiteral("--port"), QStringLiteral("0"),
                                             QStringLiteral("--database"), database.url()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("hms-server migrate")), qPrintable(result.err));
    }

    void userAddValidatesAndNeverTakesPasswordsFromArguments()
    {
        TestDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        QCOMPARE(database.migrate(), QString());
        TestServer server(database.url());
        auto result =
            server.addUser(QStringLiteral("dr.who"), QStringLiteral("doctor"), QStringLiteral("short"));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("password must be at least 12 characters")),
                 qPrintable(result.err));
        result = server.addUser(QStringLiteral("dr.who"), QStringLiteral("surgeon"),
                                QStringLiteral("long enough password"));
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("role")));
        result = server.addUser(QStringLiteral("dr.who"), QStringLiteral("doctor"),
                                QStringLiteral("long enough password"));
        QCOMPARE(result.exitCode, 0);
        QVERIFY(!result.out.contains(QStringLiteral("long enough password")));
        result = server.addUser(QStringLiteral("DR.WHO"), QStringLiteral("doctor"),
                                QStringLiteral("long enough password"));
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("already taken")));
        // The stored hash is Argon2id, never the password.
        QVERIFY(database.execute(QStringLiteral("UPDATE users SET full_name = full_name WHERE password_hash "
                                                "LIKE '$argon2id$v=19$m=19456,t=2,p=1$%'")));
        QVERIFY(server.start());
        auto api = std::make_unique<ApiClient>(server.url());
        QCOMPARE(api->login(QStringLiteral("dr.who"), QStringLiteral("long enough password")).status, 200);
        QCOMPARE(api->get(QStringLiteral("/api/auth/me")).json().value(QStringLiteral("role")).toString(),
                 QStringLiteral("doctor"));
        QVERIFY(!server.output().contains(QStringLiteral("long enough password")));
    }

    void demoSeedsAnEmptyDatabaseOnly()
    {
        TestDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        QCOMPARE(database.migrate(), QString());
        TestServer server(database.url());
        QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.output()));
        QVERIFY(server.output().contains(QStringLiteral("demo-admin-password")));
        ApiClient api(server.url());
        QCOMPARE(api.login(QStringLiteral("admin"), QStringLiteral("demo-admin-password")).status, 200);
        const qint64 patients = api.get(QStringLiteral("/api/patients?include_total=true&limit=1"))
                                    .json()
                                    .value(QStringLiteral("total"))
                                    .toInteger();
        QVERIFY(patients >= 50);
        QCOMPARE(api.get(QStringLiteral("/api/doctors")).items().size(), 2);
        QCOMPARE(server.stop(), 0);
        QVERIFY(server.start({QStringLiteral("--demo")}));
        QVERIFY(server.output().contains(QStringLiteral("Demo data not added")));
        ApiClient again(server.url());
        QCOMPARE(again.login(QStringLiteral("admin"), QStringLiteral("demo-admin-password")).status, 200);
        QCOMPARE(again.get(QStringLiteral("/api/patients?include_total=true&limit=1"))
                     .json()
                     .value(QStringLiteral("total"))
                     .toInteger(),
                 patients);
    }

    void sigtermStopsCleanlyWithExitZero()
    {
        TestDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        QCOMPARE(database.migrate(), QString());
        TestServer server(database.url());
        QVERIFY(server.start());
        ApiClient api(server.url());
        QCOMPARE(api.get(QStringLiteral("/health")).status, 200);
        QCOMPARE(server.stop(), 0);
        QVERIFY(server.output().contains(QStringLiteral("stopped")));
        QCOMPARE(api.get(QStringLiteral("/health")).status, 0);
    }

    void postgresOutageIsA503AndWorkersReconnect()
    {
        if (TestDatabase::engineUnderTest() != QLatin1String("postgresql"))
            QSKIP("PostgreSQL only: restarts a private PostgreSQL cluster under the server");
        const QString dir =
            TestDatabase::tempDir() + QStringLiteral("/pg-outage-%1").arg(QCoreApplication::applicationPid());
        const quint16 port = freePort();
        QCOMPARE(runPgCluster({QStringLiteral("start"), dir, QString::number(port)}), 0);
        auto cleanup = qScopeGuard([&dir] { runPgCluster({QStringLiteral("stop"), dir}); });
        // As in production: the schema's owner migrates, the server runs as its own role.
        {
            QSqlDatabase admin =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("outage-admin"));
            admin.setHostName(QStringLiteral("127.0.0.1"));
            admin.setPort(port);
            admin.setUserName(QStringLiteral("postgres"));
            admin.setDatabaseName(QStringLiteral("postgres"));
            QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
            QSqlQuery query(admin);
            for (const char *statement : {"CREATE ROLE hms_owner LOGIN", "CREATE ROLE hms LOGIN",
                                          "CREATE DATABASE hms OWNER hms_owner"})
                QVERIFY2(query.exec(QString::fromLatin1(statement)), qPrintable(query.lastError().text()));
            admin.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("outage-admin"));
        const QString url = QStringLiteral("postgresql://hms@127.0.0.1:%1/hms").arg(port);
        const auto migrated = TestServer::run(
            {QStringLiteral("migrate"), QStringLiteral("--database"), url, QStringLiteral("--owner-database"),
             QStringLiteral("postgresql://hms_owner@127.0.0.1:%1/hms").arg(port)});
        QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.err));

        TestServer server(url);
        QCOMPARE(server
                     .addUser(QStringLiteral("front"), QStringLiteral("receptionist"),
                              QLatin1String(ApiFixture::Password))
                     .exitCode,
                 0);
        QVERIFY2(server.start(), qPrintable(server.output()));
        ApiClient api(server.url());
        QCOMPARE(api.login(QStringLiteral("front"), QLatin1String(ApiFixture::Password)).status, 200);
        QCOMPARE(api.post(QStringLiteral("/api/patients"),
                          {{QStringLiteral("name"), QStringLiteral("Before Outage")},
                           {QStringLiteral("date_of_birth"), QStringLiteral("1970-01-01")}})
                     .status,
                 201);

        // A restart drops every connection: each worker reconnects by itself.
        QCOMPARE(runPgCluster({QStringLiteral("restart"), dir}), 0);
        for (int i = 0; i < 12; ++i) {
            const Reply reply = api.get(QStringLiteral("/api/patients?q=outage"));
            QVERIFY2(reply.status == 200, reply.body.constData());
            QCOMPARE(reply.items().size(), 1);
        }

        // While the database is down: 503 problems and "not ready", never a hang or a 500.
        QCOMPARE(runPgCluster({QStringLiteral("halt"), dir}), 0);
        Reply reply = api.get(QStringLiteral("/ready"));
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.json().value(QStringLiteral("database")).toString(), QStringLiteral("unavailable"));
        reply = api.get(QStringLiteral("/api/patients"));
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.problemType(), QStringLiteral("/problems/unavailable"));
        QVERIFY(!reply.body.contains("connection"));
        QCOMPARE(api.get(QStringLiteral("/health")).status, 200);

        QCOMPARE(runPgCluster({QStringLiteral("resume"), dir}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(api.get(QStringLiteral("/ready")).status, 200, 15000);
        for (int i = 0; i < 12; ++i)
            QCOMPARE(api.get(QStringLiteral("/api/patients?q=outage")).status, 200);
        QCOMPARE(api.post(QStringLiteral("/api/patients"),
                          {{QStringLiteral("name"), QStringLiteral("After Outage")},
                           {QStringLiteral("date_of_birth"), QStringLiteral("1970-01-01")}})
                     .status,
                 201);
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerLifecycle)
#include "tst_server_lifecycle.moc"
