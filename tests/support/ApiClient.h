#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>
#include <memory>

namespace hms::test {

struct Reply
{
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QJsonObject json() const;
    QJsonArray items() const { return json().value(QStringLiteral("items")).toArray(); }
    QByteArray header(const QByteArray &name) const;
    QString problemType() const { return json().value(QStringLiteral("type")).toString(); }
    QStringList fieldErrors(const QString &field) const;
};

struct Request
{
    QByteArray method = "GET";
    QString path;
    QByteArray body;
    bool hasBody = false;
    QList<QPair<QByteArray, QByteArray>> headers;

    static Request get(const QString &path);
    static Request del(const QString &path);
    static Request post(const QString &path, const QJsonObject &body);
    static Request put(const QString &path, const QJsonObject &body);
    Request &header(const QByteArray &name, const QByteArray &value);
};

// Blocking HTTP over a real QNetworkAccessManager, for tests.
class ApiClient
{
public:
    explicit ApiClient(QUrl base);

    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }

    Reply send(const Request &request);
    Reply get(const QString &path) { return send(Request::get(path)); }
    Reply post(const QString &path, const QJsonObject &body) { return send(Request::post(path, body)); }
    Reply put(const QString &path, const QJsonObject &body) { return send(Request::put(path, body)); }
    Reply del(const QString &path) { return send(Request::del(path)); }

    // Sends all requests at once, each on its own connection, and waits for every answer.
    QList<Reply> sendConcurrently(const QList<Request> &requests);

    // Signs in and keeps the token; returns the login reply.
    Reply login(const QString &username, const QString &password);

    QUrl url(const QString &path) const;

private:
    QNetworkRequest networkRequest(const Request &request) const;

    QUrl m_base;
    QString m_token;
    QNetworkAccessManager m_network;
};

} // namespace hms::test
