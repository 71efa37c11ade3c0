#include "HttpDaemon.h"

#include "ConnectionGate.h"
#include "HttpFraming.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimer>
#include <array>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <microhttpd.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcHttp, "hms.http")

namespace hms::server {

namespace {
qint64 nowMs()
{
    return QDeadlineTimer::current().deadline();
}

QHostAddress addressOf(const sockaddr *address)
{
    QHostAddress host(address);
    bool isV4 = false;
    const quint32 v4 = host.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : host;
}

__attribute__((format(printf, 2, 0))) void logFromParser(void *, const char *format, va_list arguments)
{
    // The parser's own diagnostics (malformed requests and the like); they
    // never carry a body, and are debug output only.
    if (!lcHttp().isDebugEnabled())
        return;
    std::array<char, 512> text{};
    std::vsnprintf(text.data(), text.size(), format, arguments);
    qCDebug(lcHttp, "%s", QByteArray(text.data()).trimmed().constData());
}

// libmicrohttpd would percent-decode the path and query in place; the
// Dispatcher decodes them itself from the raw target, so leave them alone.
size_t keepEncoded(void *, MHD_Connection *, char *text)
{
    return std::strlen(text);
}
} // namespace

struct HttpDaemon::Connection
{
    enum class Phase { AwaitingRequest, ReadingHeaders, ReceivingBody, Answering };
    int fd = -1;
    QHostAddress peer;
    Phase phase = Phase::AwaitingRequest;
    bool answeredBefore = false;
    bool cut = false;
    qint64 since = 0; // when the current phase began
    qint64 bodyBytes = 0;
};

struct HttpDaemon::Pending
{
    int fd = -1;
    sockaddr_storage address{};
    socklen_t addressLength = 0;
    QHostAddress peer;
    qint64 acceptedAt = 0;
    QSocketNotifier *readable = nullptr;
};

struct HttpDaemon::Request
{
    Connection *connection = nullptr;
    QByteArray target;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Method method = Method::Unknown;
    bool headersChecked = false;
};

HttpDaemon::HttpDaemon(Answer answer, Refusal refusal, const HttpOptions &options, ConnectionGate &gate,
                       QObject *parent)
    : QObject(parent)
    , m_answer(std::move(answer))
    , m_refusal(std::move(refusal))
    , m_options(options)
    , m_gate(gate)
{}

HttpDaemon::~HttpDaemon()
{
    delete m_listener;
    if (m_listeningSocket >= 0)
        ::close(int(m_listeningSocket));
    const QList<Pending *> pending(m_pending.cbegin(), m_pending.cend());
    for (Pending *connection : pending)
        drop(connection);
    delete m_events;
    if (m_daemon)
        MHD_stop_daemon(m_daemon); // closes every connection, calling back for each
}

std::optional<QString> HttpDaemon::start(qintptr listeningSocket, const std::optional<TlsMaterial> &tls)
{
    const auto answer = [](void *self, MHD_Connection *connection, const char *, const char *method,
                           const char *version, const char *uploadData, size_t *uploadDataSize,
                           void **context) {
        return static_cast<MHD_Result>(static_cast<HttpDaemon *>(self)->handle(
            connection, method, version, uploadData, uploadDataSize, context));
    };
    const auto notifyConnection = [](void *self, MHD_Connection *connection, void **context,
                                     MHD_ConnectionNotificationCode code) {
        auto *daemon = static_cast<HttpDaemon *>(self);
        if (code == MHD_CONNECTION_NOTIFY_STARTED)
            daemon->connectionStarted(connection, context);
        else
            daemon->connectionClosed(context);
    };
    const auto requestLine = [](void *self, const char *target, MHD_Connection *connection) -> void * {
        return static_cast<HttpDaemon *>(self)->requestStarted(target, connection);
    };
    const auto completed = [](void *self, MHD_Connection *, void **context, MHD_RequestTerminationCode) {
        static_cast<HttpDaemon *>(self)->requestCompleted(context);
    };

    QList<MHD_OptionItem> options{
        {MHD_OPTION_EXTERNAL_LOGGER, intptr_t(&logFromParser), nullptr}, // first, to catch everything
        {MHD_OPTION_CONNECTION_MEMORY_LIMIT, intptr_t(m_options.maxHeaderBytes), nullptr},
        {MHD_OPTION_CONNECTION_LIMIT, intptr_t(m_options.maxConnections), nullptr},
        {MHD_OPTION_CONNECTION_TIMEOUT, intptr_t(m_options.idleTimeoutSeconds), nullptr},
        {MHD_OPTION_STRICT_FOR_CLIENT, 1, nullptr},
        {MHD_OPTION_NOTIFY_CONNECTION, intptr_t(+notifyConnection), this},
        {MHD_OPTION_URI_LOG_CALLBACK, intptr_t(+requestLine), this},
        {MHD_OPTION_NOTIFY_COMPLETED, intptr_t(+completed), this},
        {MHD_OPTION_UNESCAPE_CALLBACK, intptr_t(&keepEncoded), nullptr},
    };
    // The worker accepts connections itself (the gate, a look at the first
    // bytes) and hands them over.
    unsigned int flags = MHD_USE_EPOLL | MHD_USE_ERROR_LOG | MHD_USE_NO_LISTEN_SOCKET;
    if (tls) {
        flags |= MHD_USE_TLS;
        m_certificate = tls->certificateChainPem;
        m_key = tls->privateKeyPem;
        options.append({MHD_OPTION_HTTPS_MEM_CERT, 0, const_cast<char *>(m_certificate.constData())});
        options.append({MHD_OPTION_HTTPS_MEM_KEY, 0, const_cast<char *>(m_key.constData())});
    }
    options.append({MHD_OPTION_END, 0, nullptr});

    m_tls = tls.has_value();
    m_daemon = MHD_start_daemon(flags, 0, nullptr, nullptr, +answer, this, MHD_OPTION_ARRAY, options.data(),
                                MHD_OPTION_END);
    if (!m_daemon)
        return tls
            ? QStringLiteral("the HTTP server could not start (is the TLS certificate or key invalid?)")
            : QStringLiteral("the HTTP server could not start");
    const MHD_DaemonInfo *epoll = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_EPOLL_FD);
    m_events = new QSocketNotifier(epoll->epoll_fd, QSocketNotifier::Read);
    connect(m_events, &QSocketNotifier::activated, this, &HttpDaemon::run);
    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, &HttpDaemon::run);
    m_sweep = new QTimer(this);
    m_sweep->setInterval(250);
    connect(m_sweep, &QTimer::timeout, this, &HttpDaemon::closeStalledConnections);
    m_sweep->start();
    m_listeningSocket = listeningSocket;
    m_listener = new QSocketNotifier(m_listeningSocket, QSocketNotifier::Read);
    connect(m_listener, &QSocketNotifier::activated, this, &HttpDaemon::acceptConnections);
    m_resumeAccepting = new QTimer(this);
    m_resumeAccepting->setSingleShot(true);
    m_resumeAccepting->setInterval(100);
    connect(m_resumeAccepting, &QTimer::timeout, this, [this] {
        if (m_listener)
            m_listener->setEnabled(true);
    });
    return std::nullopt;
}

