// Request framing, end to end: the input is what a client writes on one
// connection, read by a real HttpDaemon (libmicrohttpd, the connection gate,
// the first-byte check, checkFraming and the limits) over loopback TCP.
// Invariants: what comes back starts with a well-formed HTTP/1.1 status line
// (or nothing, when the bytes could not begin a request); every request the
// answering function sees is one checkFraming lets through, with a known
// method and a body within the limit; and once its clients have gone, the
// gate counts no connection.
#include "FuzzSupport.h"

#include "http/ConnectionGate.h"
#include "http/HttpDaemon.h"
#include "http/HttpFraming.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "http/ListeningSocket.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonObject>
#include <QLoggingCategory>
#include <arpa/inet.h>
#include <cerrno>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace hms;
using namespace hms::server;

namespace {

struct Harness
{
    Harness()
    {
        options.maxBodyBytes = 4096;
        options.maxHeaderBytes = 4096;
        options.maxTargetBytes = 1024;
        options.maxHeaderCount = 20;
        options.headerTimeoutSeconds = 1;
        options.idleTimeoutSeconds = 1;
        options.maxConnections = 4096;
        daemon = std::make_unique<HttpDaemon>(
            [this](const HttpRequest &request) {
                // Whatever reaches a handler passed every rule of the transport.
                // (The target was checked as it arrived; QUrl may encode it longer.)
                const auto refusal = checkFraming(QByteArray(), request.headers, options);
                HMS_FUZZ_CHECK(!refusal, refusal ? refusal->detail : QString());
                HMS_FUZZ_CHECK(request.body.size() <= options.maxBodyBytes,
                               QString::number(request.body.size()));
                HMS_FUZZ_CHECK(request.method != Method::Unknown,
                               QString::fromLatin1(request.url.toEncoded()));
                return HttpResponse::json(QJsonObject{{QStringLiteral("bytes"), request.body.size()}});
            },
            [](int status, const QString &detail) {
                HttpResponse response;
                response.status = status;
                response.body = detail.toUtf8();
                response.contentType = QByteArrayLiteral("text/plain");
                return response;
            },
            options, gate);
        const auto listening = openListeningSocket(QHostAddress::LocalHost, 0);
        if (!listening)
            fuzz::fail("a loopback listening socket", listening.error());
        port = boundPort(listening.value());
        if (const auto error = daemon->start(listening.value(), std::nullopt))
            fuzz::fail("the daemon starts", *error);
    }

    HttpOptions options;
    ConnectionGate gate{4096, 4096, {}};
    std::unique_ptr<HttpDaemon> daemon;
    quint16 port = 0;
};

Harness *harness = nullptr;

// Everything the server writes back until it closes the connection, or
// until it has been quiet for a moment after the whole input went out (a
// kept-alive connection waits for more; the server runs in this thread, so
// quiet means it has nothing left to do with what it read).
QByteArray exchange(const QByteArray &input)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(harness->port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&to), sizeof(to)) != 0)
        fuzz::fail("connect", QString::fromLocal8Bit(std::strerror(errno)));
    qsizetype sent = 0;
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    QElapsedTimer quiet;
    quiet.start();
    bool open = true;
    while (open && timer.elapsed() < 2000) {
        if (sent < input.size()) {
            const ssize_t written = ::send(fd, input.constData() + sent, size_t(input.size() - sent),
                                           MSG_NOSIGNAL | MSG_DONTWAIT);
            if (written > 0)
                sent += written;
            else if (errno != EAGAIN)
                sent = input.size(); // closed by the server: the rest is never read
            if (sent == input.size())
                ::shutdown(fd, SHUT_WR);
            quiet.restart();
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        char buffer[16384];
        for (;;) {
            const ssize_t got = ::recv(fd, buffer, sizeof(buffer), MSG_DONTWAIT);
            if (got > 0) {
                answer.append(buffer, got);
                quiet.restart();
                continue;
            }
            if (got == 0 || errno != EAGAIN)
                open = false;
            break;
        }
        if (sent == input.size() && quiet.elapsed() > 5)
            break;
    }
    ::close(fd);
    return answer;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (!harness) { // the first input: an event loop and a daemon for the whole run
        static int argc = 1;
        static char name[] = "fuzz_http_framing";
        static char *argv[] = {name, nullptr};
        static QCoreApplication application(argc, argv);
        QLoggingCategory::setFilterRules(QStringLiteral("hms.http.debug=false"));
        static Harness instance;
        harness = &instance;
    }
    const QByteArray input = fuzz::bytes(data, size);
    const QByteArray answer = exchange(input);
    if (!answer.isEmpty()) {
        HMS_FUZZ_CHECK(answer.startsWith("HTTP/1.1 ") && answer.size() >= 12 && answer.contains("\r\n"),
                       QString::fromLatin1(answer.left(80).toHex()));
        const int status = answer.mid(9, 3).toInt();
        HMS_FUZZ_CHECK(status == 100 || (status >= 200 && status <= 599),
                       QString::fromLatin1(answer.left(80)));
        HMS_FUZZ_CHECK(status < 500 || status == 501 || status == 505, QString::fromLatin1(answer.left(200)));
    }
    // The client has gone: the gate lets go of its connection once the
    // server sees that (at the latest after the one-second idle timeout, when
    // the end of the stream arrived while a request was being answered). Every
    // 200 inputs, wait for that and check nothing is left.
    static int inputs = 0;
    if (++inputs % 200 == 0) {
        QElapsedTimer timer;
        timer.start();
        while (harness->gate.openConnections() != 0 && timer.elapsed() < 3000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        HMS_FUZZ_CHECK(harness->gate.openConnections() == 0,
                       QString::number(harness->gate.openConnections()));
    }
    return 0;
}
