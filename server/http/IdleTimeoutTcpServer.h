#pragma once

#include <QSslConfiguration>
#include <QTcpServer>
#include <optional>

namespace hms::server {

// Closes a connection that has been silent for longer than the idle timeout:
// keep-alive connections and slow clients cannot hold sockets forever.
// Optionally terminates TLS.
class IdleTimeoutTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    // With a TLS configuration, every connection is encrypted (QSslSocket).
    IdleTimeoutTcpServer(int idleTimeoutSeconds, std::optional<QSslConfiguration> tls,
                         QObject *parent = nullptr);

    // For connections accepted from now on (a renewed certificate); open ones keep theirs.
    void setTlsConfiguration(const QSslConfiguration &tls) { m_tls = tls; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    int m_idleTimeoutMs;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace hms::server