qintptr HttpDaemon::stopAccepting()
{
    delete m_listener;
    m_listener = nullptr;
    return std::exchange(m_listeningSocket, -1);
}

int HttpDaemon::openConnections() const
{
    if (!m_daemon)
        return 0;
    return int(m_pending.size()) +
        int(MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_CURRENT_CONNECTIONS)->num_connections);
}

void HttpDaemon::acceptConnections()
{
    // A bounded batch per wake-up, so one busy listener cannot starve the rest.
    for (int batch = 0; batch < 64; ++batch) {
        sockaddr_storage address{};
        socklen_t length = sizeof(address);
        const int fd = ::accept4(int(m_listeningSocket), reinterpret_cast<sockaddr *>(&address), &length,
                                 SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
                // Out of descriptors: leave the backlog to the kernel for a moment
                // instead of spinning on a listener that stays readable.
                m_listener->setEnabled(false);
                m_resumeAccepting->start();
                qCWarning(lcHttp, "cannot accept connections: %s", std::strerror(errno));
            }
            return;
        }
        const QHostAddress peer = addressOf(reinterpret_cast<const sockaddr *>(&address));
        if (!m_gate.admits(peer)) {
            m_gate.countRefusal();
            ::close(fd);
            continue;
        }
        m_gate.opened(peer);
        auto *pending = new Pending{fd, address, length, peer, nowMs(), nullptr};
        pending->readable = new QSocketNotifier(fd, QSocketNotifier::Read);
        connect(pending->readable, &QSocketNotifier::activated, this, [this, pending] { inspect(pending); });
        m_pending.insert(pending);
    }
}

