#include "support/ApiFixture.h"

#include "app/ServerRuntime.h"
#include "auth/LoginThrottle.h"
#include "auth/PasswordHasher.h"
#include "config/ServerConfig.h"
#include "http/Metrics.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <vector>

using namespace hms::test;
using hms::server::LoginThrottle;
using namespace std::chrono_literals;

namespace {
// One sign-in on a connection of its own, from a chosen loopback source
// address (127.x.y.z), so that the server sees that client. Blocking: for
// threads without an event loop.
int loginFrom(const QString &source, quint16 port, const QString &username, const QString &password,
              QByteArray *retryAfter = nullptr)
{
    QTcpSocket socket;
    if (!socket.bind(QHostAddress(source)))
        return -1;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(10000))
        return -2;
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                      {QStringLiteral("password"), password}})
                                .toJson(QJsonDocument::Compact);
    socket.write("POST /api/auth/login HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: "
                 "application/json\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray answer;
    while (socket.waitForReadyRead(30000))
        answer += socket.readAll();
    const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return 0;
    const QList<QByteArray> lines = answer.left(headerEnd).split('\n');
    if (retryAfter) {
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("retry-after:"))
                *retryAfter = line.mid(12).trimmed();
        }
    }
    return lines.value(0).split(' ').value(1).toInt();
}

struct Tally
{
    int checked = 0; // 401: the password was checked and was wrong
    int throttled = 0; // 429 with a Retry-After of at least a second
    QStringList other;
};

// `threads` threads at once, each sending `attempts` sign-ins one after the
// other; attempt(thread, i) says from where, to which server and as whom.
struct Attempt
{
    QString source;
    quint16 port = 0;
    QString username;
};
Tally hammer(int threads, int attempts, const std::function<Attempt(int, int)> &attempt)
{
    std::vector<std::vector<std::pair<int, QByteArray>>> answers(static_cast<size_t>(threads));
    std::vector<std::unique_ptr<QThread>> running;
    std::atomic<int> ready{0};
    for (int t = 0; t < threads; ++t) {
        running.emplace_back(QThread::create([t, attempts, threads, &attempt, &answers, &ready] {
            // Everyone starts together.
            ready.fetch_add(1);
            while (ready.load() < threads)
                QThread::yieldCurrentThread();
            for (int i = 0; i < attempts; ++i) {
                const Attempt a = attempt(t, i);
                QByteArray retryAfter;
                const int status = loginFrom(a.source, a.port, a.username,
                                             QStringLiteral("wrong guess %1-%2").arg(t).arg(i), &retryAfter);
                answers[size_t(t)].emplace_back(status, retryAfter);
            }
        }));
        running.back()->start();
    }
    // The event loop keeps running meanwhile: it drains the servers' output,
    // without which their log lines would fill the pipe and stall them.
    for (auto &thread : running) {
        while (!thread->wait(QDeadlineTimer(20)))
            QCoreApplication::processEvents();
    }
    Tally tally;
    for (const auto &perThread : answers) {
        for (const auto &[status, retryAfter] : perThread) {
            if (status == 401)
                ++tally.checked;
            else if (status == 429 && retryAfter.toInt() >= 1)
                ++tally.throttled;
            else
                tally.other.append(
                    QStringLiteral("%1 (Retry-After '%2')").arg(status).arg(QString::fromLatin1(retryAfter)));
        }
    }
    return tally;
}

// A clock the test moves on itself, read by every worker thread.
class ManualClock
{
public:
    ManualClock()
        : m_msecs(QDateTime::currentMSecsSinceEpoch())
    {}
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(m_msecs.load(), Qt::UTC); }
    void advance(std::chrono::milliseconds by) { m_msecs.fetch_add(by.count()); }

private:
    std::atomic<qint64> m_msecs;
};

// `hms-server serve` with four workers and the given options, run in this
// process so that its clock is one the test moves on.
class ClockedServer
{
public:
    // The port it listens on, 0 when it did not start.
    quint16 start(const QString &databaseUrl, const QStringList &options)
    {
        const auto config = hms::server::loadServerConfig(
            QStringList{QStringLiteral("hms-server"), QStringLiteral("serve"), QStringLiteral("--database"),
                        databaseUrl, QStringLiteral("--port"), QStringLiteral("0"),
                        QStringLiteral("--workers"), QStringLiteral("4"), QStringLiteral("--no-migrate"),
                        QStringLiteral("--log-requests"), QStringLiteral("false")} +
                options,
            QProcessEnvironment());
        if (!config)
            return 0;
        m_config = config.value();
        m_runtime = std::make_unique<hms::server::ServerRuntime>(m_config, m_hasher, m_metrics, std::nullopt,
                                                                 [this] { return clock.now(); });
        return m_runtime->start();
    }

