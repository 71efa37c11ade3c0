#include "support/ApiFixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace hms::test;

namespace {
// A plain blocking TCP connection, from a chosen loopback source address, so
// that one test process can look like many clients.
class RawConnection
{
public:
    explicit RawConnection(quint16 port, const char *source = "127.0.0.1")
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in from{};
        from.sin_family = AF_INET;
        ::inet_pton(AF_INET, source, &from.sin_addr);
        const bool bound = ::bind(m_fd, reinterpret_cast<sockaddr *>(&from), sizeof(from)) == 0;
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(port);
        ::inet_pton(AF_INET, "127.0.0.1", &to.sin_addr);
        m_connected = bound && ::connect(m_fd, reinterpret_cast<sockaddr *>(&to), sizeof(to)) == 0;
        const int one = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    }
    ~RawConnection()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool connected() const { return m_connected; }

    // Writes what it can; false once the server has closed the connection.
    bool send(const QByteArray &data)
    {
        qsizetype offset = 0;
        while (offset < data.size()) {
            const ssize_t written =
                ::send(m_fd, data.constData() + offset, size_t(data.size() - offset), MSG_NOSIGNAL);
            if (written <= 0)
                return false;
            offset += written;
        }
        return true;
    }

    // Reads until the server closes the connection, `responses` status lines
    // have arrived, or the time is up.
    QByteArray receive(int timeoutMs, int responses = 1)
    {
        QByteArray answer;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            pollfd waiting{m_fd, POLLIN, 0};
            if (::poll(&waiting, 1, 50) <= 0) {
                if (responses > 0 && answer.count("HTTP/1.1 ") >= responses && answer.contains("\r\n\r\n"))
                    break;
                continue;
            }
            char buffer[65536];
            const ssize_t got = ::recv(m_fd, buffer, sizeof(buffer), 0);
            if (got <= 0) {
                m_closedByServer = true;
                break;
            }
            answer.append(buffer, got);
        }
        return answer;
    }

    // Whether the server has closed the connection (waiting up to timeoutMs).
    bool closedWithin(int timeoutMs)
    {
        if (m_closedByServer)
            return true;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            pollfd waiting{m_fd, POLLIN, 0};
            if (::poll(&waiting, 1, 20) > 0) {
                char buffer[4096];
                const ssize_t got = ::recv(m_fd, buffer, sizeof(buffer), MSG_DONTWAIT);
                if (got == 0 || (got < 0 && errno != EAGAIN))
                    return m_closedByServer = true;
            }
        }
        return false;
    }

private:
    int m_fd = -1;
    bool m_connected = false;
    bool m_closedByServer = false;
};

int statusOf(const QByteArray &answer)
{
    if (!answer.startsWith("HTTP/1.1 "))
        return 0;
    return answer.mid(9, 3).toInt();
}

// Peak resident memory of a process, in MiB.
double peakRssMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024;
    }
    return -1;
}
} // namespace

// What an attacker on an open network can send, and what it must get: every
// limit enforced before the server buffers past it, framing that leaves no
// doubt where a request ends, and the server answering everyone else all the
// while, within its memory bound.
class TestAbuse : public QObject
{
    Q_OBJECT

private:
    ApiFixture f;
    static constexpr int HeaderTimeoutSeconds = 2;
    static constexpr int MaxConnections = 150;
    static constexpr int MaxPerAddress = 40;

    quint16 port() const { return f.server->port(); }
    qint64 pid() { return f.server->process().processId(); }

    QByteArray request(const QByteArray &head, const QByteArray &body = {}, int timeoutMs = 5000)
    {
        RawConnection connection(port());
        connection.send(head + body);
        return connection.receive(timeoutMs);
    }

