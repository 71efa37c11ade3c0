#include "IdleTimeoutTcpServer.h"

#include <QSslSocket>
#include <QTimer>

namespace hms::server {

IdleTimeoutTcpServer::IdleTimeoutTcpServer(int idleTimeoutSeconds, std::optional<QSslConfiguration> tls,
                                           QObject *parent)
    : QTcpServer(parent)
    , m_idleTimeoutMs(idleTimeoutSeconds * 1000)
    , m_tls(std::move(tls))
{}

void IdleTimeoutTcpServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *tlsSocket = new QSslSocket(this);
        if (!tlsSocket->setSocketDescriptor(descriptor)) {
            delete tlsSocket;
            return;
        }
        tlsSocket->setSslConfiguration(*m_tls);
        connect(tlsSocket, &QSslSocket::sslErrors, tlsSocket, [tlsSocket] { tlsSocket->abort(); });
        tlsSocket->startServerEncryption();
        socket = tlsSocket;
    } else {
        socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(m_idleTimeoutMs);
    connect(idle, &QTimer::timeout, socket, [socket] { socket->disconnectFromHost(); });
    connect(socket, &QTcpSocket::readyRead, idle, qOverload<>(&QTimer::start));
    connect(socket, &QTcpSocket::bytesWritten, idle, qOverload<>(&QTimer::start));
    idle->start();
    addPendingConnection(socket);
}

} // namespace hms::server
