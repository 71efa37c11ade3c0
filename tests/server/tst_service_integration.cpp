#include "support/ApiClient.h"
#include "support/TestDatabase.h"
#include "support/TestServer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTest>
#include <csignal>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace hms::test;

// What a service manager and a log rotator rely on: readiness, reload and
// stopping notifications over NOTIFY_SOCKET (systemd Type=notify), a log file
// that SIGHUP reopens after it was moved away, and JSON request lines with
// their own fields and no patient data.
class TestServiceIntegration : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_database;
    QString m_dir;

    // A datagram socket standing in for systemd's notification socket.
    class NotifySocket
    {
    public:
        explicit NotifySocket(const QString &path)
            : m_path(path)
        {
            QFile::remove(path);
            m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
            sockaddr_un address = {};
            address.sun_family = AF_UNIX;
            const QByteArray encoded = QFile::encodeName(path);
            qstrncpy(address.sun_path, encoded.constData(), sizeof(address.sun_path));
            m_bound = ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
        }
        ~NotifySocket()
        {
            ::close(m_fd);
            QFile::remove(m_path);
        }
        bool isBound() const { return m_bound; }

        // The next message, waiting while the event loop runs; empty on timeout.
        QByteArray next(int timeoutMs = 20000)
        {
            const QDeadlineTimer deadline(timeoutMs);
            char buffer[4096];
            while (!deadline.hasExpired()) {
                const ssize_t size = ::recv(m_fd, buffer, sizeof(buffer), MSG_DONTWAIT);
                if (size > 0)
                    return QByteArray(buffer, size);
                QTest::qWait(20);
            }
            return {};
        }

    private:
        QString m_path;
        int m_fd = -1;
        bool m_bound = false;
    };

    static bool waitUntilServing(ApiClient &client)
    {
        const QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()) {
            if (client.get(QStringLiteral("/health")).status == 200)
                return true;
            QTest::qWait(50);
        }
        return false;
    }

    static QList<QJsonObject> jsonLines(const QString &path)
    {
        QFile file(path);
        QList<QJsonObject> lines;
        if (!file.open(QIODevice::ReadOnly))
            return lines;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.isEmpty())
                lines.append(QJsonDocument::fromJson(line).object());
        }
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        m_dir = TestDatabase::tempDir();
        QCOMPARE(m_database.migrate(), QString());
        const auto added =
            TestServer(m_database.url())
                .addUser(QStringLiteral("desk"), QStringLiteral("receptionist"),
                         QStringLiteral("a long enough password"), QStringLiteral("Front Desk"));
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }

    void notifiesTheServiceManagerAndReopensItsLogOnHangup()
    {
        NotifySocket notify(m_dir + QStringLiteral("/notify.sock"));
        QVERIFY(notify.isBound());
        const QString logFile = m_dir + QStringLiteral("/server.log");
        const QString rotated = logFile + QStringLiteral(".1");
        QFile::remove(logFile);
        QFile::remove(rotated);
        const quint16 port = TestServer::freePort();

        QProcess server;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("NOTIFY_SOCKET"), m_dir + QStringLiteral("/notify.sock"));
        server.setProcessEnvironment(environment);
        server.start(TestServer::executable(),
                     {QStringLiteral("serve"), QStringLiteral("--port"), QString::number(port),
                      QStringLiteral("--database"), m_database.url(), QStringLiteral("--log-file"), logFile,
                      QStringLiteral("--log-format"), QStringLiteral("json"), QStringLiteral("--workers"),
                      QStringLiteral("2")});
        QVERIFY(server.waitForStarted());

        const QByteArray ready = notify.next();
        QVERIFY2(ready.startsWith("READY=1\n"), ready.constData());
        QVERIFY(ready.contains(QByteArray("STATUS=listening on port " + QByteArray::number(port))));

        ApiClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QVERIFY(waitUntilServing(client));
        QCOMPARE(client.login(QStringLiteral("desk"), QStringLiteral("a long enough password")).status, 200);
        const Reply created = client.post(QStringLiteral("/api/patients"),
                                          {{QStringLiteral("name"), QStringLiteral("Zebedee Quillfeather")},
                                           {QStringLiteral("date_of_birth"), QStringLiteral("1971-04-05")}});
        QCOMPARE(created.status, 201);
        const QString requestId = QString::fromLatin1(created.header("X-Request-Id"));

        // logrotate moves the file away, then sends SIGHUP.
        QVERIFY(QFile::rename(logFile, rotated));
        ::kill(pid_t(server.processId()), SIGHUP);
        QCOMPARE(notify.next(), QByteArray("RELOADING=1"));
        QVERIFY(notify.next().startsWith("READY=1"));
        QCOMPARE(client
                     .get(QStringLiteral("/api/patients/%1")
                              .arg(created.json().value(QStringLiteral("id")).toInteger()))
                     .status,
                 200);

        server.terminate();
        QVERIFY(server.waitForFinished(30000));
        QCOMPARE(server.exitCode(), 0);
        QVERIFY(notify.next().startsWith("STOPPING=1"));

        // Before the rotation: the creation, as a request line with its own fields.
        const QList<QJsonObject> before = jsonLines(rotated);
        QJsonObject creation;
        for (const QJsonObject &line : before) {
            if (line.value(QStringLiteral("request_id")).toString() == requestId)
                creation = line;
        }
        QVERIFY2(!creation.isEmpty(), "the creation's request line is in the rotated file");
        QCOMPARE(creation.value(QStringLiteral("category")).toString(), QStringLiteral("hms.request"));
        QCOMPARE(creation.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(creation.value(QStringLiteral("route")).toString(), QStringLiteral("/api/patients"));
        QCOMPARE(creation.value(QStringLiteral("status")).toInt(), 201);
        QVERIFY(creation.value(QStringLiteral("user_id")).toInteger() > 0);
        QVERIFY(creation.value(QStringLiteral("duration_ms")).isDouble());

        // After it: the reopened file holds the read and the shutdown, by route pattern only.
        const QList<QJsonObject> after = jsonLines(logFile);
        QVERIFY(!after.isEmpty());
        bool sawRead = false;
        for (const QJsonObject &line : after)
            sawRead = sawRead ||
                line.value(QStringLiteral("route")).toString() == QStringLiteral("/api/patients/{id}");
        QVERIFY(sawRead);
        QVERIFY(after.last().value(QStringLiteral("msg")).toString().contains(QStringLiteral("stopped")));

        // No patient data anywhere in the logs.
        for (const QString &path : {logFile, rotated}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            QVERIFY(!text.contains("Zebedee"));
            QVERIFY(!text.contains("1971-04-05"));
        }
    }

    void hangupReloadsARenewedTlsCertificate()
    {
        const QString certificate = m_dir + QStringLiteral("/renewed.pem");
        const QString key = m_dir + QStringLiteral("/renewed.key");
        const auto issue = [&](const QString &commonName) {
            QProcess openssl;
            openssl.start(QStringLiteral("openssl"),
                          {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                           QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                           QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                           QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                           QStringLiteral("/CN=") + commonName, QStringLiteral("-keyout"), key,
                           QStringLiteral("-out"), certificate});
            return openssl.waitForFinished(60000) && openssl.exitCode() == 0;
        };
        // The certificate a new connection is shown.
        const auto presented = [](quint16 port) {
            QSslSocket socket;
            socket.setPeerVerifyMode(QSslSocket::QueryPeer);
            socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
            socket.waitForEncrypted(10000);
            const QStringList names = socket.peerCertificate().subjectInfo(QSslCertificate::CommonName);
            return names.isEmpty() ? QString() : names.first();
        };
        QVERIFY(issue(QStringLiteral("before renewal")));
        TestServer server(m_database.url());
        QVERIFY2(server.start({QStringLiteral("--tls-cert"), certificate, QStringLiteral("--tls-key"), key}),
                 qPrintable(server.output()));
        QCOMPARE(presented(server.port()), QStringLiteral("before renewal"));

        QVERIFY(issue(QStringLiteral("after renewal")));
        ::kill(pid_t(server.process().processId()), SIGHUP);
        QTRY_VERIFY_WITH_TIMEOUT(server.output().contains(QStringLiteral("TLS certificate reloaded")), 10000);
        QCOMPARE(presented(server.port()), QStringLiteral("after renewal"));

        // A broken renewal keeps the working certificate.
        QFile broken(key);
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("not a key\n");
        broken.close();
        ::kill(pid_t(server.process().processId()), SIGHUP);
        QTRY_VERIFY_WITH_TIMEOUT(
            server.output().contains(QStringLiteral("keeping the current TLS certificate")), 10000);
        QCOMPARE(presented(server.port()), QStringLiteral("after renewal"));
        QCOMPARE(server.stop(), 0);
    }

    void anUnwritableLogFileIsAConfigurationError()
    {
        const auto refused =
            TestServer::run({QStringLiteral("serve"), QStringLiteral("--database"), m_database.url(),
                             QStringLiteral("--log-file"), QStringLiteral("/no/such/dir/hms.log")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.startsWith(QStringLiteral("hms-server: invalid --log-file: cannot open")),
                 qPrintable(refused.err));
    }
};

QTEST_GUILESS_MAIN(TestServiceIntegration)
#include "tst_service_integration.moc"