    // Milliseconds /health takes on a new connection from this address.
    qint64 healthLatencyMs(const char *source = "127.0.0.1")
    {
        QElapsedTimer timer;
        timer.start();
        RawConnection connection(port(), source);
        if (!connection.send("GET /health HTTP/1.1\r\nHost: hms\r\nConnection: close\r\n\r\n"))
            return -1;
        const QByteArray answer = connection.receive(5000);
        return statusOf(answer) == 200 ? timer.elapsed() : -1;
    }

    qint64 patientCount()
    {
        return f.admin->get(QStringLiteral("/api/patients?include_total=true&limit=1"))
            .json()
            .value(QStringLiteral("total"))
            .toInteger(-1);
    }

    QByteArray bearer() const { return "Bearer " + f.reception->token().toLatin1(); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error =
            f.setUp({QStringLiteral("--workers"), QStringLiteral("4"),
                     QStringLiteral("--header-timeout-seconds"), QString::number(HeaderTimeoutSeconds),
                     QStringLiteral("--max-connections"), QString::number(MaxConnections),
                     QStringLiteral("--max-connections-per-address"), QString::number(MaxPerAddress)});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(f.createPatient(QStringLiteral("Ada Lovelace")) > 0);
    }

    void aDeclaredBodyOverTheLimitIsRefusedBeforeItArrives()
    {
        // 1 GiB announced: 413 at once, and the connection closes without reading it.
        RawConnection connection(port());
        QElapsedTimer timer;
        timer.start();
        connection.send("POST /api/auth/login HTTP/1.1\r\nHost: hms\r\nContent-Type: application/json\r\n"
                        "Content-Length: 1073741824\r\n\r\n{\"username\":");
        const QByteArray answer = connection.receive(3000);
        QCOMPARE(statusOf(answer), 413);
        QVERIFY(answer.contains("Connection: close"));
        QVERIFY(connection.closedWithin(1000));
        QVERIFY2(timer.elapsed() < 1000, QByteArray::number(timer.elapsed()).constData());
        // The rest of the body never finds a reader.
        QVERIFY(!connection.send(QByteArray(4 << 20, 'x')));
    }

    void chunkedBodiesAreCutOffAtTheLimitEvenFourAtOnce()
    {
        const qint64 before = patientCount();
        std::vector<std::thread> senders;
        senders.reserve(4);
        std::atomic<int> cut{0};
        std::atomic<qint64> mostSent{0};
        for (int i = 0; i < 4; ++i) {
            senders.emplace_back([&, this] {
                RawConnection connection(port());
                connection.send("POST /api/patients HTTP/1.1\r\nHost: hms\r\nAuthorization: " + bearer() +
                                "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
                const QByteArray chunk = "100000\r\n" + QByteArray(0x100000, ' ') + "\r\n";
                qint64 sent = 0;
                while (sent < (qint64{256} << 20) && connection.send(chunk))
                    sent += 0x100000;
                if (sent < (qint64{256} << 20))
                    ++cut;
                qint64 seen = mostSent.load();
                while (sent > seen && !mostSent.compare_exchange_weak(seen, sent)) {}
            });
        }
        for (std::thread &sender : senders)
            sender.join();
        QCOMPARE(cut.load(), 4);
        // What the kernel buffers aside, no sender got far past the 1 MiB limit.
        QVERIFY2(mostSent.load() <= qint64{32} << 20, QByteArray::number(mostSent.load()).constData());
        QCOMPARE(patientCount(), before);
    }

    void headerLimits_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        QTest::newRow("one 64 MiB header")
            << QByteArray("GET /health HTTP/1.1\r\nHost: hms\r\nX-Big: " + QByteArray(64 << 20, 'a') +
                          "\r\n\r\n")
            << 431;
        QByteArray many = "GET /health HTTP/1.1\r\nHost: hms\r\n";
        for (int i = 0; i < 100000; ++i)
            many += "a:b\r\n";
        QTest::newRow("100,000 headers") << QByteArray(many + "\r\n") << 431;
        QByteArray hundredFifty = "GET /health HTTP/1.1\r\nHost: hms\r\n";
        for (int i = 0; i < 150; ++i)
            hundredFifty += "X-" + QByteArray::number(i) + ": y\r\n";
        QTest::newRow("150 small headers") << QByteArray(hundredFifty + "\r\n") << 431;
        QTest::newRow("a 1 MiB target")
            << QByteArray("GET /health?" + QByteArray(1 << 20, 'a') + " HTTP/1.1\r\nHost: hms\r\n\r\n")
            << 414;
        QTest::newRow("a 9 KiB target")
            << QByteArray("GET /api/patients?q=" + QByteArray(qsizetype{9} * 1024, 'a') +
                          " HTTP/1.1\r\nHost: hms\r\n\r\n")
            << 414;
    }

