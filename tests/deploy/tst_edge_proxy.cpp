#include "support/ApiClient.h"
#include "support/TestDatabase.h"
#include "support/TestServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTest>
#include <memory>
#include <unistd.h>

using namespace hms::test;

// Three hms-server replicas on one PostgreSQL behind Debian's nginx with the
// project's own proxy configuration (deploy/nginx): TLS termination, failover
// when a replica stops mid-run, sessions valid on every survivor, the body
// limit, the client address passed through, and the sign-in rate limit.
class TestEdgeProxy : public QObject
{
    Q_OBJECT

private:
    static constexpr int Replicas = 3;
    static constexpr const char *Password = "proxy test password";

    TestDatabase m_database;
    QList<std::shared_ptr<TestServer>> m_replicas;
    QString m_dir;
    quint16 m_proxyPort = 0;
    QProcess m_nginx;
    std::unique_ptr<ApiClient> m_desk;

    static bool run(const QString &program, const QStringList &arguments, QString *output = nullptr)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        const bool finished = process.waitForFinished(60000);
        if (output)
            *output = QString::fromUtf8(process.readAll());
        return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    QString writeNginxConfig(const QString &certificate, const QString &key)
    {
        QString upstreams;
        for (const auto &replica : std::as_const(m_replicas))
            upstreams += QStringLiteral("        server 127.0.0.1:%1 max_fails=1 fail_timeout=30s;\n")
                             .arg(replica->port());
        const QString deploy = QStringLiteral(HMS_SOURCE_DIR "/deploy/nginx");
        const QString config =
            QStringLiteral("%1"
                           "worker_processes 1;\n"
                           "pid %2/nginx.pid;\n"
                           "error_log %2/error.log warn;\n"
                           "events { worker_connections 256; }\n"
                           "http {\n"
                           "    access_log %2/access.log;\n"
                           "    client_body_temp_path %2/body;\n"
                           "    proxy_temp_path %2/proxy;\n"
                           "    include %3/conf.d/hms-limits.conf;\n"
                           "    upstream hms_servers {\n%4        keepalive 8;\n    }\n"
                           "    server {\n"
                           "        listen 127.0.0.1:%5 ssl;\n"
                           "        ssl_certificate %6;\n"
                           "        ssl_certificate_key %7;\n"
                           "        include %3/snippets/hms-proxy.conf;\n"
                           "    }\n"
                           "}\n")
                .arg(::geteuid() == 0 ? QStringLiteral("user root;\n") : QString(), m_dir, deploy, upstreams)
                .arg(m_proxyPort)
                .arg(certificate, key);
        QString path = m_dir + QStringLiteral("/nginx.conf");
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(config.toUtf8());
        return path;
    }

