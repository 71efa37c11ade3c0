#include "api/ApiClient.h"
#include "api/ClinicApi.h"
#include "app/Formats.h"
#include "app/TrustStore.h"
#include "models/TableModels.h"
#include "shared/Labels.h"

#include <QBrush>
#include <QColor>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>
#include <functional>

using namespace hms;
using namespace hms::client;

namespace {

constexpr int Timeout = 15000;

// One request as the peer received it.
struct Request
{
    QByteArray method;
    QString path; // with the query, as sent
    QMap<QByteArray, QByteArray> headers; // names lower-case
    QByteArray body;

    QUrlQuery query() const { return QUrlQuery(path.section(QLatin1Char('?'), 1)); }
    QString pathOnly() const { return path.section(QLatin1Char('?'), 0, 0); }
};

struct Response
{
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    Response(int code = 200, const QJsonObject &body = {}, const Headers &extraHeaders = {})
        : status(code)
        , json(body)
        , headers(extraHeaders)
    {}

    int status;
    QJsonObject json;
    Headers headers;
};

// A scripted HTTP/1.1 peer on the loopback interface, in this process: every
// request is recorded and answered by the handler, one request a connection.
// It stands in for hms-server, so that the client's own code is tested on any
// machine, without a server or a display.
class FakeServer : public QObject
{
public:
    std::function<Response(const Request &)> handler = [](const Request &) { return Response{}; };
    QList<Request> requests;

    FakeServer()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = QString::fromLatin1(requestLine.value(1));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return; // the body is still on its way
        request.body = buffer.mid(headerEnd + 4, length);
        m_buffers.remove(socket);
        requests.append(request);

        const Response response = handler(request);
        const QByteArray body = response.json.isEmpty()
            ? QByteArray()
            : QJsonDocument(response.json).toJson(QJsonDocument::Compact);
        QByteArray answer = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
        answer += "Content-Type: application/json\r\nConnection: close\r\n";
        answer += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        for (const auto &[name, value] : response.headers)
            answer += name + ": " + value + "\r\n";
        answer += "\r\n" + body;
        socket->write(answer);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QJsonObject problem(const QString &type, const QString &detail, const QJsonObject &errors = {})
{
    QJsonObject json;
    json.insert(QStringLiteral("type"), QString(QStringLiteral("https://hms-clinic.org/problems/") + type));
    json.insert(QStringLiteral("detail"), detail);
    if (!errors.isEmpty())
        json.insert(QStringLiteral("errors"), errors);
    return json;
}

QJsonObject page(const QJsonArray &items, const QJsonValue &nextCursor = QJsonValue::Null)
{
    QJsonObject json;
    json.insert(QStringLiteral("items"), items);
    json.insert(QStringLiteral("next_cursor"), nextCursor);
    return json;
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

// One asynchronous call, waited for.
ApiResult wait(const std::function<void(ApiClient::Callback)> &call)
{
    std::optional<ApiResult> result;
    call([&result](const ApiResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, Timeout)) {
        ApiResult none;
        none.status = -1;
        none.message = QStringLiteral("no answer within the timeout");
        return none;
    }
    return *result;
}

// One typed call, waited for: `call` gets the handler to pass on.
template<typename T, typename Call> Reply<T> waitReply(Call call)
{
    std::optional<Reply<T>> reply;
    call(Handler<T>([&reply](const Reply<T> &r) { reply = r; }));
    if (!QTest::qWaitFor([&reply] { return reply.has_value(); }, Timeout)) {
        Reply<T> none;
        none.result.status = -1;
        none.result.message = QStringLiteral("no answer within the timeout");
        return none;
    }
    return *reply;
}

QJsonObject bodyOf(const Request &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

QColor foreground(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column), Qt::ForegroundRole).value<QBrush>().color();
}

// A CA certificate (EC P-256), valid until 2126: only parsed, never used for a connection.
const char ClinicCaPem[] = "-----BEGIN CERTIFICATE-----\n"
                           "MIIBxjCCAWugAwIBAgIUOc/n5EKePw3/s1ZqP2dc5JB7yo8wCgYIKoZIzj0EAwIw\n"
                           "NzEYMBYGA1UECgwPSE1TIHRlc3QgY2xpbmljMRswGQYDVQQDDBJITVMgdGVzdCBj\n"
                           "bGluaWMgQ0EwIBcNMjYxMTI4MDgzNDUwWhgPMjEyNjExMDQwODM0NTBaMDcxGDAW\n"
                           "BgNVBAoMD0hNUyB0ZXN0IGNsaW5pYzEbMBkGA1UEAwwSSE1TIHRlc3QgY2xpbmlj\n"
                           "IENBMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEF0tX1WpBqrCN85JdFNI9gKfJ\n"
                           "JVGvFfaxyDVXy1QlNAeqKZ0Th2uNdDg0doCCu0H5sPh3YDwj98pt3Vc8BmMvaKNT\n"
                           "MFEwHQYDVR0OBBYEFNXbP32r5jaxma22DtvG8WqsA+orMB8GA1UdIwQYMBaAFNXb\n"
                           "P32r5jaxma22DtvG8WqsA+orMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwID\n"
                           "SQAwRgIhALfLuizXnu2+psiMJGOdG32CjhnSW+F53/AMCbXEEVv5AiEA3X9YC+dW\n"
                           "7t0yoZQx54z1uxUWpjwVeZUS3gs9PiKWv2U=\n"
                           "-----END CERTIFICATE-----\n";

} // namespace

// The client's code below its windows, as every platform builds it: how
// ApiClient speaks HTTP and decodes answers and failures, how the table models
// page through the API's cursors and show each column, and the trust store.
// Against a scripted peer in this process: needs neither hms-server nor a display.
class TestClientOffline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Fixed formats whatever the machine's language; no system proxy for the loopback peer.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    }