    void headerLimits()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        QElapsedTimer timer;
        timer.start();
        RawConnection connection(port());
        connection.send(head); // the server may close before all of it is sent
        const QByteArray answer = connection.receive(3000);
        QCOMPARE(statusOf(answer), status);
        QVERIFY(connection.closedWithin(1000));
        QVERIFY2(timer.elapsed() < 2000, QByteArray::number(timer.elapsed()).constData());
    }

    void ambiguousFramingIsRefusedAndClosed_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<int>("status");
        QTest::newRow("two different Content-Length")
            << QByteArray("Content-Length: 2\r\nContent-Length: 3\r\n") << 400;
        QTest::newRow("the same Content-Length twice")
            << QByteArray("Content-Length: 2\r\nContent-Length: 2\r\n") << 400;
        QTest::newRow("Content-Length: 2, 2") << QByteArray("Content-Length: 2, 2\r\n") << 400;
        QTest::newRow("Content-Length: -1") << QByteArray("Content-Length: -1\r\n") << 400;
        QTest::newRow("Content-Length: +2") << QByteArray("Content-Length: +2\r\n") << 400;
        QTest::newRow("Content-Length and chunked")
            << QByteArray("Content-Length: 2\r\nTransfer-Encoding: chunked\r\n") << 400;
        QTest::newRow("chunked then Content-Length")
            << QByteArray("Transfer-Encoding: chunked\r\nContent-Length: 2\r\n") << 400;
        QTest::newRow("chunked twice")
            << QByteArray("Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n") << 400;
        QTest::newRow("gzip") << QByteArray("Transfer-Encoding: gzip\r\n") << 501;
        QTest::newRow("two Host headers") << QByteArray("Host: other\r\nContent-Length: 2\r\n") << 400;
    }

    void ambiguousFramingIsRefusedAndClosed()
    {
        QFETCH(QByteArray, headers);
        QFETCH(int, status);
        const qint64 before = patientCount();
        // A body that a lenient reader would end early, followed by a second
        // request it would then serve: the smuggling a proxy in front could not see.
        const QByteArray patient = R"({"name":"Smuggled Person","date_of_birth":"1990-01-01"})";
        const QByteArray smuggled = "POST /api/patients HTTP/1.1\r\nHost: hms\r\nAuthorization: " + bearer() +
            "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(patient.size()) +
            "\r\n\r\n" + patient;
        {
            // The smuggled request is one the server would carry out on its own.
            RawConnection alone(port());
            alone.send(smuggled);
            QCOMPARE(statusOf(alone.receive(3000)), 201);
        }
        const qint64 created = patientCount();
        QCOMPARE(created, before + 1);
        RawConnection connection(port());
        connection.send("POST /api/patients HTTP/1.1\r\nHost: hms\r\nAuthorization: " + bearer() +
                        "\r\nContent-Type: application/json\r\n" + headers + "\r\n{}\r\n0\r\n\r\n" +
                        smuggled);
        const QByteArray answer = connection.receive(3000, 2);
        QCOMPARE(statusOf(answer), status);
        // Only this refusal is answered (for a malformed Content-Length the
        // parser repeats its status line, never anything else): the smuggled
        // request is never read.
        for (qsizetype at = answer.indexOf("HTTP/1.1 "); at >= 0; at = answer.indexOf("HTTP/1.1 ", at + 1))
            QCOMPARE(answer.mid(at + 9, 3).toInt(), status);
        QVERIFY(connection.closedWithin(1000));
        QCOMPARE(patientCount(), created);
    }

    void lineEndingsAndFolding()
    {
        // Bare LF is a line end RFC 9112 §2.2 lets a server accept; it must still be one request.
        QByteArray answer =
            request("GET /health HTTP/1.1\nHost: hms\nConnection: close\n\nGET /health HTTP/1.1\n\n");
        QCOMPARE(statusOf(answer), 200);
        QCOMPARE(answer.count("HTTP/1.1 "), 1);
        // Obsolete line folding (§5.2): refused, or unfolded into one header; never a second request.
        answer = request("GET /health HTTP/1.1\r\nHost: hms\r\nX-Folded: a\r\n GET /ready HTTP/1.1\r\n"
                         "Connection: close\r\n\r\n");
        QVERIFY2(statusOf(answer) == 200 || statusOf(answer) == 400, answer.left(200).constData());
        QCOMPARE(answer.count("HTTP/1.1 "), 1);
    }

    void methodsOutsideTheApiAreNotImplemented()
    {
        for (const QByteArray &method : {QByteArray("TRACE"), QByteArray("CONNECT"), QByteArray("GEV")}) {
            const QByteArray answer = request(method + " /health HTTP/1.1\r\nHost: hms\r\n\r\n");
            QCOMPARE(statusOf(answer), 501);
            QVERIFY(answer.contains("Connection: close"));
        }
    }

    void bytesThatAreNotHttpAreClosedAtOnce()
    {
        // A TLS ClientHello on the plain port.
        QByteArray hello = QByteArray::fromHex("160301013a0100013603033b9d12f41c7c8a");
        hello += QByteArray(300, '\x11');
        RawConnection connection(port());
        QElapsedTimer timer;
        timer.start();
        connection.send(hello);
        const QByteArray answer = connection.receive(3000);
        QVERIFY(statusOf(answer) == 0 || statusOf(answer) == 400);
        QVERIFY(connection.closedWithin(1000));
        QVERIFY2(timer.elapsed() < 1000, QByteArray::number(timer.elapsed()).constData());
    }

    void theBearerSchemeIsCaseInsensitive()
    {
        const QByteArray token = f.reception->token().toLatin1();
        for (const QByteArray &scheme : {QByteArray("Bearer"), QByteArray("bearer"), QByteArray("BEARER")}) {
            const QByteArray answer =
                request("GET /api/patients?limit=1 HTTP/1.1\r\nHost: hms\r\nAuthorization: " + scheme + ' ' +
                        token + "\r\nConnection: close\r\n\r\n");
            QCOMPARE(statusOf(answer), 200);
        }
        for (const QByteArray &wrong : {QByteArray("Bearer" + token), QByteArray("Basic " + token),
                                        QByteArray("Bearer "), QByteArray("Bearerx " + token)}) {
            const QByteArray answer =
                request("GET /api/patients HTTP/1.1\r\nHost: hms\r\nAuthorization: " + wrong +
                        "\r\nConnection: close\r\n\r\n");
            QCOMPARE(statusOf(answer), 401);
        }
    }

    void tricklingHeadersAndBodiesAreCutWhileOthersAreServed()
    {
        RawConnection headers(port());
        RawConnection body(port());
        headers.send("GET /health HTTP/1.1\r\n");
        body.send("POST /api/auth/login HTTP/1.1\r\nHost: hms\r\nContent-Type: application/json\r\n"
                  "Content-Length: 100000\r\n\r\n{");
        QElapsedTimer timer;
        timer.start();
        qint64 slowestHealth = 0;
        bool headersOpen = true;
        while (timer.elapsed() < 12000 && headersOpen) {
            // One byte every 200 ms: each one would have restarted an idle timer.
            headersOpen = headers.send("X");
            body.send("a");
            const qint64 latency = healthLatencyMs();
            QVERIFY(latency >= 0);
            slowestHealth = std::max(slowestHealth, latency);
            QTest::qWait(200);
        }
        QVERIFY2(!headersOpen || headers.closedWithin(1000), "the trickling header block was never cut");
        const qint64 cutAfter = timer.elapsed();
        QVERIFY2(cutAfter < qint64{HeaderTimeoutSeconds + 2} * 1000,
                 QByteArray::number(cutAfter).constData());
        // The body (5 bytes/s) falls below the minimum rate after its grace period.
        QVERIFY(body.closedWithin(8000));
        QVERIFY2(slowestHealth < 100, QByteArray::number(slowestHealth).constData());
        qInfo("trickling header block closed after %lld ms; slowest /health meanwhile %lld ms", cutAfter,
              slowestHealth);
    }

    void oneAddressCannotTakeMoreThanItsShare()
    {
        std::vector<std::unique_ptr<RawConnection>> flood;
        flood.reserve(size_t{5} * MaxPerAddress);
        for (int i = 0; i < 5 * MaxPerAddress; ++i) {
            flood.push_back(std::make_unique<RawConnection>(port(), "127.0.0.2"));
            flood.back()->send("GET /health HTTP/1.1\r\n");
        }
        QTest::qWait(300);
        int open = 0;
        for (auto &connection : flood)
            open += connection->closedWithin(10) ? 0 : 1;
        QVERIFY2(open <= MaxPerAddress, QByteArray::number(open).constData());
        QVERIFY(open >= MaxPerAddress / 2);
        const qint64 latency = healthLatencyMs();
        QVERIFY2(latency >= 0 && latency < 100, QByteArray::number(latency).constData());
    }

    void aDistributedFloodIsCappedWhileEstablishedClientsAreServed()
    {
        // An established keep-alive client, before the flood.
        RawConnection established(port());
        QVERIFY(established.send("GET /health HTTP/1.1\r\nHost: hms\r\n\r\n"));
        QCOMPARE(statusOf(established.receive(2000)), 200);

        std::vector<std::unique_ptr<RawConnection>> flood;
        flood.reserve(size_t{3} * MaxConnections);
        for (int i = 0; i < 3 * MaxConnections; ++i) {
            const QByteArray source = "127.0.1." + QByteArray::number(1 + i % 100);
            flood.push_back(std::make_unique<RawConnection>(port(), source.constData()));
            flood.back()->send("GET /health HTTP/1.1\r\n");
        }
        QTest::qWait(300);
        int open = 0;
        for (auto &connection : flood)
            open += connection->closedWithin(10) ? 0 : 1;
        QVERIFY2(open <= MaxConnections, QByteArray::number(open).constData());

        QElapsedTimer timer;
        timer.start();
        QVERIFY(established.send("GET /health HTTP/1.1\r\nHost: hms\r\n\r\n"));
        QCOMPARE(statusOf(established.receive(2000)), 200);
        QVERIFY2(timer.elapsed() < 100, QByteArray::number(timer.elapsed()).constData());

        // Once the flood's header deadline passes, newcomers get in again.
        flood.clear();
        QTRY_VERIFY_WITH_TIMEOUT(healthLatencyMs() >= 0, (HeaderTimeoutSeconds + 3) * 1000);
        const QByteArray metrics = f.admin->get(QStringLiteral("/metrics")).body;
        QVERIFY(metrics.contains("hms_http_connections_refused_total "));
        QVERIFY(!metrics.contains("hms_http_connections_refused_total 0\n"));
    }

    void memoryStaysBounded()
    {
        const double peak = peakRssMiB(pid());
        qInfo("hms-server peak RSS through the suite: %.1f MiB", peak);
        QVERIFY(peak > 0);
        QVERIFY2(peak < 200, QByteArray::number(peak).constData());
        QCOMPARE(f.admin->get(QStringLiteral("/health")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestAbuse)
#include "tst_abuse.moc"