void HttpDaemon::inspect(Pending *pending)
{
    unsigned char first = 0;
    const ssize_t peeked = ::recv(pending->fd, &first, 1, MSG_PEEK);
    if (peeked < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        return;
    // An HTTP request begins with its method, a token of capital letters; a
    // TLS connection with a handshake record (22). Anything else is closed
    // unread: it is not for this port.
    const bool plausible = peeked == 1 && (m_tls ? first == 22 : (first >= 'A' && first <= 'Z'));
    if (!plausible) {
        if (peeked == 1)
            m_gate.countRefusal();
        drop(pending);
        return;
    }
    m_pending.remove(pending);
    delete pending->readable;
    m_handingOver = pending;
    // The parser owns the socket from here, and closes it itself if it cannot take it.
    const MHD_Result added = MHD_add_connection(
        m_daemon, pending->fd, reinterpret_cast<const sockaddr *>(&pending->address), pending->addressLength);
    m_handingOver = nullptr;
    if (added != MHD_YES)
        m_gate.closed(pending->peer);
    delete pending;
    run();
}

void HttpDaemon::drop(Pending *pending)
{
    m_pending.remove(pending);
    delete pending->readable;
    ::close(pending->fd);
    m_gate.closed(pending->peer);
    delete pending;
}

void HttpDaemon::run()
{
    MHD_run(m_daemon);
    scheduleRun();
}

void HttpDaemon::scheduleRun()
{
    MHD_UNSIGNED_LONG_LONG milliseconds = 0;
    if (MHD_get_timeout(m_daemon, &milliseconds) == MHD_YES)
        m_timeout->start(int(std::min<MHD_UNSIGNED_LONG_LONG>(milliseconds, 60'000)));
    else
        m_timeout->stop();
}

void HttpDaemon::closeStalledConnections()
{
    const qint64 now = nowMs();
    const qint64 headerMs = qint64(m_options.headerTimeoutSeconds) * 1000;
    const qint64 idleMs = qint64(m_options.idleTimeoutSeconds) * 1000;
    bool cutAny = false;
    for (Pending *pending : QList<Pending *>(m_pending.cbegin(), m_pending.cend())) {
        if (now - pending->acceptedAt > headerMs) {
            m_gate.countStalled();
            drop(pending);
        }
    }
    for (Connection *connection : std::as_const(m_connections)) {
        if (connection->cut)
            continue;
        const qint64 elapsed = now - connection->since;
        bool stalled = false;
        switch (connection->phase) {
        case Connection::Phase::AwaitingRequest:
            // A new connection owes its first header block (and TLS handshake)
            // within the header timeout; a kept-alive one may first stay silent
            // for the idle timeout.
            stalled = elapsed > (connection->answeredBefore ? idleMs + headerMs : headerMs);
            break;
        case Connection::Phase::ReadingHeaders:
            stalled = elapsed > headerMs;
            break;
        case Connection::Phase::ReceivingBody:
            stalled = elapsed > qint64(m_options.bodyGraceSeconds) * 1000 &&
                connection->bodyBytes * 1000 < qint64(m_options.minBodyBytesPerSecond) * elapsed;
            break;
        case Connection::Phase::Answering:
            break; // a slow reader is the idle timeout's
        }
        if (stalled) {
            // The parser sees end of stream on its next read and closes the connection.
            ::shutdown(connection->fd, SHUT_RDWR);
            connection->cut = true;
            m_gate.countStalled();
            cutAny = true;
        }
    }
    if (cutAny)
        run();
}

void HttpDaemon::connectionStarted(MHD_Connection *connection, void **context)
{
    auto *state = new Connection;
    state->fd = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD)->connect_fd;
    // The gate has counted it since it was accepted, and its header deadline runs from then.
    if (m_handingOver) {
        state->peer = m_handingOver->peer;
        state->since = m_handingOver->acceptedAt;
    } else { // not reached: connections come only from inspect()
        state->peer =
            addressOf(MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS)->client_addr);
        state->since = nowMs();
    }
    *context = state;
    m_connections.insert(state);
}

void HttpDaemon::connectionClosed(void **context)
{
    auto *state = static_cast<Connection *>(*context);
    if (!state)
        return;
    m_gate.closed(state->peer);
    m_connections.remove(state);
    delete state;
    *context = nullptr;
}

HttpDaemon::Request *HttpDaemon::requestStarted(const char *target, MHD_Connection *connection)
{
    auto *request = new Request;
    request->target = QByteArray(target);
    const MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    request->connection = info ? static_cast<Connection *>(info->socket_context) : nullptr;
    if (request->connection) {
        request->connection->phase = Connection::Phase::ReadingHeaders;
        request->connection->since = nowMs();
    }
    return request;
}

void HttpDaemon::requestCompleted(void **context)
{
    auto *request = static_cast<Request *>(*context);
    if (!request)
        return;
    if (Connection *connection = request->connection) {
        connection->phase = Connection::Phase::AwaitingRequest;
        connection->answeredBefore = true;
        connection->since = nowMs();
    }
    delete request;
    *context = nullptr;
}

int HttpDaemon::handle(MHD_Connection *connection, const char *method, const char *version,
                       const char *uploadData, size_t *uploadDataSize, void **context)
{
    auto *request = static_cast<Request *>(*context);
    if (!request) { // no request line was seen (cannot happen: the parser reports each one)
        request = requestStarted("", connection);
        *context = request;
    }
    Connection *state = request->connection;

    if (!request->headersChecked) {
        // The header block is complete; no byte of the body has been read.
        request->headersChecked = true;
        MHD_get_connection_values_n(
            connection, MHD_HEADER_KIND,
            [](void *headers, MHD_ValueKind, const char *name, size_t nameSize, const char *value,
               size_t valueSize) {
                static_cast<QList<QPair<QByteArray, QByteArray>> *>(headers)->append(
                    {QByteArray(name, qsizetype(nameSize)), QByteArray(value, qsizetype(valueSize))});
                return MHD_YES;
            },
            &request->headers);
        request->method = methodFromName(method);
        if (request->method == Method::Unknown) {
            return queue(connection,
                         m_refusal(501,
                                   QStringLiteral("The method %1 is not one this server implements.")
                                       .arg(QString::fromLatin1(QByteArray(method).left(16)))),
                         true);
        }
        if (const auto refused = checkFraming(request->target, request->headers, m_options)) {
            // Answered with the connection closing: the body is never read.
            return queue(connection, m_refusal(refused->status, refused->detail), true);
        }
        if (state) {
            state->phase = Connection::Phase::ReceivingBody;
            state->since = nowMs();
            state->bodyBytes = 0;
        }
        return MHD_YES;
    }

    if (*uploadDataSize > 0) {
        if (request->body.size() + qint64(*uploadDataSize) > m_options.maxBodyBytes) {
            qCInfo(lcHttp, "a chunked request body passed %lld bytes; the connection was closed",
                   m_options.maxBodyBytes);
            return MHD_NO; // cut off here: nothing more of it is read
        }
        request->body.append(uploadData, qsizetype(*uploadDataSize));
        if (state)
            state->bodyBytes += qint64(*uploadDataSize);
        *uploadDataSize = 0;
        return MHD_YES;
    }

    if (state) {
        state->phase = Connection::Phase::Answering;
        state->since = nowMs();
    }
    HttpRequest complete;
    complete.method = request->method;
    complete.url = QUrl::fromEncoded(request->target, QUrl::StrictMode);
    complete.remoteAddress = state ? state->peer : QHostAddress();
    complete.headers = std::move(request->headers);
    complete.body = std::move(request->body);
    if (!complete.url.isValid() || !request->target.startsWith('/')) {
        return queue(connection, m_refusal(400, QStringLiteral("The request target is not a valid path.")),
                     true);
    }
    Q_UNUSED(version);
    return queue(connection, m_answer(complete), false);
}

int HttpDaemon::queue(MHD_Connection *connection, const HttpResponse &response, bool close)
{
    MHD_Response *reply = MHD_create_response_from_buffer(
        size_t(response.body.size()), const_cast<char *>(response.body.constData()), MHD_RESPMEM_MUST_COPY);
    if (!reply)
        return MHD_NO;
    if (!response.contentType.isEmpty() && !response.body.isEmpty())
        MHD_add_response_header(reply, "Content-Type", response.contentType.constData());
    for (const auto &[name, value] : response.headers)
        MHD_add_response_header(reply, name.constData(), value.constData());
    if (close)
        MHD_add_response_header(reply, "Connection", "close");
    const MHD_Result queued = MHD_queue_response(connection, unsigned(response.status), reply);
    MHD_destroy_response(reply);
    return queued;
}

} // namespace hms::server
