#include "ApiHttpServer.h"

#include "Dispatcher.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

namespace hms::server {

ApiHttpServer::ApiHttpServer(Dispatcher &dispatcher, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_dispatcher(dispatcher)
{}

bool ApiHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const HttpResponse response = m_dispatcher.dispatch(request);
    const bool close = request.value(QByteArrayLiteral("Connection")).toLower().contains("close");

    QByteArray wire;
    wire.reserve(256 + response.body.size());
    wire += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
        Dispatcher::statusReason(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        wire += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &[name, value] : response.headers)
        wire += name + ": " + value + "\r\n";
    wire += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (close)
        wire += "Connection: close\r\n";
    wire += "\r\n";
    if (request.method() != QHttpServerRequest::Method::Head)
        wire += response.body;
    socket->write(wire);
    if (close)
        socket->disconnectFromHost();
    return true;
}

void ApiHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // Never reached: handleRequest answers every request.
}

} // namespace hms::server
