#pragma once

#include "HttpOptions.h"

#include <QByteArray>
#include <QObject>
#include <QSet>
#include <functional>
#include <optional>

struct MHD_Daemon;
struct MHD_Connection;
class QSocketNotifier;
class QTimer;

namespace hms::server {

class ConnectionGate;
struct HttpRequest;
struct HttpResponse;

struct TlsMaterial
{
    QByteArray certificateChainPem;
    QByteArray privateKeyPem;
};

// HTTP/1.1 on one listening socket, parsed by libmicrohttpd and run inside
// the owning thread's event loop (its epoll descriptor is watched like any
// other socket), so every request is answered synchronously in that thread
// (by its Dispatcher, with its database connection).
//
// What reaches the answering function is one complete, unambiguous request within
// the limits of HttpOptions. Everything else is refused as early as it can
// be told apart, and the connection closed:
//  - over the caps of the ConnectionGate: closed when accepted;
//  - bytes that cannot begin an HTTP request (a TLS handshake on the plain
//    port, for one): closed as soon as they arrive, before any parsing;
//  - a request line and header block over maxHeaderBytes (431 or 414 from
//    the parser), more than maxHeaderCount headers (431), a target over
//    maxTargetBytes (414);
//  - framing RFC 9112 §6 leaves ambiguous: Content-Length together with
//    Transfer-Encoding, several Content-Length or Transfer-Encoding headers,
//    a method that is none of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS
//    (501); a malformed Content-Length (400, answered by the parser, which in
//    0.9.75 repeats its status line and headers before the body; the
//    connection closes all the same), a transfer coding other than chunked
//    (501); several Host headers (400);
//  - a declared body over maxBodyBytes: 413 before any of it is read; a
//    chunked body is cut off the moment it passes the limit;
//  - a header block not complete within headerTimeoutSeconds, a body slower
//    than minBodyBytesPerSecond after its grace period: closed.
class HttpDaemon : public QObject
{
    Q_OBJECT

public:
    // Answers one complete request.
    using Answer = std::function<HttpResponse(const HttpRequest &)>;
    // The answer to a request refused before it was read in full (framing, size).
    using Refusal = std::function<HttpResponse(int status, const QString &detail)>;

    HttpDaemon(Answer answer, Refusal refusal, const HttpOptions &options, ConnectionGate &gate,
               QObject *parent = nullptr);
    ~HttpDaemon() override;

    // Serves the listening socket (non-blocking, already listening), which the
    // daemon then owns. Returns an error message, or nothing.
    std::optional<QString> start(qintptr listeningSocket, const std::optional<TlsMaterial> &tls);
    // Stops accepting and hands the listening socket back (still open, for a
    // successor or to close); connections already open keep being served.
    qintptr stopAccepting();
    int openConnections() const;

private:
    struct Connection;
    struct Request;
    struct Pending;

    void acceptConnections();
    void inspect(Pending *pending);
    void drop(Pending *pending);
    void run();
    void scheduleRun();
    void closeStalledConnections();
    void connectionStarted(MHD_Connection *connection, void **context);
    void connectionClosed(void **context);
    Request *requestStarted(const char *target, MHD_Connection *connection);
    void requestCompleted(void **context);
    int handle(MHD_Connection *connection, const char *method, const char *version, const char *uploadData,
               size_t *uploadDataSize, void **context);
    // What the access handler returns: MHD_YES once the answer is queued.
    int queue(MHD_Connection *connection, const HttpResponse &response, bool close);

    Answer m_answer;
    Refusal m_refusal;
    const HttpOptions &m_options;
    ConnectionGate &m_gate;
    MHD_Daemon *m_daemon = nullptr;
    bool m_tls = false;
    qintptr m_listeningSocket = -1;
    QSocketNotifier *m_listener = nullptr;
    QTimer *m_resumeAccepting = nullptr; // after running out of descriptors
    QSet<Pending *> m_pending; // accepted, first bytes not yet seen
    Pending *m_handingOver = nullptr;
    QSocketNotifier *m_events = nullptr;
    QTimer *m_timeout = nullptr;
    QTimer *m_sweep = nullptr;
    QSet<Connection *> m_connections;
    QByteArray m_certificate; // libmicrohttpd keeps pointers to these
    QByteArray m_key;
};

} // namespace hms::server