    void requestsCarryMethodPathAndHeaders()
    {
        FakeServer peer;
        ApiClient api;
        api.setServer(peer.url());
        QVERIFY(!api.isSignedIn());

        QVERIFY(wait([&](auto done) {
                    api.get(QStringLiteral("/api/patients?q=ada%20l&limit=5"), this, done);
                }).ok());
        const Request get = peer.requests.last();
        QCOMPARE(get.method, QByteArray("GET"));
        QCOMPARE(get.pathOnly(), QStringLiteral("/api/patients"));
        QCOMPARE(get.query().queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded),
                 QStringLiteral("ada l"));
        QCOMPARE(get.headers.value("user-agent"), QByteArray("hms-client/" HMS_VERSION));
        QVERIFY(!get.headers.contains("authorization"));
        QVERIFY(!get.headers.contains("if-match"));

        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("Ada Lovelace")}};
        QVERIFY(
            wait([&](auto done) { api.put(QStringLiteral("/api/patients/7"), body, 3, this, done); }).ok());
        const Request put = peer.requests.last();
        QCOMPARE(put.method, QByteArray("PUT"));
        QCOMPARE(put.headers.value("if-match"), QByteArray("\"3\""));
        QCOMPARE(put.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(QJsonDocument::fromJson(put.body).object(), body);

        QVERIFY(wait([&](auto done) {
                    api.post(QStringLiteral("/api/appointments/9/cancel"), {}, this, done);
                }).ok());
        QCOMPARE(peer.requests.last().method, QByteArray("POST"));
        QCOMPARE(peer.requests.last().headers.value("content-type"), QByteArray("application/json"));

        QVERIFY(wait([&](auto done) { api.del(QStringLiteral("/api/users/4/sessions"), this, done); }).ok());
        QCOMPARE(peer.requests.last().method, QByteArray("DELETE"));
    }

    void successDecodesBodyAndVersion()
    {
        FakeServer peer;
        peer.handler = [](const Request &) {
            return Response{200, object(R"({"id":7,"name":"Ada Lovelace"})"), {{"ETag", "\"12\""}}};
        };
        ApiClient api;
        api.setServer(peer.url());
        const ApiResult result =
            wait([&](auto done) { api.get(QStringLiteral("/api/patients/7"), this, done); });
        QVERIFY(result.ok());
        QVERIFY(!result.isNetworkError());
        QCOMPARE(result.status, 200);
        QCOMPARE(result.version, 12);
        QCOMPARE(result.json.value(QStringLiteral("name")).toString(), QStringLiteral("Ada Lovelace"));
        QVERIFY(result.message.isEmpty());
        QVERIFY(result.roundTripMs >= 0);
    }

    void problemsDecodeIntoTypeMessageAndFields()
    {
        FakeServer peer;
        peer.handler = [](const Request &request) -> Response {
            if (request.pathOnly() == QLatin1String("/api/patients"))
                return {422,
                        problem(QStringLiteral("validation"), QStringLiteral("The patient has errors."),
                                object(R"({"email":["Not an e-mail address."],
                                           "name":["Required.","Too short."]})"))};
            if (request.pathOnly() == QLatin1String("/api/auth/login"))
                return {429,
                        problem(QStringLiteral("rate-limited"), QStringLiteral("Too many attempts.")),
                        {{"Retry-After", "30"}}};
            return {500, {}};
        };
        ApiClient api;
        api.setServer(peer.url());

        const ApiResult invalid =
            wait([&](auto done) { api.post(QStringLiteral("/api/patients"), {}, this, done); });
        QVERIFY(!invalid.ok());
        QCOMPARE(invalid.status, 422);
        QCOMPARE(invalid.problemType, QStringLiteral("validation"));
        QCOMPARE(invalid.message, QStringLiteral("The patient has errors."));
        QCOMPARE(invalid.fieldErrors.fields(),
                 (QStringList{QStringLiteral("email"), QStringLiteral("name")}));
        QCOMPARE(invalid.fieldErrors.messages(QStringLiteral("name")),
                 (QStringList{QStringLiteral("Required."), QStringLiteral("Too short.")}));

        const ApiResult limited = wait(
            [&](auto done) { api.login(QStringLiteral("reception"), QStringLiteral("wrong"), this, done); });
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.problemType, QStringLiteral("rate-limited"));
        QCOMPARE(limited.retryAfterSeconds, 30);
        QVERIFY(!api.isSignedIn());

        // No problem document: the status alone makes the sentence.
        const ApiResult bare = wait([&](auto done) { api.get(QStringLiteral("/api/stats"), this, done); });
        QCOMPARE(bare.status, 500);
        QVERIFY(bare.problemType.isEmpty());
        QCOMPARE(bare.message, QStringLiteral("The server answered 500."));
    }

    void unreachableServerIsANetworkError()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there any more

        ApiClient api;
        api.setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QSignalSpy reachability(&api, &ApiClient::reachabilityChanged);
        QSignalSpy busy(&api, &ApiClient::busyChanged);
        const ApiResult result = wait([&](auto done) { api.get(QStringLiteral("/api/stats"), this, done); });
        QVERIFY(result.isNetworkError());
        QVERIFY(!result.ok());
        QVERIFY2(result.message.startsWith(QLatin1String("The server")), qPrintable(result.message));
        QCOMPARE(reachability.size(), 1);
        QCOMPARE(reachability.at(0).at(0).toBool(), false);
        QCOMPARE(busy.size(), 2); // busy, then idle
        QCOMPARE(api.pendingRequests(), 0);
    }

    void signInKeepsTheTokenUntilTheSessionEnds()
    {
        FakeServer peer;
        peer.handler = [](const Request &request) -> Response {
            if (request.pathOnly() == QLatin1String("/api/auth/login"))
                return {200, object(R"({"token":"t0k3n","user":{"id":1,"username":"reception",
                                        "role":"receptionist"}})")};
            if (request.pathOnly() == QLatin1String("/api/patients"))
                return {401, problem(QStringLiteral("unauthenticated"), QStringLiteral("Sign in again."))};
            return {204, {}};
        };
        ApiClient api;
        api.setServer(peer.url());
        QSignalSpy signedIn(&api, &ApiClient::signedIn);
        QSignalSpy ended(&api, &ApiClient::sessionEnded);

        const ApiResult login = wait(
            [&](auto done) { api.login(QStringLiteral("reception"), QStringLiteral("secret"), this, done); });
        QVERIFY(login.ok());
        QCOMPARE(QJsonDocument::fromJson(peer.requests.last().body).object(),
                 object(R"({"username":"reception","password":"secret"})"));
        QVERIFY(api.isSignedIn());
        QCOMPARE(api.token(), QStringLiteral("t0k3n"));
        QCOMPARE(signedIn.size(), 1);
        QCOMPARE(signedIn.at(0).at(0).toJsonObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("receptionist"));

        QVERIFY(wait([&](auto done) { api.get(QStringLiteral("/api/stats"), this, done); }).ok());
        QCOMPARE(peer.requests.last().headers.value("authorization"), QByteArray("Bearer t0k3n"));
        QCOMPARE(ended.size(), 0);

        // A 401 on a signed-in call: the session is over (expired, revoked, deactivated).
        QCOMPARE(wait([&](auto done) { api.get(QStringLiteral("/api/patients"), this, done); }).status, 401);
        QCOMPARE(ended.size(), 1);
        QVERIFY(!api.isSignedIn());

        // Signed out, a 401 ends nothing more.
        QCOMPARE(wait([&](auto done) { api.get(QStringLiteral("/api/patients"), this, done); }).status, 401);
        QCOMPARE(ended.size(), 1);
    }

    void logoutForgetsTheTokenAndTellsTheServer()
    {
        FakeServer peer;
        ApiClient api;
        api.setServer(peer.url());
        api.setToken(QStringLiteral("t0k3n"));
        api.logout();
        QVERIFY(!api.isSignedIn());
        QVERIFY(
            QTest::qWaitFor([&] { return !peer.requests.isEmpty() && api.pendingRequests() == 0; }, Timeout));
        QCOMPARE(peer.requests.last().method, QByteArray("POST"));
        QCOMPARE(peer.requests.last().path, QStringLiteral("/api/auth/logout"));
        QCOMPARE(peer.requests.last().headers.value("authorization"), QByteArray("Bearer t0k3n"));

        api.logout(); // signed out already: nothing is sent
        QTest::qWait(50);
        QCOMPARE(peer.requests.size(), 1);
    }

    void cursorModelPagesThroughTheList()
    {
        FakeServer peer;
        peer.handler = [](const Request &request) -> Response {
            const QString cursor = request.query().queryItemValue(QStringLiteral("cursor"));
            if (cursor.isEmpty())
                return {200,
                        page(QJsonArray{object(R"({"id":11,"mrn":"MRN-11","name":"Ada Lovelace"})"),
                                        object(R"({"id":12,"mrn":"MRN-12","name":"Alan Turing"})")},
                             QStringLiteral("c2"))};
            if (cursor == QLatin1String("c2"))
                return {200, page(QJsonArray{object(R"({"id":13,"mrn":"MRN-13","name":"Grace Hopper"})")})};
            return {400, problem(QStringLiteral("bad-request"), QStringLiteral("Unknown cursor."))};
        };
        ApiClient api;
        api.setServer(peer.url());
        PatientTableModel model(api);
        QSignalSpy loaded(&model, &CursorTableModel::pageLoaded);
        QVERIFY(!model.canFetchMore({}));

        model.search(QStringLiteral("a"));
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(loaded.wait(Timeout));
        QCOMPARE(peer.requests.last().pathOnly(), QStringLiteral("/api/patients"));
        QCOMPARE(peer.requests.last().query().queryItemValue(QStringLiteral("q")), QStringLiteral("a"));
        QCOMPARE(peer.requests.last().query().queryItemValue(QStringLiteral("limit")), QStringLiteral("50"));
        QVERIFY(!peer.requests.last().query().hasQueryItem(QStringLiteral("cursor")));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.canFetchMore({}));

        model.fetchMore({});
        QVERIFY(loaded.wait(Timeout));
        QCOMPARE(peer.requests.last().query().queryItemValue(QStringLiteral("cursor")), QStringLiteral("c2"));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.canFetchMore({})); // no next_cursor: the end of the list
        QCOMPARE(cell(model, 2, PatientTableModel::Name), QStringLiteral("Grace Hopper"));
        QCOMPARE(model.rowOfId(12), 1);
        QCOMPARE(model.rowOfId(99), -1);
        QCOMPARE(model.row(0).mrn, QStringLiteral("MRN-11"));
        QCOMPARE(model.idAt(2), qint64(13));
        QVERIFY(!model.total()); // not asked for
        QVERIFY(model.lastError().isEmpty());

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void cursorModelDropsAnswersToAnOlderSource()
    {
        FakeServer peer;
        peer.handler = [](const Request &request) -> Response {
            const QString q = request.query().queryItemValue(QStringLiteral("q"));
            return {200,
                    page(QJsonArray{QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("name"), q}}})};
        };
        ApiClient api;
        api.setServer(peer.url());
        PatientTableModel model(api);
        QSignalSpy loaded(&model, &CursorTableModel::pageLoaded);

        // The user types on before the first answer comes back.
        model.search(QStringLiteral("ad"));
        model.search(QStringLiteral("ada"));
        QVERIFY(QTest::qWaitFor([&] { return peer.requests.size() == 2 && api.pendingRequests() == 0; },
                                Timeout));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, PatientTableModel::Name), QStringLiteral("ada"));
    }

    void cursorModelReportsAFailedPage()
    {
        FakeServer peer;
        peer.handler = [](const Request &) -> Response {
            return {403, problem(QStringLiteral("forbidden"), QStringLiteral("Administrators only."))};
        };
        ApiClient api;
        api.setServer(peer.url());
        UserTableModel model(api);
        QSignalSpy failed(&model, &CursorTableModel::loadFailed);
        model.showAll();
        QVERIFY(failed.wait(Timeout));
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("Administrators only."));
        QCOMPARE(model.lastError(), QStringLiteral("Administrators only."));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoading());
        QVERIFY(!model.canFetchMore({}));
    }

    void tableColumnsShowTheApiFields()
    {
        FakeServer peer;
        peer.handler = [](const Request &request) -> Response {
            const QString path = request.pathOnly();
            if (path == QLatin1String("/api/patients"))
                return {200, page(QJsonArray{object(R"({"id":5,"mrn":"MRN-000005","name":"Ada Lovelace",
                    "date_of_birth":"1980-01-02","sex":"female","phone":"+44 20 7946 0000",
                    "email":"ada@example.org"})")})};
            if (path == QLatin1String("/api/appointments"))
                return {200,
                        page(QJsonArray{object(R"({"id":1,"appointment_datetime":"2026-11-24T09:30:00Z",
                                    "duration_minutes":30,"patient_name":"Ada Lovelace",
                                    "doctor_name":"Dr. Gregory House","status":"checked_in","reason":"Cough"})"),
                                        object(R"({"id":2,"appointment_datetime":"2026-11-24T10:00:00Z",
                                    "duration_minutes":15,"status":"no_show"})"),
                                        object(R"({"id":3,"appointment_datetime":"2026-11-24T10:30:00Z",
                                    "duration_minutes":15,"status":"scheduled"})")})};
            if (path == QLatin1String("/api/patients/8/records"))
                return {200, page(QJsonArray{object(R"({"id":8,"record_date":"2026-11-20","diagnosis":"Flu",
                    "prescription":"Rest","doctor_name":"Dr. Meredith Grey","version":2})")})};
            if (path == QLatin1String("/api/users"))
                return {200,
                        page(QJsonArray{object(R"({"id":1,"username":"admin","full_name":"Alice Admin",
                                                        "role":"admin","active":true})"),
                                        object(R"({"id":2,"username":"bob","full_name":"Bob Gone",
                                                        "role":"doctor","active":false})")})};
            if (path == QLatin1String("/api/audit"))
                return {200,
                        page(QJsonArray{object(R"({"at":"2026-11-24T09:30:00Z","username":"dr.house",
                    "action":"read","resource":"patient","resource_id":42,"patient_id":42,
                    "outcome":"denied","client_address":"10.0.0.7"})"),
                                        object(R"({"at":"2026-11-24T09:31:00Z","username":"admin",
                    "action":"export","resource":"audit","outcome":"success"})")})};
            return {404, {}};
        };
        ApiClient api;
        api.setServer(peer.url());
        auto load = [](CursorTableModel &model, const std::function<void()> &show) {
            QSignalSpy loaded(&model, &CursorTableModel::pageLoaded);
            show();
            return loaded.wait(Timeout);
        };

        PatientTableModel patients(api);
        QVERIFY(load(patients, [&] { patients.search({}); }));
        QCOMPARE(patients.columnCount(), int(PatientTableModel::ColumnCount));
        QCOMPARE(
            patients.headerData(PatientTableModel::DateOfBirth, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("Date of birth"));
        QVERIFY(!patients.headerData(0, Qt::Vertical, Qt::DisplayRole).isValid());
        QCOMPARE(cell(patients, 0, PatientTableModel::Mrn), QStringLiteral("MRN-000005"));
        QCOMPARE(cell(patients, 0, PatientTableModel::DateOfBirth), QStringLiteral("1/2/1980"));
        QCOMPARE(cell(patients, 0, PatientTableModel::Sex), QStringLiteral("Female"));
        QCOMPARE(cell(patients, 0, PatientTableModel::Phone), QStringLiteral("+44 20 7946 0000"));
        QCOMPARE(cell(patients, 0, PatientTableModel::Email), QStringLiteral("ada@example.org"));
        QVERIFY(!patients.data(patients.index(0, PatientTableModel::Name), Qt::ForegroundRole).isValid());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is not valid")));
        QVERIFY(!patients.data(patients.index(1, 0)).isValid()); // no such row

        AppointmentTableModel appointments(api);
        QVERIFY(load(appointments, [&] { appointments.setFilter({}); }));
        const QDateTime start = QDateTime(QDate(2026, 11, 24), QTime(9, 30), QTimeZone::utc()).toLocalTime();
        QCOMPARE(cell(appointments, 0, AppointmentTableModel::Time),
                 QLocale().toString(start, QStringLiteral("ddd ")) + formats::time(start.time()));
        QCOMPARE(cell(appointments, 0, AppointmentTableModel::Duration), QStringLiteral("30"));
        QCOMPARE(cell(appointments, 0, AppointmentTableModel::Patient), QStringLiteral("Ada Lovelace"));
        QCOMPARE(cell(appointments, 0, AppointmentTableModel::Doctor), QStringLiteral("Dr. Gregory House"));
        QCOMPARE(cell(appointments, 0, AppointmentTableModel::Status), QStringLiteral("Checked in"));
        QCOMPARE(cell(appointments, 0, AppointmentTableModel::Reason), QStringLiteral("Cough"));
        QCOMPARE(foreground(appointments, 0, AppointmentTableModel::Status), QColor(0x1d4ed8));
        QCOMPARE(cell(appointments, 1, AppointmentTableModel::Status), QStringLiteral("No-show"));
        QCOMPARE(foreground(appointments, 1, AppointmentTableModel::Status), QColor(0xb45309));
        QCOMPARE(foreground(appointments, 2, AppointmentTableModel::Status), QColor(0x0f172a));
        QCOMPARE(appointments.row(1).status, AppointmentStatus::NoShow);
        QVERIFY(!appointments.data(appointments.index(0, AppointmentTableModel::Reason), Qt::ForegroundRole)
                     .isValid());

        RecordTableModel records(api);
        QVERIFY(load(records, [&] { records.setPatient(8); }));
        QCOMPARE(cell(records, 0, RecordTableModel::Date), QStringLiteral("11/20/2026"));
        QCOMPARE(cell(records, 0, RecordTableModel::Diagnosis), QStringLiteral("Flu"));
        QCOMPARE(cell(records, 0, RecordTableModel::Prescription), QStringLiteral("Rest"));
        QCOMPARE(cell(records, 0, RecordTableModel::Doctor), QStringLiteral("Dr. Meredith Grey"));
        QCOMPARE(cell(records, 0, RecordTableModel::Version), QStringLiteral("2"));

        UserTableModel users(api);
        QVERIFY(load(users, [&] { users.showAll(); }));
        QCOMPARE(cell(users, 0, UserTableModel::FullName), QStringLiteral("Alice Admin"));
        QCOMPARE(cell(users, 0, UserTableModel::Role), QStringLiteral("Administrator"));
        QCOMPARE(users.row(1).role, Role::Doctor);
        QCOMPARE(cell(users, 0, UserTableModel::Active), QStringLiteral("Active"));
        QVERIFY(!users.data(users.index(0, UserTableModel::Active), Qt::ForegroundRole).isValid());
        QCOMPARE(cell(users, 1, UserTableModel::Active), QStringLiteral("Deactivated"));
        QCOMPARE(foreground(users, 1, UserTableModel::Active), QColor(0xb91c1c));

        AuditTableModel audit(api);
        QVERIFY(load(audit, [&] { audit.setFilter({}); }));
        QCOMPARE(audit.columnCount(), int(AuditTableModel::ColumnCount));
        QCOMPARE(cell(audit, 0, AuditTableModel::At),
                 formats::dateTime(QDateTime(QDate(2026, 11, 24), QTime(9, 30), QTimeZone::utc())));
        QCOMPARE(cell(audit, 0, AuditTableModel::Action), QStringLiteral("read")); // unknown: as sent
        QCOMPARE(cell(audit, 0, AuditTableModel::Outcome), QStringLiteral("Denied"));
        QCOMPARE(cell(audit, 0, AuditTableModel::Resource), QStringLiteral("patient 42"));
        QCOMPARE(cell(audit, 0, AuditTableModel::Patient), QStringLiteral("42"));
        QCOMPARE(cell(audit, 0, AuditTableModel::Address), QStringLiteral("10.0.0.7"));
        QCOMPARE(foreground(audit, 0, AuditTableModel::Outcome), QColor(0xb91c1c));
        QCOMPARE(cell(audit, 1, AuditTableModel::Resource), QStringLiteral("audit")); // no id
        QVERIFY(!audit.data(audit.index(1, AuditTableModel::Outcome), Qt::ForegroundRole).isValid());
    }

    void statusTableDrivesLabelsColoursAndMoves()
    {
        QCOMPARE(int(appointmentStatuses().size()), 5);
        QCOMPARE(appointmentStatusLabel(AppointmentStatus::Scheduled), QStringLiteral("Scheduled"));
        QCOMPARE(appointmentStatusLabel(AppointmentStatus::CheckedIn), QStringLiteral("Checked in"));
        QCOMPARE(appointmentStatusLabel(AppointmentStatus::Completed), QStringLiteral("Completed"));
        QCOMPARE(appointmentStatusLabel(AppointmentStatus::Cancelled), QStringLiteral("Cancelled"));
        QCOMPARE(appointmentStatusLabel(AppointmentStatus::NoShow), QStringLiteral("No-show"));
        for (const AppointmentStatusInfo &info : appointmentStatuses()) {
            QVERIFY2(QColor(QString(info.colour)).isValid(), info.label);
            QCOMPARE(appointmentStatusFromName(info.name), std::optional<AppointmentStatus>(info.status));
        }
        QVERIFY(appointmentStatusNeedsReason(AppointmentStatus::Cancelled));
        QVERIFY(appointmentStatusNeedsReason(AppointmentStatus::NoShow));
        QVERIFY(!appointmentStatusNeedsReason(AppointmentStatus::CheckedIn));
        QCOMPARE(nextAppointmentStatuses(AppointmentStatus::Scheduled),
                 (QList<AppointmentStatus>{AppointmentStatus::CheckedIn, AppointmentStatus::Cancelled,
                                           AppointmentStatus::NoShow}));
        QVERIFY(!appointmentStatusFromName(QStringLiteral("rescheduled")));
        // The other enumerations: labels for people, unknown values as sent.
        QCOMPARE(labels::sex(QStringLiteral("female")), QStringLiteral("Female"));
        QCOMPARE(labels::sex(QString()), QString());
        QCOMPARE(labels::role(Role::Receptionist), QStringLiteral("Receptionist"));
        QCOMPARE(labels::auditOutcome(QStringLiteral("failure")), QStringLiteral("Failure"));
        QCOMPARE(labels::auditAction(QStringLiteral("record.amend")), QStringLiteral("Record amended"));
        QCOMPARE(labels::auditAction(QStringLiteral("report.export")), QStringLiteral("report.export"));
        QCOMPARE(labels::sexes().size(), patient::sexes().size());
    }

    void formatsHaveFourDigitYearsAndNoSeconds()
    {
        const QDateTime utc(QDate(2026, 11, 24), QTime(9, 30, 45), QTimeZone::utc());
        QCOMPARE(formats::date(QDate(2026, 11, 24)), QStringLiteral("11/24/2026"));
        QCOMPARE(formats::date(QDate(1980, 1, 2)), QStringLiteral("1/2/1980"));
        QCOMPARE(formats::time(QTime(9, 30, 45)), QLocale().toString(QTime(9, 30), QLocale::ShortFormat));
        QVERIFY(formats::time(QTime(9, 30, 45)).startsWith(QStringLiteral("9:30")));
        const QDateTime local = utc.toLocalTime();
        QCOMPARE(formats::dateTime(utc),
                 formats::date(local.date()) + QLatin1Char(' ') + formats::time(local.time()));
        QCOMPARE(formats::time(utc), formats::time(utc.toLocalTime().time()));
        QCOMPARE(formats::date(QDate()), QString());
        QCOMPARE(formats::dateTime(QDateTime()), QString());
        // Another locale, its own order and separators, still four digits and no seconds.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(formats::date(QDate(2026, 11, 24)), QStringLiteral("24.11.2026"));
        QCOMPARE(formats::time(QTime(9, 30, 45)), QStringLiteral("09:30"));
        QVERIFY(!formats::dateTimeFormat().contains(QLatin1Char('s')));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void typedCallsSendTheApiFieldsAndDecodeAnswers()
    {
        FakeServer peer;
        peer.handler = [](const Request &request) -> Response {
            const QString path = request.pathOnly();
            if (request.method == "GET" && path == QLatin1String("/api/patients"))
                return {200,
                        QJsonObject{{QStringLiteral("items"),
                                     QJsonArray{object(R"({"id":5,"mrn":"MRN-000005","name":"Ada Lovelace",
                                              "date_of_birth":"1980-01-02","sex":"female","version":3})")}},
                                    {QStringLiteral("next_cursor"), QStringLiteral("n1")},
                                    {QStringLiteral("total"), 68}}};
            if (request.method == "PUT" && path == QLatin1String("/api/patients/5"))
                return {412,
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("https://x/problems/stale")},
                                    {QStringLiteral("detail"), QStringLiteral("Changed meanwhile.")},
                                    {QStringLiteral("current"),
                                     object(R"({"id":5,"name":"Ada King","date_of_birth":"1980-01-02",
                                                     "phone":"+44 1","version":4})")}}};
            if (request.method == "POST" && path == QLatin1String("/api/appointments"))
                return {409,
                        QJsonObject{{QStringLiteral("detail"), QStringLiteral("Taken.")},
                                    {QStringLiteral("conflicting_id"), 77}}};
            if (path.startsWith(QLatin1String("/api/appointments")))
                return {200, object(R"({"id":9,"status":"cancelled","status_reason":"Patient is ill",
                                        "appointment_datetime":"2026-11-24T09:30:00Z","version":2})")};
            if (path == QLatin1String("/api/records/3/history"))
                return {200,
                        page(QJsonArray{object(R"({"id":3,"version":1,"diagnosis":"Flu"})"),
                                        object(R"({"id":3,"version":2,"diagnosis":"Flu, severe",
                                                 "amendment_reason":"Lab result","updated_by_id":4,
                                                 "updated_by_name":"Dr. Grey"})")})};
            if (path.startsWith(QLatin1String("/api/records")))
                return {200, object(R"({"id":3,"patient_id":5,"diagnosis":"Flu","version":3})")};
            if (path == QLatin1String("/api/users/4"))
                return {200, object(R"({"id":4,"username":"bob","role":"doctor","active":false,
                                        "deactivation_reason":"Left the clinic","version":6})")};
            if (path == QLatin1String("/api/audit"))
                return {200,
                        page(QJsonArray{object(R"({"id":1,"at":"2026-11-24T09:30:00Z","action":"record.amend",
                    "outcome":"success","patient_id":5,"patient_name":"Ada Lovelace","reason":"Lab result"})")})};
            if (path == QLatin1String("/api/auth/me"))
                return {200, object(R"({"id":1,"username":"admin","full_name":"Alice","role":"admin",
                                        "session_idle_minutes":15})")};
            if (path == QLatin1String("/api/doctors"))
                return {200, page(QJsonArray{object(R"({"id":2,"full_name":"Dr. Gregory House"})")})};
            if (path == QLatin1String("/api/stats"))
                return {200, object(R"({"patients_total":60,"appointments_today":{"scheduled":3,"no_show":1},
                    "appointments_by_day":[{"date":"2026-11-24","count":4}],"records_last_7_days":2})")};
            return {404, {}};
        };
        ApiClient transport;
        transport.setServer(peer.url());
        ClinicApi api(transport);

        PageRequest first;
        first.includeTotal = true;
        const auto patients = waitReply<Page<Patient>>(
            [&](auto done) { api.patients(QStringLiteral("+44 20"), first, this, done); });
        QVERIFY(patients.ok());
        QCOMPARE(peer.requests.last().query().queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded),
                 QStringLiteral("+44 20")); // the plus survives the query string
        QCOMPARE(peer.requests.last().query().queryItemValue(QStringLiteral("include_total")),
                 QStringLiteral("true"));
        QCOMPARE(patients.value.items.size(), 1);
        QCOMPARE(patients.value.items[0].dateOfBirth, QDate(1980, 1, 2));
        QCOMPARE(patients.value.nextCursor, QStringLiteral("n1"));
        QCOMPARE(patients.value.total, std::optional<qint64>(68));

        Patient edited = patients.value.items[0];
        edited.phone = QStringLiteral("+44 20 7946 0000");
        const auto stale = waitReply<Patient>([&](auto done) { api.updatePatient(edited, 3, this, done); });
        QCOMPARE(stale.result.status, 412);
        QCOMPARE(peer.requests.last().headers.value("if-match"), QByteArray("\"3\""));
        const QJsonObject sent = bodyOf(peer.requests.last());
        QCOMPARE(sent.value(QStringLiteral("phone")).toString(), QStringLiteral("+44 20 7946 0000"));
        QVERIFY(!sent.contains(QStringLiteral("id")) && !sent.contains(QStringLiteral("mrn")) &&
                !sent.contains(QStringLiteral("version"))); // only what may be written
        QVERIFY(sent.value(QStringLiteral("email")).isNull());
        QVERIFY(stale.current);
        QCOMPARE(stale.current->name, QStringLiteral("Ada King"));
        QCOMPARE(stale.current->version, 4);

        Appointment booking;
        booking.patientId = 5;
        booking.doctorId = 2;
        booking.start = QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone(3600));
        const auto conflict = waitReply<Appointment>([&](auto done) { api.book(booking, this, done); });
        QCOMPARE(conflict.result.status, 409);
        QCOMPARE(conflict.conflictingId, qint64(77));
        QCOMPARE(bodyOf(peer.requests.last()).value(QStringLiteral("appointment_datetime")).toString(),
                 QStringLiteral("2026-11-24T09:00:00Z"));

        const auto cancelled = waitReply<Appointment>(
            [&](auto done) { api.cancelAppointment(9, 1, QStringLiteral(" Patient is ill "), this, done); });
        QVERIFY(cancelled.ok());
        QCOMPARE(peer.requests.last().method, QByteArray("PUT"));
        QCOMPARE(bodyOf(peer.requests.last()),
                 object(R"({"status":"cancelled","status_reason":"Patient is ill"})"));
        QCOMPARE(cancelled.value.status, AppointmentStatus::Cancelled);
        QCOMPARE(cancelled.value.statusReason, QStringLiteral("Patient is ill"));
        (void)waitReply<Appointment>([&](auto done) { api.markNoShow(9, 2, {}, this, done); });
        QCOMPARE(bodyOf(peer.requests.last()), object(R"({"status":"no_show"})")); // no reason: none sent

        AppointmentFilter filter;
        filter.from = QDateTime(QDate(2026, 11, 24), QTime(0, 0), QTimeZone(-3600));
        filter.doctorId = 2;
        filter.statuses = {AppointmentStatus::Scheduled, AppointmentStatus::CheckedIn};
        (void)waitReply<Page<Appointment>>([&](auto done) { api.appointments(filter, {}, this, done); });
        const QUrlQuery listed = peer.requests.last().query();
        QCOMPARE(listed.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded),
                 QStringLiteral("scheduled,checked_in"));
        QCOMPARE(listed.queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded),
                 QStringLiteral("2026-11-24T01:00:00Z"));
        QCOMPARE(listed.queryItemValue(QStringLiteral("doctor_id")), QStringLiteral("2"));
        QVERIFY(!listed.hasQueryItem(QStringLiteral("to")));

        MedicalRecord record;
        record.id = 3;
        record.patientId = 5;
        record.diagnosis = QStringLiteral("Flu");
        record.recordDate = QDate(2026, 11, 20);
        (void)waitReply<MedicalRecord>(
            [&](auto done) { api.amendRecord(record, 2, QStringLiteral("Lab result"), this, done); });
        QCOMPARE(peer.requests.last().path, QStringLiteral("/api/records/3"));
        QCOMPARE(bodyOf(peer.requests.last()).value(QStringLiteral("amendment_reason")).toString(),
                 QStringLiteral("Lab result"));
        const auto history =
            waitReply<QList<MedicalRecord>>([&](auto done) { api.recordHistory(3, this, done); });
        QCOMPARE(history.value.size(), 2);
        QVERIFY(history.value[0].amendmentReason.isEmpty());
        QCOMPARE(history.value[1].amendmentReason, QStringLiteral("Lab result"));
        QCOMPARE(history.value[1].updatedById, qint64(4));
        QCOMPARE(history.value[1].updatedByName, QStringLiteral("Dr. Grey"));

        const auto deactivated = waitReply<User>(
            [&](auto done) { api.deactivateUser(4, 5, QStringLiteral("Left the clinic"), this, done); });
        QCOMPARE(bodyOf(peer.requests.last()),
                 object(R"({"active":false,"deactivation_reason":"Left the clinic"})"));
        QCOMPARE(deactivated.value.deactivationReason, QStringLiteral("Left the clinic"));
        QVERIFY(!deactivated.value.active);

        AuditFilter auditFilter;
        auditFilter.action = QStringLiteral("record.amend");
        const auto entries =
            waitReply<Page<AuditEntry>>([&](auto done) { api.audit(auditFilter, {}, this, done); });
        QCOMPARE(peer.requests.last().query().queryItemValue(QStringLiteral("action")),
                 QStringLiteral("record.amend"));
        QCOMPARE(entries.value.items.size(), 1);
        QCOMPARE(entries.value.items[0].patientName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(entries.value.items[0].reason, QStringLiteral("Lab result"));

        const auto me = waitReply<Session>([&](auto done) { api.me(this, done); });
        QCOMPARE(me.value.user.role, Role::Admin);
        QCOMPARE(me.value.sessionIdleMinutes, std::optional<int>(15));
        const Session login =
            Session::fromJson(object(R"({"token":"t","user":{"id":2,"username":"bob","role":"doctor"}})"));
        QCOMPARE(login.user.username, QStringLiteral("bob"));
        QVERIFY(!login.sessionIdleMinutes); // absent is fine

        const auto doctors = waitReply<QList<User>>([&](auto done) { api.doctors(this, done); });
        QCOMPARE(doctors.value.size(), 1);
        QCOMPARE(doctors.value[0].fullName, QStringLiteral("Dr. Gregory House"));
        QCOMPARE(doctors.value[0].role, Role::Doctor);

        const auto stats = waitReply<Stats>([&](auto done) { api.stats(-300, this, done); });
        QCOMPARE(peer.requests.last().query().queryItemValue(QStringLiteral("utc_offset_minutes")),
                 QStringLiteral("-300"));
        QCOMPARE(stats.value.patientsTotal, qint64(60));
        QCOMPARE(stats.value.today.value(AppointmentStatus::Scheduled), 3);
        QCOMPARE(stats.value.today.value(AppointmentStatus::NoShow), 1);
        QCOMPARE(stats.value.today.value(AppointmentStatus::Completed), 0);
        QCOMPARE(stats.value.byDay.size(), 1);
        QCOMPARE(stats.value.byDay[0].first, QDate(2026, 11, 24));
        QCOMPARE(stats.value.recordsLast7Days, std::optional<int>(2));
    }

    void typedAnswersAreDroppedWithTheirContext()
    {
        FakeServer peer;
        ApiClient transport;
        transport.setServer(peer.url());
        ClinicApi api(transport);
        bool called = false;
        {
            QObject context;
            api.patient(1, &context, [&called](const Reply<Patient> &) { called = true; });
        }
        QVERIFY(QTest::qWaitFor([&] { return transport.pendingRequests() == 0; }, Timeout));
        QVERIFY(!called);
    }

    void totalCountComesFromTheServer()
    {
        FakeServer peer;
        peer.handler = [](const Request &request) -> Response {
            QJsonObject json = page(QJsonArray{object(R"({"id":1,"status":"scheduled"})"),
                                               object(R"({"id":2,"status":"completed"})")},
                                    QStringLiteral("more"));
            if (request.query().hasQueryItem(QStringLiteral("include_total")))
                json.insert(QStringLiteral("total"), 68);
            return {200, json};
        };
        ApiClient api;
        api.setServer(peer.url());
        AppointmentTableModel model(api);
        model.setCountsTotal(true);
        QSignalSpy loaded(&model, &CursorTableModel::pageLoaded);
        model.setFilter({});
        QVERIFY(loaded.wait(Timeout));
        QCOMPARE(peer.requests.last().query().queryItemValue(QStringLiteral("include_total")),
                 QStringLiteral("true"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.total(), std::optional<qint64>(68)); // the list's size, not the rows loaded
        model.fetchMore({});
        QVERIFY(loaded.wait(Timeout));
        QVERIFY(
            !peer.requests.last().query().hasQueryItem(QStringLiteral("include_total"))); // once is enough
        QCOMPARE(model.total(), std::optional<qint64>(68));
        QCOMPARE(model.rowOfId(2), 1);
        model.clear();
        QVERIFY(!model.total());
    }

    void trustStoreAddsAClinicCa()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        const QString missing = dir.filePath(QStringLiteral("missing.pem"));
        const auto notRead = trustCertificateAuthorities(missing);
        QVERIFY(!notRead);
        QVERIFY2(notRead.error().contains(missing), qPrintable(notRead.error()));

        const QString garbage = dir.filePath(QStringLiteral("garbage.pem"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a certificate\n");
        file.close();
        const auto noPem = trustCertificateAuthorities(garbage);
        QVERIFY(!noPem);
        QCOMPARE(noPem.error(), garbage + QStringLiteral(" holds no PEM certificate."));

        const QString ca = dir.filePath(QStringLiteral("clinic-ca.pem"));
        file.setFileName(ca);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ClinicCaPem);
        file.close();
        const qsizetype before = QSslConfiguration::defaultConfiguration().caCertificates().size();
        const auto added = trustCertificateAuthorities(ca);
        QVERIFY2(added, qPrintable(added ? QString() : added.error()));
        QCOMPARE(*added, 1);
        const QList<QSslCertificate> trusted = QSslConfiguration::defaultConfiguration().caCertificates();
        QCOMPARE(trusted.size(), before + 1);
        QCOMPARE(trusted.last().subjectInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("HMS test clinic CA")});
    }
};

QTEST_GUILESS_MAIN(TestClientOffline)
#include "tst_client_offline.moc"
