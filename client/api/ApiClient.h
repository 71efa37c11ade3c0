#pragma once

#include "ApiResult.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace hms::client {

// One client for the HMS API over one QNetworkAccessManager. Every call is
// asynchronous; the callback runs on the GUI thread with a decoded ApiResult,
// and is dropped if `context` is destroyed first.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResult &)>;

    explicit ApiClient(QObject *parent = nullptr);

    void setServer(const QUrl &server);
    QUrl server() const { return m_server; }
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    bool isSignedIn() const { return !m_token.isEmpty(); }

    void get(const QString &path, QObject *context, Callback callback);
    void post(const QString &path, const QJsonObject &body, QObject *context, Callback callback);
    void put(const QString &path, const QJsonObject &body, std::optional<int> ifMatch, QObject *context,
             Callback callback);
    void del(const QString &path, QObject *context, Callback callback);

    // Sign in; on success keeps the token and emits signedIn.
    void login(const QString &username, const QString &password, QObject *context, Callback callback);
    void logout();
    int pendingRequests() const { return m_pending; }

Q_SIGNALS:
    void signedIn(const QJsonObject &user);
    void sessionEnded(); // a 401 on a signed-in call: expired, revoked or deactivated
    void reachabilityChanged(bool reachable);
    void requestFinished(int roundTripMs);
    void busyChanged(bool busy);

private:
    void send(const QByteArray &method, const QString &path, const QByteArray &body,
              std::optional<int> ifMatch, QObject *context, Callback callback);
    ApiResult decode(QNetworkReply *reply, int elapsedMs) const;

    QNetworkAccessManager *m_network;
    QUrl m_server;
    QString m_token;
    int m_pending = 0;
    bool m_reachable = true;
};

} // namespace hms::client