    QList<Reply> readMany(ApiClient &client, int count)
    {
        QList<Reply> replies;
        for (int i = 0; i < count; ++i)
            replies.append(client.get(QStringLiteral("/api/patients?limit=5")));
        return replies;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString nginx =
            QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin")});
        QVERIFY2(!nginx.isEmpty(), "nginx is not installed (scripts/install-deps installs nginx-light)");
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        m_dir = TestDatabase::tempDir() + QStringLiteral("/edge-proxy");
        QDir(m_dir).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir));

        QCOMPARE(m_database.migrate(), QString());
        const auto added = TestServer(m_database.url())
                               .addUser(QStringLiteral("desk"), QStringLiteral("receptionist"),
                                        QLatin1String(Password), QStringLiteral("Front Desk"));
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        for (int i = 0; i < Replicas; ++i) {
            auto replica = std::make_shared<TestServer>(m_database.url());
            QVERIFY(replica->start({QStringLiteral("--no-migrate"), QStringLiteral("--workers"),
                                    QStringLiteral("2"), QStringLiteral("--trusted-proxies"),
                                    QStringLiteral("127.0.0.1")}));
            m_replicas.append(replica);
        }

        // The clinic's own certificate authority, trusted by the client only.
        const QString certificate = m_dir + QStringLiteral("/proxy.pem");
        const QString key = m_dir + QStringLiteral("/proxy.key");
        QString output;
        QVERIFY2(
            run(QStringLiteral("openssl"),
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                 QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                 QStringLiteral("-subj"), QStringLiteral("/CN=hms test proxy"), QStringLiteral("-addext"),
                 QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), key,
                 QStringLiteral("-out"), certificate},
                &output),
            qPrintable(output));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromPath(certificate));
        QSslConfiguration::setDefaultConfiguration(tls);

        m_proxyPort = TestServer::freePort();
        const QString config = writeNginxConfig(certificate, key);
        QVERIFY(!config.isEmpty());
        QVERIFY2(run(nginx,
                     {QStringLiteral("-t"), QStringLiteral("-c"), config, QStringLiteral("-e"),
                      m_dir + QStringLiteral("/error.log")},
                     &output),
                 qPrintable(output));
        m_nginx.setProcessChannelMode(QProcess::ForwardedChannels);
        m_nginx.start(nginx,
                      {QStringLiteral("-c"), config, QStringLiteral("-e"),
                       m_dir + QStringLiteral("/error.log"), QStringLiteral("-g"),
                       QStringLiteral("daemon off;")});
        QVERIFY(m_nginx.waitForStarted());

        m_desk = std::make_unique<ApiClient>(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_proxyPort)));
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->get(QStringLiteral("/health")).status, 200, 15000);
    }

    void cleanupTestCase()
    {
        if (m_nginx.state() != QProcess::NotRunning) {
            m_nginx.terminate();
            m_nginx.waitForFinished(10000);
        }
        m_replicas.clear();
    }

    void signsInThroughTheProxyAndTheClientAddressReachesTheAuditTrail()
    {
        Request login = Request::post(QStringLiteral("/api/auth/login"),
                                      {{QStringLiteral("username"), QStringLiteral("desk")},
                                       {QStringLiteral("password"), QLatin1String(Password)}});
        login.header("X-Forwarded-For", "198.51.100.7");
        const Reply reply = m_desk->send(login);
        QCOMPARE(reply.status, 200);
        m_desk->setToken(reply.json().value(QStringLiteral("token")).toString());
        QVERIFY(!m_desk->token().isEmpty());
        QCOMPARE(m_desk->get(QStringLiteral("/api/auth/me")).status, 200);

        // nginx appended the address it saw (127.0.0.1, a trusted proxy here),
        // so the replica recorded the address before it.
        QCOMPARE(
            m_database
                .scalar(QStringLiteral("SELECT client_address FROM audit_log WHERE action = 'auth.login' "
                                       "ORDER BY id DESC LIMIT 1"))
                .toString(),
            QStringLiteral("198.51.100.7"));
        // The proxy answers /metrics with 404: each replica is scraped directly.
        QCOMPARE(m_desk->get(QStringLiteral("/metrics")).status, 404);
    }

    void readsKeepSucceedingWhileAReplicaStops()
    {
        for (int i = 0; i < 5; ++i)
            QVERIFY(m_desk
                        ->post(QStringLiteral("/api/patients"),
                               {{QStringLiteral("name"), QStringLiteral("Proxy Patient %1").arg(i)},
                                {QStringLiteral("date_of_birth"), QStringLiteral("1985-03-04")}})
                        .status == 201);
        QList<Reply> replies = readMany(*m_desk, 30);
        // Stopped mid-run: killed outright, with connections from the proxy still open.
        m_replicas[1]->kill();
        replies += readMany(*m_desk, 60);
        // A graceful stop of another one while reading goes on.
        QCOMPARE(m_replicas[2]->stop(), 0);
        replies += readMany(*m_desk, 60);
        for (const Reply &reply : std::as_const(replies)) {
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.items().size(), 5);
        }
        // Writes still land on the survivor.
        QCOMPARE(m_desk
                     ->post(QStringLiteral("/api/patients"),
                            {{QStringLiteral("name"), QStringLiteral("After Failover")},
                             {QStringLiteral("date_of_birth"), QStringLiteral("1990-09-09")}})
                     .status,
                 201);
        // Back again: the restarted replica takes the same session.
        QVERIFY(m_replicas[1]->start({QStringLiteral("--port"), QString::number(m_replicas[1]->port()),
                                      QStringLiteral("--no-migrate"), QStringLiteral("--trusted-proxies"),
                                      QStringLiteral("127.0.0.1")}));
        ApiClient direct(m_replicas[1]->url());
        direct.setToken(m_desk->token());
        QCOMPARE(direct.get(QStringLiteral("/api/auth/me")).status, 200);
    }

    void aSignOutEndsTheSessionOnEveryReplica()
    {
        ApiClient second(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_proxyPort)));
        QCOMPARE(second.login(QStringLiteral("desk"), QLatin1String(Password)).status, 200);
        QCOMPARE(second.post(QStringLiteral("/api/auth/logout"), {}).status, 204);
        for (const Reply &reply : readMany(second, 10))
            QCOMPARE(reply.status, 401);
        ApiClient direct(m_replicas[0]->url());
        direct.setToken(second.token());
        QCOMPARE(direct.get(QStringLiteral("/api/auth/me")).status, 401);
    }

    void anOversizedBodyIsRefusedAtTheProxy()
    {
        const QByteArray name(qsizetype{2} * 1024 * 1024, 'a');
        Request request = Request::post(QStringLiteral("/api/patients"),
                                        {{QStringLiteral("name"), QString::fromLatin1(name)}});
        const Reply reply = m_desk->send(request);
        QCOMPARE(reply.status, 413);
        QVERIFY(!reply.header("Server").isEmpty()); // nginx's own page, before any replica saw it
    }

    void signInFloodsAreRateLimited()
    {
        ApiClient guesser(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_proxyPort)));
        QList<Request> attempts;
        for (int i = 0; i < 20; ++i)
            attempts.append(
                Request::post(QStringLiteral("/api/auth/login"),
                              {{QStringLiteral("username"), QStringLiteral("desk")},
                               {QStringLiteral("password"), QStringLiteral("wrong guess %1").arg(i)}}));
        int limitedByProxy = 0;
        int answered = 0;
        for (const Reply &reply : guesser.sendConcurrently(attempts)) {
            // nginx's refusal is its own HTML page; the server's throttling answers problem+json.
            if (reply.status == 429 && reply.header("Content-Type").startsWith("text/html"))
                ++limitedByProxy;
            else if (reply.status == 401 || reply.status == 429)
                ++answered;
        }
        QCOMPARE(limitedByProxy + answered, 20);
        QVERIFY2(limitedByProxy >= 10, qPrintable(QString::number(limitedByProxy)));
        // Other routes keep their own, looser limit.
        QCOMPARE(m_desk->get(QStringLiteral("/health")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestEdgeProxy)
#include "tst_edge_proxy.moc"
