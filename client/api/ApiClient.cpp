#include "ApiClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QUrlQuery>

namespace hms::client {

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setTransferTimeout(15000);
}

void ApiClient::setServer(const QUrl &server)
{
    m_server = server;
}

void ApiClient::get(const QString &path, QObject *context, Callback callback)
{
    send("GET", path, {}, std::nullopt, context, std::move(callback));
}

void ApiClient::post(const QString &path, const QJsonObject &body, QObject *context, Callback callback)
{
    send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), std::nullopt, context,
         std::move(callback));
}

void ApiClient::put(const QString &path, const QJsonObject &body, std::optional<int> ifMatch,
                    QObject *context, Callback callback)
{
    send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), ifMatch, context,
         std::move(callback));
}

void ApiClient::del(const QString &path, QObject *context, Callback callback)
{
    send("DELETE", path, {}, std::nullopt, context, std::move(callback));
}

void ApiClient::login(const QString &username, const QString &password, QObject *context, Callback callback)
{
    m_token.clear();
    post(QStringLiteral("/api/auth/login"),
         {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}}, context,
         [this, callback = std::move(callback)](const ApiResult &result) {
             if (result.ok()) {
                 m_token = result.json.value(QStringLiteral("token")).toString();
                 Q_EMIT signedIn(result.json.value(QStringLiteral("user")).toObject());
             }
             callback(result);
         });
}

void ApiClient::logout()
{
    if (m_token.isEmpty())
        return;
    send("POST", QStringLiteral("/api/auth/logout"), {}, std::nullopt, this, [](const ApiResult &) {});
    m_token.clear();
}

void ApiClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                     std::optional<int> ifMatch, QObject *context, Callback callback)
{
    QUrl url = m_server;
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        url.setQuery(QUrlQuery(path.mid(query + 1)));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("hms-client/" HMS_VERSION));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (ifMatch)
        request.setRawHeader("If-Match", '"' + QByteArray::number(*ifMatch) + '"');

    auto *timer = new QElapsedTimer;
    timer->start();
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
    const bool authenticated = !m_token.isEmpty();
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [=, this, callback = std::move(callback)] {
        const int elapsed = int(timer->elapsed());
        delete timer;
        reply->deleteLater();
        const ApiResult result = decode(reply, elapsed);
        if (--m_pending == 0)
            Q_EMIT busyChanged(false);
        const bool reachable = !result.isNetworkError() && result.status != 503;
        if (reachable != m_reachable) {
            m_reachable = reachable;
            Q_EMIT reachabilityChanged(reachable);
        }
        if (!result.isNetworkError())
            Q_EMIT requestFinished(elapsed);
        if (result.status == 401 && authenticated && !path.startsWith(QLatin1String("/api/auth/login"))) {
            m_token.clear();
            Q_EMIT sessionEnded();
        }
        if (guard)
            callback(result);
    });
}

ApiResult ApiClient::decode(QNetworkReply *reply, int elapsedMs) const
{
    ApiResult result;
    result.roundTripMs = elapsedMs;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    result.json = QJsonDocument::fromJson(body).object();
    QByteArray etag = reply->rawHeader("ETag");
    etag.replace('"', "");
    result.version = etag.toInt();
    if (result.status == 0) {
        switch (reply->error()) {
        case QNetworkReply::SslHandshakeFailedError:
            result.message = tr("The server's security certificate could not be verified.");
            break;
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
            result.message = tr("The server at %1 cannot be reached.").arg(m_server.toDisplayString());
            break;
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            result.message = tr("The server did not answer in time.");
            break;
        default:
            result.message = tr("The server cannot be reached (%1).").arg(reply->errorString());
        }
        return result;
    }
    if (!result.ok()) {
        result.problemType =
            result.json.value(QStringLiteral("type")).toString().section(QLatin1Char('/'), -1);
        result.message = result.json.value(QStringLiteral("detail")).toString();
        result.fieldErrors =
            ValidationErrors::fromJson(result.json.value(QStringLiteral("errors")).toObject());
        result.retryAfterSeconds = reply->rawHeader("Retry-After").toInt();
        if (result.message.isEmpty())
            result.message = tr("The server answered %1.").arg(result.status);
    }
    return result;
}

} // namespace hms::client
