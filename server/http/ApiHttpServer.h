#pragma once

#include <QAbstractHttpServer>

namespace hms::server {

class Dispatcher;

// QAbstractHttpServer that answers every request synchronously inside
// handleRequest: no QFuture responses and no responder kept past the handler,
// so pipelined responses keep their order and a vanished client is harmless.
class ApiHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    ApiHttpServer(Dispatcher &dispatcher, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Dispatcher &m_dispatcher;
};

} // namespace hms::server