    ManualClock clock;

private:
    hms::server::ServerConfig m_config;
    hms::server::PasswordHasher m_hasher{2};
    hms::server::Metrics m_metrics;
    std::unique_ptr<hms::server::ServerRuntime> m_runtime; // stopped first, when destroyed
};
} // namespace

// Sign-in throttling that holds exactly under concurrent attempts, on every
// worker and replica, and idle expiry to the second across workers.
class TestSignInLimits : public QObject
{
    Q_OBJECT

private:
    ApiFixture f;
    const LoginThrottle::Policy policy{}; // the server's limits

    qint64 failuresAudited(const QString &username)
    {
        return f.database
            .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'auth.login' AND outcome = "
                                   "'failure' AND username = '%1'")
                        .arg(username))
            .toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = f.setUp({QStringLiteral("--workers"), QStringLiteral("4")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void oneAddressChecksExactlyThePairLimit()
    {
        QVERIFY(f.server
                    ->addUser(QStringLiteral("victim"), QStringLiteral("receptionist"),
                              QLatin1String(ApiFixture::Password))
                    .exitCode == 0);
        const quint16 port = f.server->port();
        const Tally tally = hammer(20, 10, [port](int, int) {
            return Attempt{QStringLiteral("127.0.3.1"), port, QStringLiteral("victim")};
        });
        QVERIFY2(tally.other.isEmpty(), qPrintable(tally.other.join(QStringLiteral(", "))));
        QCOMPARE(tally.checked, policy.pairLimit);
        QCOMPARE(tally.throttled, 200 - policy.pairLimit);
        QCOMPARE(failuresAudited(QStringLiteral("victim")), qint64(policy.pairLimit));
        // The account itself is not locked (its own limit is higher): the right
        // password from elsewhere signs in, and gives back what it reserved.
        QCOMPARE(loginFrom(QStringLiteral("127.0.3.2"), port, QStringLiteral("victim"),
                           QLatin1String(ApiFixture::Password)),
                 200);
        QCOMPARE(loginFrom(QStringLiteral("127.0.3.1"), port, QStringLiteral("victim"),
                           QLatin1String(ApiFixture::Password)),
                 429);
    }

    void manyAddressesCheckExactlyTheAccountLimitOnEveryReplica()
    {
        QVERIFY(f.server
                    ->addUser(QStringLiteral("sprayed"), QStringLiteral("doctor"),
                              QLatin1String(ApiFixture::Password))
                    .exitCode == 0);
        // On PostgreSQL half the attempts go to a second server on the same database.
        std::unique_ptr<TestServer> replica;
        quint16 other = f.server->port();
        if (f.database.isPostgres()) {
            replica = std::make_unique<TestServer>(f.database.url());
            QVERIFY2(replica->start({QStringLiteral("--workers"), QStringLiteral("4")}),
                     qPrintable(replica->output()));
            other = replica->port();
        }
        const quint16 port = f.server->port();
        const Tally tally = hammer(20, 10, [port, other](int t, int) {
            return Attempt{QStringLiteral("127.0.4.%1").arg(t + 1), t % 2 ? other : port,
                           QStringLiteral("sprayed")};
        });
        QVERIFY2(tally.other.isEmpty(), qPrintable(tally.other.join(QStringLiteral(", "))));
        QCOMPARE(tally.checked, policy.accountLimit);
        QCOMPARE(tally.throttled, 200 - policy.accountLimit);
        QCOMPARE(failuresAudited(QStringLiteral("sprayed")), qint64(policy.accountLimit));
        // Locked for every address now, even with the right password.
        QCOMPARE(loginFrom(QStringLiteral("127.0.4.99"), other, QStringLiteral("sprayed"),
                           QLatin1String(ApiFixture::Password)),
                 429);
        if (replica)
            QCOMPARE(replica->stop(), 0);
    }

    void oneAddressChecksExactlyTheAddressLimitOverManyAccounts()
    {
        const quint16 port = f.server->port();
        const Tally tally = hammer(20, 10, [port](int t, int i) {
            return Attempt{QStringLiteral("127.0.5.1"), port, QStringLiteral("nobody-%1-%2").arg(t).arg(i)};
        });
        QVERIFY2(tally.other.isEmpty(), qPrintable(tally.other.join(QStringLiteral(", "))));
        QCOMPARE(tally.checked, policy.addressLimit);
        QCOMPARE(tally.throttled, 200 - policy.addressLimit);
        QCOMPARE(f.database
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'auth.login' AND "
                                            "outcome = 'failure' AND client_address = '127.0.5.1'"))
                     .toLongLong(),
                 qint64(policy.addressLimit));
    }

    void successesDoNotUseUpTheLimits()
    {
        // Twice as many right passwords as the account limit, at once, from
        // one address: each gives its reservation back, so all sign in, and
        // wrong ones still get the full allowance afterwards.
        QVERIFY(f.server
                    ->addUser(QStringLiteral("busy"), QStringLiteral("receptionist"),
                              QLatin1String(ApiFixture::Password))
                    .exitCode == 0);
        ApiClient client(f.server->url());
        QList<Request> logins;
        for (int i = 0; i < 2 * policy.accountLimit; ++i)
            logins.append(Request::post(QStringLiteral("/api/auth/login"),
                                        {{QStringLiteral("username"), QStringLiteral("busy")},
                                         {QStringLiteral("password"), QLatin1String(ApiFixture::Password)}}));
        for (const Reply &reply : client.sendConcurrently(logins))
            QCOMPARE(reply.status, 200);
        const quint16 port = f.server->port();
        const Tally tally = hammer(10, 2, [port](int, int) {
            return Attempt{QStringLiteral("127.0.6.1"), port, QStringLiteral("busy")};
        });
        QVERIFY2(tally.other.isEmpty(), qPrintable(tally.other.join(QStringLiteral(", "))));
        QCOMPARE(tally.checked, policy.pairLimit);
    }

    void idleExpiryIsExactAcrossWorkers()
    {
        ClockedServer server;
        ManualClock &clock = server.clock;
        const quint16 port =
            server.start(f.database.url(), {QStringLiteral("--session-idle-minutes"), QStringLiteral("1")});
        QVERIFY(port > 0);
        const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(port));
        ApiClient user(base);
        QCOMPARE(user.login(QStringLiteral("front"), QLatin1String(ApiFixture::Password)).status, 200);

        // Each check asks on eight new connections at once, which the kernel
        // spreads over the workers: every worker must agree.
        auto statuses = [&user] {
            QList<Request> requests;
            for (int i = 0; i < 8; ++i)
                requests.append(Request::get(QStringLiteral("/api/auth/me"))
                                    .header("Authorization", "Bearer " + user.token().toLatin1()));
            QList<int> answered;
            for (const Reply &reply : user.sendConcurrently(requests))
                answered.append(reply.status);
            return answered;
        };
        const QList<int> allValid(8, 200);
        const QList<int> allRefused(8, 401);
        QCOMPARE(statuses(), allValid);
        // Used every 59 s: valid for as long as that goes on.
        for (int i = 0; i < 4; ++i) {
            clock.advance(59s);
            QCOMPARE(statuses(), allValid);
        }
        // Used again half a second later, then 59.5 s after that.
        clock.advance(500ms);
        QCOMPARE(statuses(), allValid);
        clock.advance(59500ms);
        QCOMPARE(statuses(), allValid);
        // Idle for a second longer than the window: refused everywhere, and for good.
        clock.advance(61s);
        QCOMPARE(statuses(), allRefused);
        clock.advance(-60s);
        QCOMPARE(statuses(), allRefused);

        // A new session idle for just under the window stays; the refusal
        // comes no later than a second past it.
        clock.advance(60s);
        QCOMPARE(user.login(QStringLiteral("front"), QLatin1String(ApiFixture::Password)).status, 200);
        clock.advance(59900ms);
        QCOMPARE(statuses(), allValid);
        clock.advance(61s);
        QCOMPARE(statuses(), allRefused);
    }

    void aSignInDoesNotKeepOldFailuresAlive()
    {
        QVERIFY(f.server
                    ->addUser(QStringLiteral("forgetful"), QStringLiteral("doctor"),
                              QLatin1String(ApiFixture::Password))
                    .exitCode == 0);
        ClockedServer server;
        const quint16 port = server.start(f.database.url(), {});
        QVERIFY(port > 0);
        int address = 0;
        // Wrong passwords, a few per address so that only the account's count matters.
        auto wrong = [&](int times) {
            QList<int> answered;
            for (int i = 0; i < times; ++i)
                answered.append(loginFrom(QStringLiteral("127.0.8.%1").arg(1 + address++ / 4), port,
                                          QStringLiteral("forgetful"), QStringLiteral("not it at all")));
            return answered;
        };
        const int below = policy.accountLimit - 1;
        QCOMPARE(wrong(below), QList<int>(below, 401));
        // A sign-in ten minutes later, then the window passes since the last failure.
        server.clock.advance(10min);
        QCOMPARE(loginFrom(QStringLiteral("127.0.8.200"), port, QStringLiteral("forgetful"),
                           QLatin1String(ApiFixture::Password)),
                 200);
        server.clock.advance(std::chrono::seconds(policy.windowSeconds) - 10min + 1s);
        // The old failures are forgotten: the account has its whole allowance again.
        address = 40;
        QCOMPARE(wrong(policy.accountLimit), QList<int>(policy.accountLimit, 401));
        QCOMPARE(wrong(1), QList<int>{429});
    }
};

QTEST_GUILESS_MAIN(TestSignInLimits)
#include "tst_sign_in_limits.moc"
