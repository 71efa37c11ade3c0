#include "support/ApiFixture.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

using namespace hms::test;

// The error model and HTTP conventions of the contract, over real HTTP.
class TestHttpProtocol : public QObject
{
    Q_OBJECT

private:
    ApiFixture f;

    QByteArray raw(const QByteArray &request, int expectedResponses = 1)
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), f.server->port());
        if (!socket.waitForConnected(5000))
            return {};
        socket.write(request);
        QByteArray answer;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000 && answer.count("HTTP/1.1 ") < expectedResponses) {
            if (socket.waitForReadyRead(200))
                answer += socket.readAll();
            else if (socket.state() != QAbstractSocket::ConnectedState)
                break;
        }
        // Let the last body arrive.
        while (socket.waitForReadyRead(100))
            answer += socket.readAll();
        return answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error =
            f.setUp({QStringLiteral("--max-body-bytes"), QStringLiteral("4096"),
                     QStringLiteral("--cors-origins"), QStringLiteral("https://desk.clinic.example")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void healthAndReady()
    {
        auto anonymous = f.client();
        Reply reply = anonymous->get(QStringLiteral("/health"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("healthy"));
        QVERIFY(!reply.json().value(QStringLiteral("version")).toString().isEmpty());
        reply = anonymous->get(QStringLiteral("/ready"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json(),
                 (QJsonObject{{QStringLiteral("status"), QStringLiteral("ready")},
                              {QStringLiteral("database"), QStringLiteral("ok")}}));
        reply = anonymous->get(QStringLiteral("/metrics"));
        QCOMPARE(reply.status, 200);
        QVERIFY(
            reply.body.contains("hms_http_requests_total{route=\"/health\",method=\"GET\",status=\"200\"}"));
        QVERIFY(reply.body.contains("hms_active_sessions 4"));
        QVERIFY(reply.body.contains("hms_http_request_duration_seconds_bucket"));
        QVERIFY(reply.body.contains("hms_build_info{version=\"" HMS_VERSION "\""));
        QVERIFY(reply.body.contains("hms_database_reconnects_total 0\n"));
        QVERIFY(reply.body.contains("hms_database_errors_total 0\n"));
    }

    void everyResponseCarriesTheStandardHeaders()
    {
        for (const QString &path :
             {QStringLiteral("/health"), QStringLiteral("/api/patients"), QStringLiteral("/nowhere")}) {
            const Reply reply = f.reception->get(path);
            QVERIFY2(!reply.header("X-Request-Id").isEmpty(), qPrintable(path));
            QCOMPARE(reply.header("X-Content-Type-Options"), QByteArray("nosniff"));
        }
        QCOMPARE(f.reception->get(QStringLiteral("/api/patients")).header("Cache-Control"),
                 QByteArray("no-store"));
        // A sane incoming request id is echoed, an unsafe one replaced.
        Reply reply = f.reception->send(
            Request::get(QStringLiteral("/api/patients")).header("X-Request-Id", "trace-42.abc"));
        QCOMPARE(reply.header("X-Request-Id"), QByteArray("trace-42.abc"));
        reply = f.reception->send(
            Request::get(QStringLiteral("/api/patients/987654")).header("X-Request-Id", "bad id<script>"));
        QVERIFY(reply.header("X-Request-Id") != "bad id<script>");
        QCOMPARE(reply.json().value(QStringLiteral("request_id")).toString().toLatin1(),
                 reply.header("X-Request-Id"));
    }

    void missingOrBadTokenIs401()
    {
        auto anonymous = f.client();
        Reply reply = anonymous->get(QStringLiteral("/api/patients"));
        QCOMPARE(reply.status, 401);
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));
        QCOMPARE(reply.problemType(), QStringLiteral("/problems/unauthorized"));
        anonymous->setToken(QStringLiteral("not-a-real-token-at-all-0123456789"));
        QCOMPARE(anonymous->get(QStringLiteral("/api/patients")).status, 401);
        QCOMPARE(
            anonymous->post(QStringLiteral("/api/patients"), {{QStringLiteral("name"), QStringLiteral("X")}})
                .status,
            401);
        const Reply wrong = f.client()->login(QStringLiteral("front"), QStringLiteral("wrong password!!"));
        QCOMPARE(wrong.status, 401);
        const Reply unknown = f.client()->login(QStringLiteral("nobody"), QStringLiteral("wrong password!!"));
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.json().value(QStringLiteral("detail")),
                 wrong.json().value(QStringLiteral("detail")));
    }

    void logoutEndsTheSessionAtOnce()
    {
        auto session = f.signIn(QStringLiteral("front"));
        QCOMPARE(
            session->get(QStringLiteral("/api/auth/me")).json().value(QStringLiteral("username")).toString(),
            QStringLiteral("front"));
        QCOMPARE(session->send(Request{"POST", QStringLiteral("/api/auth/logout"), {}, false, {}}).status,
                 204);
        QCOMPARE(session->get(QStringLiteral("/api/auth/me")).status, 401);
        QCOMPARE(f.reception->get(QStringLiteral("/api/auth/me")).status, 200); // other sessions stay
    }

    void methodNotAllowedListsAllowedMethods()
    {
        const Reply reply = f.reception->send(Request{
            "PATCH", QStringLiteral("/api/patients/1"), "{}", true, {{"Content-Type", "application/json"}}});
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.header("Allow"), QByteArray("GET, PUT, DELETE"));
        QCOMPARE(reply.problemType(), QStringLiteral("/problems/method-not-allowed"));
        QCOMPARE(f.reception->del(QStringLiteral("/api/appointments/1")).header("Allow"),
                 QByteArray("GET, PUT"));
        QCOMPARE(f.reception->get(QStringLiteral("/api/nothing/here")).status, 404);
    }

    void bodiesMustBeJsonObjectsWithinLimits()
    {
        Request wrongType =
            Request::post(QStringLiteral("/api/patients"), {{QStringLiteral("name"), QStringLiteral("X")}});
        wrongType.header("Content-Type", "text/plain");
        Reply reply = f.reception->send(wrongType);
        QCOMPARE(reply.status, 415);
        QCOMPARE(reply.problemType(), QStringLiteral("/problems/unsupported-media-type"));
        Request withCharset =
            Request::post(QStringLiteral("/api/patients"),
                          {{QStringLiteral("name"), QStringLiteral("Charset Person")},
                           {QStringLiteral("date_of_birth"), QStringLiteral("1990-01-01")}});
        withCharset.header("Content-Type", "application/json; charset=utf-8");
        QCOMPARE(f.reception->send(withCharset).status, 201);

        for (const QByteArray &bad : {QByteArray("{\"name\": "), QByteArray("[1,2]"), QByteArray("\"text\""),
                                      QByteArray("{'a':1}")}) {
            reply = f.reception->send(Request{
                "POST", QStringLiteral("/api/patients"), bad, true, {{"Content-Type", "application/json"}}});
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.problemType(), QStringLiteral("/problems/bad-request"));
        }
        const QByteArray deep = "{\"a\":" + QByteArray(40, '[') + QByteArray(40, ']') + "}";
        reply = f.reception->send(Request{
            "POST", QStringLiteral("/api/patients"), deep, true, {{"Content-Type", "application/json"}}});
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.json().value(QStringLiteral("detail")).toString().contains(QStringLiteral("nested")));

        const QByteArray big = "{\"name\":\"" + QByteArray(5000, 'x') + "\"}";
        reply = f.reception->send(Request{
            "POST", QStringLiteral("/api/patients"), big, true, {{"Content-Type", "application/json"}}});
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.problemType(), QStringLiteral("/problems/payload-too-large"));
    }

    void nothingInternalLeaks()
    {
        // Odd input in every slot: the answers are problems, never SQL or paths.
        const QList<Reply> replies{
            f.reception->get(QStringLiteral("/api/patients?q=%27%3B%20DROP%20TABLE%20patients%3B--")),
            f.reception->get(QStringLiteral("/api/patients?cursor=WyJ4Il0")),
            f.reception->get(QStringLiteral("/api/appointments?from=%00")),
            f.reception->post(QStringLiteral("/api/appointments"), {{QStringLiteral("patient_id"), 1e300}}),
            f.reception->get(QStringLiteral("/api/patients/999999999999999999999")),
        };
        static const QRegularExpression internals(
            QStringLiteral(R"(SELECT|INSERT|sqlite|QPSQL|postgres|/work/|\.cpp|syntax error)"),
            QRegularExpression::CaseInsensitiveOption);
        for (const Reply &reply : replies) {
            QVERIFY2(reply.status >= 200 && reply.status < 500, reply.body.constData());
            QVERIFY2(!internals.match(QString::fromUtf8(reply.body)).hasMatch(), reply.body.constData());
        }
        QCOMPARE(f.reception->get(QStringLiteral("/api/patients?include_total=true&limit=1")).status, 200);
    }

    void corsFollowsConfiguration()
    {
        Request preflight{"OPTIONS", QStringLiteral("/api/patients"), {}, false, {}};
        preflight.header("Origin", "https://desk.clinic.example")
            .header("Access-Control-Request-Method", "POST");
        Reply reply = f.client()->send(preflight);
        QCOMPARE(reply.status, 204);
        QCOMPARE(reply.header("Access-Control-Allow-Origin"), QByteArray("https://desk.clinic.example"));
        QVERIFY(reply.header("Access-Control-Allow-Methods").contains("POST"));
        QVERIFY(reply.header("Access-Control-Allow-Headers").contains("Authorization"));
        preflight.header("Origin", "https://evil.example");
        reply = f.client()->send(preflight);
        QCOMPARE(reply.status, 403);
        QVERIFY(reply.header("Access-Control-Allow-Origin").isEmpty());
        reply = f.reception->send(
            Request::get(QStringLiteral("/api/patients")).header("Origin", "https://desk.clinic.example"));
        QCOMPARE(reply.header("Access-Control-Allow-Origin"), QByteArray("https://desk.clinic.example"));
        reply = f.reception->send(
            Request::get(QStringLiteral("/api/patients")).header("Origin", "https://evil.example"));
        QVERIFY(reply.header("Access-Control-Allow-Origin").isEmpty());
    }

    void pipelinedRequestsAnswerInOrder()
    {
        const QByteArray auth = "Authorization: Bearer " + f.reception->token().toLatin1() + "\r\n";
        QByteArray requests;
        for (int i = 0; i < 5; ++i)
            requests +=
                "GET /health HTTP/1.1\r\nHost: x\r\nX-Request-Id: pipe-" + QByteArray::number(i) + "\r\n\r\n";
        requests += "GET /api/patients/987654 HTTP/1.1\r\nHost: x\r\n" + auth +
            "X-Request-Id: pipe-last\r\nConnection: close\r\n\r\n";
        const QByteArray answer = raw(requests, 6);
        QCOMPARE(answer.count("HTTP/1.1 "), 6);
        qsizetype position = 0;
        for (int i = 0; i < 5; ++i) {
            const qsizetype next =
                answer.indexOf(QByteArray("X-Request-Id: pipe-" + QByteArray::number(i)), position);
            QVERIFY2(next > position, "responses out of order");
            position = next;
        }
        QVERIFY(answer.indexOf("X-Request-Id: pipe-last", position) > position);
        QVERIFY(answer.contains("HTTP/1.1 404"));
    }
};

QTEST_GUILESS_MAIN(TestHttpProtocol)
#include "tst_http_protocol.moc"
