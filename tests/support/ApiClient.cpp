#include "ApiClient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

namespace hms::test {

QJsonObject Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QStringList Reply::fieldErrors(const QString &field) const
{
    QStringList messages;
    for (const QJsonValue message : json().value(QStringLiteral("errors")).toObject().value(field).toArray())
        messages.append(message.toString());
    return messages;
}

Request Request::get(const QString &path)
{
    return Request{"GET", path, {}, false, {}};
}

Request Request::del(const QString &path)
{
    return Request{"DELETE", path, {}, false, {}};
}

Request Request::post(const QString &path, const QJsonObject &body)
{
    return Request{"POST",
                   path,
                   QJsonDocument(body).toJson(QJsonDocument::Compact),
                   true,
                   {{"Content-Type", "application/json"}}};
}

Request Request::put(const QString &path, const QJsonObject &body)
{
    return Request{"PUT",
                   path,
                   QJsonDocument(body).toJson(QJsonDocument::Compact),
                   true,
                   {{"Content-Type", "application/json"}}};
}

Request &Request::header(const QByteArray &name, const QByteArray &value)
{
    for (auto &existing : headers) {
        if (existing.first.compare(name, Qt::CaseInsensitive) == 0) {
            existing.second = value;
            return *this;
        }
    }
    headers.append({name, value});
    return *this;
}

ApiClient::ApiClient(QUrl base)
    : m_base(std::move(base))
{}

QUrl ApiClient::url(const QString &path) const
{
    QUrl url = m_base;
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

QNetworkRequest ApiClient::networkRequest(const Request &request) const
{
    QNetworkRequest networkRequest(url(request.path));
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setTransferTimeout(30000);
    if (!m_token.isEmpty())
        networkRequest.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    return networkRequest;
}

namespace {
Reply collect(QNetworkReply *networkReply)
{
    Reply reply;
    reply.status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply.body = networkReply->readAll();
    for (const auto &pair : networkReply->rawHeaderPairs())
        reply.headers.append(pair);
    return reply;
}

QNetworkReply *issue(QNetworkAccessManager &network, const QNetworkRequest &networkRequest,
                     const Request &request)
{
    if (request.hasBody || !request.body.isEmpty())
        return network.sendCustomRequest(networkRequest, request.method, request.body);
    return network.sendCustomRequest(networkRequest, request.method);
}
} // namespace

Reply ApiClient::send(const Request &request)
{
    QNetworkReply *networkReply = issue(m_network, networkRequest(request), request);
    QEventLoop loop;
    QObject::connect(networkReply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!networkReply->isFinished())
        loop.exec();
    Reply reply = collect(networkReply);
    networkReply->deleteLater();
    return reply;
}

QList<Reply> ApiClient::sendConcurrently(const QList<Request> &requests)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply *> pending;
    for (const Request &request : requests) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        pending.append(issue(*managers.back(), networkRequest(request), request));
    }
    QEventLoop loop;
    int remaining = int(pending.size());
    for (QNetworkReply *networkReply : std::as_const(pending)) {
        QObject::connect(networkReply, &QNetworkReply::finished, &loop, [&loop, &remaining] {
            if (--remaining == 0)
                loop.quit();
        });
    }
    if (remaining > 0)
        loop.exec();
    QList<Reply> replies;
    for (QNetworkReply *networkReply : std::as_const(pending)) {
        replies.append(collect(networkReply));
        delete networkReply;
    }
    return replies;
}

Reply ApiClient::login(const QString &username, const QString &password)
{
    m_token.clear();
    Reply reply = post(QStringLiteral("/api/auth/login"),
                       {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    if (reply.status == 200)
        m_token = reply.json().value(QStringLiteral("token")).toString();
    return reply;
}

} // namespace hms::test
