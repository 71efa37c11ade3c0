#include "support/ApiFixture.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>
#include <algorithm>

using namespace hms::test;

namespace {
// A login sent from a chosen loopback source address (127.0.0.x), so that the
// server sees different clients.
Reply loginFrom(const QString &source, quint16 port, const QString &username, const QString &password)
{
    QTcpSocket socket;
    socket.bind(QHostAddress(source));
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                      {QStringLiteral("password"), password}})
                                .toJson(QJsonDocument::Compact);
    socket.write("POST /api/auth/login HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: "
                 "application/json\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray answer;
    while (socket.waitForReadyRead(5000))
        answer += socket.readAll();
    Reply reply;
    const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return reply;
    const QList<QByteArray> lines = answer.left(headerEnd).split('\n');
    reply.status = lines.value(0).split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            reply.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    reply.body = answer.mid(headerEnd + 4);
    return reply;
}
} // namespace

// Sign-in, sessions and their ends, throttling, and the unknown-user timing.
class TestSessions : public QObject
{
    Q_OBJECT

private:
    ApiFixture f;

    QString addUser(const QString &username, const QString &role = QStringLiteral("receptionist"))
    {
        const auto result = f.server->addUser(username, role, QLatin1String(ApiFixture::Password));
        return result.exitCode == 0 ? username : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = f.setUp();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void tokensAreRandomOpaqueAndStoredOnlyAsHashes()
    {
        ApiClient one(f.server->url()), two(f.server->url());
        const Reply login = one.login(QStringLiteral("front"), QLatin1String(ApiFixture::Password));
        QCOMPARE(login.status, 200);
        two.login(QStringLiteral("front"), QLatin1String(ApiFixture::Password));
        QCOMPARE(one.token().size(), 43); // 256 bits, base64url without padding
        QVERIFY(one.token() != two.token());
        const QDateTime expires =
            QDateTime::fromString(login.json().value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - qint64{12} * 3600) < 120);
        QCOMPARE(
            login.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(),
            QStringLiteral("receptionist"));
        QVERIFY(
            !login.json().value(QStringLiteral("user")).toObject().contains(QStringLiteral("password_hash")));
        // The database holds the SHA-256 of the token, never the token.
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(one.token().toLatin1(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(
            f.database
                .scalar(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE token_hash = '%1'").arg(hash))
                .toInt(),
            1);
        QCOMPARE(
            f.database
                .scalar(
                    QStringLiteral("SELECT COUNT(*) FROM sessions WHERE token_hash = '%1'").arg(one.token()))
                .toInt(),
            0);
    }

    void loginErrorsAreUniform()
    {
        QVERIFY(!addUser(QStringLiteral("gone")).isEmpty());
        auto gone = f.signIn(QStringLiteral("gone"));
        const qint64 goneId =
            gone->get(QStringLiteral("/api/auth/me")).json().value(QStringLiteral("id")).toInteger();
        QCOMPARE(f.admin
                     ->put(QStringLiteral("/api/users/%1").arg(goneId),
                           {{QStringLiteral("active"), false},
                            {QStringLiteral("deactivation_reason"), QStringLiteral("Left the clinic")}})
                     .status,
                 200);
        const Reply unknown = ApiClient(f.server->url())
                                  .login(QStringLiteral("nobody-here"), QStringLiteral("whatever password"));
        const Reply wrong =
            ApiClient(f.server->url()).login(QStringLiteral("doc"), QStringLiteral("whatever password"));
        const Reply disabled =
            ApiClient(f.server->url()).login(QStringLiteral("gone"), QLatin1String(ApiFixture::Password));
        for (const Reply &reply : {unknown, wrong, disabled}) {
            QCOMPARE(reply.status, 401);
            QCOMPARE(reply.json().value(QStringLiteral("detail")).toString(),
                     QStringLiteral("The username or password is incorrect."));
        }
        QCOMPARE(gone->get(QStringLiteral("/api/auth/me")).status, 401); // deactivation ended the session
        QCOMPARE(ApiClient(f.server->url())
                     .post(QStringLiteral("/api/auth/login"),
                           {{QStringLiteral("username"), QStringLiteral("doc")}})
                     .status,
                 422);
    }

    void unknownUsersCostTheSameAsWrongPasswords()
    {
        // Argon2id runs for an unknown user too: the answer's timing does not tell whether the name exists.
        auto median = [this](const QString &username) {
            QList<qint64> times;
            for (int i = 0; i < 7; ++i) {
                ApiClient client(f.server->url());
                QElapsedTimer timer;
                timer.start();
                client.login(username, QStringLiteral("not the password %1").arg(i));
                times.append(timer.nsecsElapsed());
            }
            std::sort(times.begin(), times.end());
            return double(times[3]);
        };
        QVERIFY(!addUser(QStringLiteral("timed")).isEmpty());
        const double known = median(QStringLiteral("timed"));
        const double unknown = median(QStringLiteral("timed-nobody"));
        QVERIFY2(
            unknown > known * 0.6 && unknown < known * 1.6,
            qPrintable(QStringLiteral("known %1 ms, unknown %2 ms").arg(known / 1e6).arg(unknown / 1e6)));
    }

    void passwordChangeEndsOtherSessions()
    {
        QVERIFY(!addUser(QStringLiteral("changer")).isEmpty());
        auto here = f.signIn(QStringLiteral("changer"));
        auto elsewhere = f.signIn(QStringLiteral("changer"));
        Reply reply =
            here->post(QStringLiteral("/api/auth/password"),
                       {{QStringLiteral("current_password"), QStringLiteral("wrong one!!!")},
                        {QStringLiteral("new_password"), QStringLiteral("a brand new passphrase")}});
        QCOMPARE(reply.status, 422);
        QVERIFY(!reply.fieldErrors(QStringLiteral("current_password")).isEmpty());
        reply = here->post(QStringLiteral("/api/auth/password"),
                           {{QStringLiteral("current_password"), QLatin1String(ApiFixture::Password)},
                            {QStringLiteral("new_password"), QStringLiteral("short")}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("new_password")),
                 QStringList{QStringLiteral("must be at least 12 characters")});
        reply = here->post(QStringLiteral("/api/auth/password"),
                           {{QStringLiteral("current_password"), QLatin1String(ApiFixture::Password)},
                            {QStringLiteral("new_password"), QStringLiteral("a brand new passphrase")}});
        QCOMPARE(reply.status, 204);
        QCOMPARE(here->get(QStringLiteral("/api/auth/me")).status, 200);
        QCOMPARE(elsewhere->get(QStringLiteral("/api/auth/me")).status, 401);
        QCOMPARE(ApiClient(f.server->url())
                     .login(QStringLiteral("changer"), QLatin1String(ApiFixture::Password))
                     .status,
                 401);
        QCOMPARE(ApiClient(f.server->url())
                     .login(QStringLiteral("changer"), QStringLiteral("a brand new passphrase"))
                     .status,
                 200);
    }

    void adminCreatesResetsAndManagesStaff()
    {
        Reply reply = f.admin->post(QStringLiteral("/api/users"),
                                    {{QStringLiteral("username"), QStringLiteral("New.Nurse")},
                                     {QStringLiteral("full_name"), QStringLiteral("Nia Nurse")},
                                     {QStringLiteral("role"), QStringLiteral("receptionist")},
                                     {QStringLiteral("password"), QStringLiteral("first password 1")}});
        QCOMPARE(reply.status, 201);
        const qint64 id = reply.json().value(QStringLiteral("id")).toInteger();
        QCOMPARE(reply.json().value(QStringLiteral("username")).toString(), QStringLiteral("new.nurse"));
        QVERIFY(!reply.json().contains(QStringLiteral("password")));
        QCOMPARE(reply.header("Location"), "/api/users/" + QByteArray::number(id));
        reply = f.admin->post(QStringLiteral("/api/users"),
                              {{QStringLiteral("username"), QStringLiteral("new.nurse")},
                               {QStringLiteral("full_name"), QStringLiteral("Other")},
                               {QStringLiteral("role"), QStringLiteral("doctor")},
                               {QStringLiteral("password"), QStringLiteral("first password 1")}});
        QCOMPARE(reply.status, 409);
        reply = f.admin->post(QStringLiteral("/api/users"),
                              {{QStringLiteral("username"), QStringLiteral("x")},
                               {QStringLiteral("full_name"), QStringLiteral("")},
                               {QStringLiteral("role"), QStringLiteral("surgeon")},
                               {QStringLiteral("password"), QStringLiteral("short")}});
        QCOMPARE(reply.status, 422);
        for (const char *field : {"username", "full_name", "role", "password"})
            QVERIFY2(!reply.fieldErrors(QString::fromLatin1(field)).isEmpty(), field);

        auto nurse = f.signIn(QStringLiteral("new.nurse"), QStringLiteral("first password 1"));
        QCOMPARE(nurse->get(QStringLiteral("/api/auth/me")).status, 200);
        QCOMPARE(f.admin
                     ->post(QStringLiteral("/api/users/%1/password").arg(id),
                            {{QStringLiteral("new_password"), QStringLiteral("second password 2")}})
                     .status,
                 204);
        QCOMPARE(nurse->get(QStringLiteral("/api/auth/me")).status, 401);
        QCOMPARE(ApiClient(f.server->url())
                     .login(QStringLiteral("new.nurse"), QStringLiteral("second password 2"))
                     .status,
                 200);
        QCOMPARE(f.admin
                     ->post(QStringLiteral("/api/users/987654/password"),
                            {{QStringLiteral("new_password"), QStringLiteral("second password 2")}})
                     .status,
                 404);

        reply = f.admin->send(Request::put(QStringLiteral("/api/users/%1").arg(id),
                                           {{QStringLiteral("full_name"), QStringLiteral("Nia N. Nurse")}})
                                  .header("If-Match", "\"9\""));
        QCOMPARE(reply.status, 412);
        const int version =
            reply.json().value(QStringLiteral("current")).toObject().value(QStringLiteral("version")).toInt();
        reply = f.admin->send(Request::put(QStringLiteral("/api/users/%1").arg(id),
                                           {{QStringLiteral("full_name"), QStringLiteral("Nia N. Nurse")}})
                                  .header("If-Match", "\"" + QByteArray::number(version) + "\""));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("full_name")).toString(), QStringLiteral("Nia N. Nurse"));
        QCOMPARE(f.admin
                     ->put(QStringLiteral("/api/users/%1").arg(id),
                           {{QStringLiteral("role"), QStringLiteral("janitor")}})
                     .status,
                 422);
        QCOMPARE(f.admin
                     ->put(QStringLiteral("/api/users/%1").arg(id),
                           {{QStringLiteral("active"), QStringLiteral("no")}})
                     .status,
                 422);
        QCOMPARE(f.admin->get(QStringLiteral("/api/users/987654")).status, 404);
        bool listed = false;
        for (const QJsonValue user : f.admin->get(QStringLiteral("/api/users")).items())
            listed = listed || user.toObject().value(QStringLiteral("id")).toInteger() == id;
        QVERIFY(listed);
    }

    void deactivationNeedsAReason()
    {
        auto staff = f.addStaff(QStringLiteral("leaving.nurse"), QStringLiteral("receptionist"));
        const qint64 id = staff.id;
        ApiClient *leaver = staff.client.get();
        QVERIFY(id > 0);
        const QString path = QStringLiteral("/api/users/%1").arg(id);
        const QJsonObject fresh = f.admin->get(path).json();
        QVERIFY(fresh.contains(QStringLiteral("deactivation_reason")));
        QVERIFY(fresh.value(QStringLiteral("deactivation_reason")).isNull());
        auto deactivationEntries = [&] {
            qint64 entries = 0;
            for (const QJsonValue item :
                 f.admin->get(QStringLiteral("/api/audit?action=user.deactivate")).items())
                entries += item.toObject().value(QStringLiteral("resource_id")).toInteger() == id ? 1 : 0;
            return entries;
        };
        const struct
        {
            QJsonValue reason;
            const char *message;
        } refusals[] = {
            {QJsonValue(QJsonValue::Undefined), "is required"},
            {QJsonValue(QJsonValue::Null), "is required"},
            {QJsonValue(QStringLiteral("  ")), "is required"},
            {QJsonValue(7), "must be a string"},
            {QJsonValue(QString(501, QLatin1Char('z'))), "must be at most 500 characters"},
            {QJsonValue(QStringLiteral("Retired\nearly")),
             "must not contain control characters, tabs or line breaks"},
        };
        for (const auto &refusal : refusals) {
            QJsonObject body{{QStringLiteral("active"), false},
                             {QStringLiteral("full_name"), QStringLiteral("Renamed")}};
            if (!refusal.reason.isUndefined())
                body.insert(QStringLiteral("deactivation_reason"), refusal.reason);
            const Reply reply = f.admin->put(path, body);
            QCOMPARE(reply.status, 422);
            QCOMPARE(reply.fieldErrors(QStringLiteral("deactivation_reason")),
                     QStringList{QLatin1String(refusal.message)});
            QCOMPARE(reply.json().value(QStringLiteral("errors")).toObject().keys(),
                     QStringList{QStringLiteral("deactivation_reason")});
        }
        // Given where nothing is deactivated.
        const QStringList onlyThen{QStringLiteral("only given when deactivating")};
        for (const QJsonObject &body :
             {QJsonObject{{QStringLiteral("full_name"), QStringLiteral("Renamed")},
                          {QStringLiteral("deactivation_reason"), QStringLiteral("Leaving")}},
              QJsonObject{{QStringLiteral("active"), true},
                          {QStringLiteral("deactivation_reason"), QStringLiteral("Leaving")}}}) {
            const Reply reply = f.admin->put(path, body);
            QCOMPARE(reply.status, 422);
            QCOMPARE(reply.fieldErrors(QStringLiteral("deactivation_reason")), onlyThen);
        }
        Reply reply = f.admin->post(QStringLiteral("/api/users"),
                                    {{QStringLiteral("username"), QStringLiteral("never.made")},
                                     {QStringLiteral("full_name"), QStringLiteral("Never Made")},
                                     {QStringLiteral("role"), QStringLiteral("doctor")},
                                     {QStringLiteral("password"), QStringLiteral("a long enough password")},
                                     {QStringLiteral("deactivation_reason"), QStringLiteral("Leaving")}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("deactivation_reason")), onlyThen);
        QCOMPARE(
            f.admin->get(QStringLiteral("/api/users")).json().value(QStringLiteral("items")).toArray().size(),
            f.database.scalar(QStringLiteral("SELECT COUNT(*) FROM users")).toInt());
        QCOMPARE(f.database.scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE username = 'never.made'"))
                     .toInt(),
                 0);
        // A bad active is reported on its own.
        reply = f.admin->put(path,
                             {{QStringLiteral("active"), QStringLiteral("no")},
                              {QStringLiteral("deactivation_reason"), QStringLiteral("Leaving")}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json().value(QStringLiteral("errors")).toObject().keys(),
                 QStringList{QStringLiteral("active")});
        // Nothing changed: still active, same version, signed in, nothing audited.
        QCOMPARE(f.admin->get(path).json(), fresh);
        QCOMPARE(leaver->get(QStringLiteral("/api/auth/me")).status, 200);
        QCOMPARE(deactivationEntries(), 0);

        reply = f.admin->send(
            Request::put(path,
                         {{QStringLiteral("active"), false},
                          {QStringLiteral("deactivation_reason"), QStringLiteral(" Retired ")}})
                .header("If-Match",
                        QByteArray('"' + QByteArray::number(fresh.value(QStringLiteral("version")).toInt()) +
                                   '"')));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("active")).toBool(true), false);
        QCOMPARE(reply.json().value(QStringLiteral("deactivation_reason")).toString(),
                 QStringLiteral("Retired"));
        QCOMPARE(reply.json().value(QStringLiteral("version")).toInt(),
                 fresh.value(QStringLiteral("version")).toInt() + 1);
        QCOMPARE(f.admin->get(path).json(), reply.json());
        bool listed = false;
        for (const QJsonValue user : f.admin->get(QStringLiteral("/api/users")).items()) {
            if (user.toObject().value(QStringLiteral("id")).toInteger() == id) {
                listed = true;
                QCOMPARE(user.toObject(), reply.json());
            }
        }
        QVERIFY(listed);
        QCOMPARE(leaver->get(QStringLiteral("/api/auth/me")).status, 401);
        QCOMPARE(deactivationEntries(), 1);
        const QJsonObject entry =
            f.admin->get(QStringLiteral("/api/audit?action=user.deactivate&limit=1")).items()[0].toObject();
        QCOMPARE(entry.value(QStringLiteral("resource_id")).toInteger(), id);
        QCOMPARE(entry.value(QStringLiteral("reason")).toString(), QStringLiteral("Retired"));
        QVERIFY(entry.value(QStringLiteral("patient_name")).isNull());

        // Inactive already: no second reason; other changes keep it.
        reply = f.admin->put(path,
                             {{QStringLiteral("active"), false},
                              {QStringLiteral("deactivation_reason"), QStringLiteral("Again")}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("deactivation_reason")), onlyThen);
        reply = f.admin->put(path, {{QStringLiteral("full_name"), QStringLiteral("Former Nurse")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("deactivation_reason")).toString(),
                 QStringLiteral("Retired"));
        // Reactivated: the reason goes.
        reply = f.admin->put(path, {{QStringLiteral("active"), true}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("active")).toBool(), true);
        QVERIFY(reply.json().value(QStringLiteral("deactivation_reason")).isNull());
        QVERIFY(f.admin->get(path).json().value(QStringLiteral("deactivation_reason")).isNull());
        QCOMPARE(f.database
                     .scalar(QStringLiteral(
                                 "SELECT COUNT(*) FROM users WHERE id = %1 AND deactivation_reason IS NULL")
                                 .arg(id))
                     .toInt(),
                 1);
    }

    void theIdleLimitIsAnnounced()
    {
        ApiClient client(f.server->url());
        const Reply login = client.login(QStringLiteral("front"), QLatin1String(ApiFixture::Password));
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json().value(QStringLiteral("session_idle_minutes")), QJsonValue(30));
        Reply me = client.get(QStringLiteral("/api/auth/me"));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("session_idle_minutes")), QJsonValue(30));
        QCOMPARE(me.json().value(QStringLiteral("username")).toString(), QStringLiteral("front"));
        QCOMPARE(
            me.header("ETag"),
            QByteArray('"' + QByteArray::number(me.json().value(QStringLiteral("version")).toInt()) + '"'));

        TestServer other(f.database.url());
        QVERIFY2(other.start({QStringLiteral("--session-idle-minutes"), QStringLiteral("7")}),
                 qPrintable(other.output()));
        ApiClient elsewhere(other.url());
        QCOMPARE(elsewhere.login(QStringLiteral("front"), QLatin1String(ApiFixture::Password))
                     .json()
                     .value(QStringLiteral("session_idle_minutes")),
                 QJsonValue(7));
        QCOMPARE(elsewhere.get(QStringLiteral("/api/auth/me"))
                     .json()
                     .value(QStringLiteral("session_idle_minutes")),
                 QJsonValue(7));
        QCOMPARE(other.stop(), 0);
    }

    void theLastAdminStays()
    {
        auto [admin2, admin2Id] = f.addStaff(QStringLiteral("admin2"), QStringLiteral("admin"));
        QVERIFY(admin2Id > 0);
        // admin demotes admin2, who then has no right to touch users at all.
        QCOMPARE(f.admin
                     ->put(QStringLiteral("/api/users/%1").arg(admin2Id),
                           {{QStringLiteral("role"), QStringLiteral("doctor")}})
                     .status,
                 200);
        QCOMPARE(admin2
                     ->put(QStringLiteral("/api/users/%1").arg(f.adminId),
                           {{QStringLiteral("role"), QStringLiteral("doctor")}})
                     .status,
                 403);
        QCOMPARE(f.admin
                     ->put(QStringLiteral("/api/users/%1").arg(admin2Id),
                           {{QStringLiteral("role"), QStringLiteral("admin")}})
                     .status,
                 200);
        QCOMPARE(admin2
                     ->put(QStringLiteral("/api/users/%1").arg(f.adminId),
                           {{QStringLiteral("active"), false},
                            {QStringLiteral("deactivation_reason"), QStringLiteral("Left the clinic")}})
                     .status,
                 200);
        QCOMPARE(
            admin2->put(QStringLiteral("/api/users/%1").arg(f.adminId), {{QStringLiteral("active"), true}})
                .status,
            200);
        QCOMPARE(f.admin->get(QStringLiteral("/api/auth/me")).status,
                 401); // its sessions ended with the deactivation
        f.admin = f.signIn(QStringLiteral("admin"));
        QCOMPARE(f.admin
                     ->put(QStringLiteral("/api/users/%1").arg(admin2Id),
                           {{QStringLiteral("active"), false},
                            {QStringLiteral("deactivation_reason"), QStringLiteral("Left the clinic")}})
                     .status,
                 200);
        const Reply last = admin2->get(QStringLiteral("/api/auth/me"));
        QCOMPARE(last.status, 401);
        // With two active admins one may demote the other, never themselves: an admin always remains.
        QCOMPARE(f.server
                     ->addUser(QStringLiteral("admin3"), QStringLiteral("admin"),
                               QLatin1String(ApiFixture::Password))
                     .exitCode,
                 0);
        auto admin3 = f.signIn(QStringLiteral("admin3"));
        QCOMPARE(admin3
                     ->put(QStringLiteral("/api/users/%1").arg(f.adminId),
                           {{QStringLiteral("role"), QStringLiteral("doctor")}})
                     .status,
                 200);
        const qint64 admin3Id =
            admin3->get(QStringLiteral("/api/auth/me")).json().value(QStringLiteral("id")).toInteger();
        QCOMPARE(admin3
                     ->put(QStringLiteral("/api/users/%1").arg(admin3Id),
                           {{QStringLiteral("role"), QStringLiteral("doctor")}})
                     .status,
                 403);
        // Restore for the other tests.
        QCOMPARE(admin3
                     ->put(QStringLiteral("/api/users/%1").arg(f.adminId),
                           {{QStringLiteral("role"), QStringLiteral("admin")}})
                     .status,
                 200);
    }

    void repeatedFailuresAreThrottledPerAccountAndAddress()
    {
        QVERIFY(!addUser(QStringLiteral("target")).isEmpty());
        const quint16 port = f.server->port();
        // Four failures from .2, then a success from .3: it must not clear .2's count.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(loginFrom(QStringLiteral("127.0.0.2"), port, QStringLiteral("target"),
                               QStringLiteral("bad guess number"))
                         .status,
                     401);
        QCOMPARE(loginFrom(QStringLiteral("127.0.0.3"), port, QStringLiteral("target"),
                           QLatin1String(ApiFixture::Password))
                     .status,
                 200);
        QCOMPARE(loginFrom(QStringLiteral("127.0.0.2"), port, QStringLiteral("target"),
                           QStringLiteral("bad guess number"))
                     .status,
                 401);
        Reply reply = loginFrom(QStringLiteral("127.0.0.2"), port, QStringLiteral("target"),
                                QLatin1String(ApiFixture::Password));
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.problemType(), QStringLiteral("/problems/rate-limited"));
        const int retryAfter = reply.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 30, reply.header("Retry-After").constData());
        // The same account from another address still signs in.
        QCOMPARE(loginFrom(QStringLiteral("127.0.0.3"), port, QStringLiteral("target"),
                           QLatin1String(ApiFixture::Password))
                     .status,
                 200);

        // Many accounts from one address: the address is throttled.
        for (int i = 0; i < 20; ++i)
            loginFrom(QStringLiteral("127.0.0.4"), port, QStringLiteral("spray%1").arg(i),
                      QStringLiteral("password guess"));
        reply = loginFrom(QStringLiteral("127.0.0.4"), port, QStringLiteral("front"),
                          QLatin1String(ApiFixture::Password));
        QCOMPARE(reply.status, 429);
        // Back-off grows with further failures once locked... and each refusal is audited.
        const Reply audit = f.admin->get(QStringLiteral("/api/audit?action=auth.login_throttled"));
        QVERIFY(audit.items().size() >= 2);
        QCOMPARE(audit.items()[0].toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("denied"));
        QCOMPARE(audit.items()[0].toObject().value(QStringLiteral("client_address")).toString(),
                 QStringLiteral("127.0.0.4"));
    }

    void revocationReachesEveryReplica()
    {
        if (!f.database.isPostgres())
            QSKIP("Replicas share one PostgreSQL; SQLite is single-server");
        TestServer replica(f.database.url());
        QVERIFY2(replica.start(), qPrintable(replica.output()));
        ApiClient onFirst(f.server->url());
        QCOMPARE(onFirst.login(QStringLiteral("front"), QLatin1String(ApiFixture::Password)).status, 200);
        ApiClient onSecond(replica.url());
        onSecond.setToken(onFirst.token());
        QCOMPARE(onSecond.get(QStringLiteral("/api/auth/me")).status, 200);
        QCOMPARE(onFirst.send(Request{"POST", QStringLiteral("/api/auth/logout"), {}, false, {}}).status,
                 204);
        QCOMPARE(onSecond.get(QStringLiteral("/api/auth/me")).status, 401);

        // Deactivation on one replica ends the sessions served by the other.
        QVERIFY(!addUser(QStringLiteral("replicated")).isEmpty());
        ApiClient user(replica.url());
        QCOMPARE(user.login(QStringLiteral("replicated"), QLatin1String(ApiFixture::Password)).status, 200);
        const qint64 id =
            user.get(QStringLiteral("/api/auth/me")).json().value(QStringLiteral("id")).toInteger();
        QCOMPARE(f.admin
                     ->put(QStringLiteral("/api/users/%1").arg(id),
                           {{QStringLiteral("active"), false},
                            {QStringLiteral("deactivation_reason"), QStringLiteral("Left the clinic")}})
                     .status,
                 200);
        QCOMPARE(user.get(QStringLiteral("/api/auth/me")).status, 401);
        QCOMPARE(replica.stop(), 0);
    }

    void aSessionAWorkerRemembersIsStillCheckedOnEveryRequest()
    {
        // One worker: every request below meets the session that worker has
        // in memory from the request before, never a fresh read.
        TestServer single(f.database.url());
        QVERIFY2(single.start({QStringLiteral("--workers"), QStringLiteral("1")}),
                 qPrintable(single.output()));
        const qint64 patient = f.createPatient(QStringLiteral("Remembered Session"));
        QVERIFY(patient > 0);
        const QString patientPath = QStringLiteral("/api/patients/%1").arg(patient);
        auto count = [this](const QString &sql) { return f.database.scalar(sql).toLongLong(); };

        // A role change takes effect on the next request, in both directions.
        QVERIFY(!addUser(QStringLiteral("shifting"), QStringLiteral("doctor")).isEmpty());
        ApiClient shifting(single.url());
        QCOMPARE(shifting.login(QStringLiteral("shifting"), QLatin1String(ApiFixture::Password)).status, 200);
        const QJsonObject record{{QStringLiteral("patient_id"), patient},
                                 {QStringLiteral("diagnosis"), QStringLiteral("Sprained ankle")}};
        QCOMPARE(shifting.get(patientPath).status, 200);
        QCOMPARE(shifting.post(QStringLiteral("/api/records"), record).status, 201);
        const qint64 shiftingId =
            shifting.get(QStringLiteral("/api/auth/me")).json().value(QStringLiteral("id")).toInteger();
        const QString usersPath = QStringLiteral("/api/users/%1").arg(shiftingId);
        QCOMPARE(f.admin->put(usersPath, {{QStringLiteral("role"), QStringLiteral("receptionist")}}).status,
                 200);
        const QString recordsBy =
            QStringLiteral("SELECT COUNT(*) FROM medical_records WHERE author_id = %1").arg(shiftingId);
        QCOMPARE(count(recordsBy), 1);
        QCOMPARE(shifting.post(QStringLiteral("/api/records"), record).status, 403);
        QCOMPARE(count(recordsBy), 1);
        QCOMPARE(shifting.get(QStringLiteral("/api/auth/me")).json().value(QStringLiteral("role")).toString(),
                 QStringLiteral("receptionist"));
        QCOMPARE(f.admin->put(usersPath, {{QStringLiteral("role"), QStringLiteral("doctor")}}).status, 200);
        QCOMPARE(shifting.post(QStringLiteral("/api/records"), record).status, 201);
        QCOMPARE(count(recordsBy), 2);
        // The audit trail names the user as stored, and its entries are the ones that happened.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE user_id = %1 AND action = "
                                      "'record.create' AND username = 'shifting'")
                           .arg(shiftingId)),
                 2);

        // Ended elsewhere: the next read is refused, and neither read nor write happens.
        ApiClient ended(single.url());
        QCOMPARE(ended.login(QStringLiteral("front"), QLatin1String(ApiFixture::Password)).status, 200);
        QCOMPARE(ended.get(patientPath).status, 200);
        QCOMPARE(ended.get(QStringLiteral("/api/auth/me")).status, 200);
        const QString readsOfPatient =
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'patient.read' AND patient_id = %1")
                .arg(patient);
        const qint64 readsBefore = count(readsOfPatient);
        const qint64 patientsBefore = count(QStringLiteral("SELECT COUNT(*) FROM patients"));
        std::unique_ptr<TestServer> other;
        QUrl elsewhereUrl = f.server->url();
        if (f.database.isPostgres()) {
            // Another replica on the same database.
            other = std::make_unique<TestServer>(f.database.url());
            QVERIFY2(other->start(), qPrintable(other->output()));
            elsewhereUrl = other->url();
        }
        ApiClient elsewhere(elsewhereUrl);
        elsewhere.setToken(ended.token());
        QCOMPARE(elsewhere.send(Request{"POST", QStringLiteral("/api/auth/logout"), {}, false, {}}).status,
                 204);
        QCOMPARE(ended.get(patientPath).status, 401);
        QCOMPARE(ended
                     .post(QStringLiteral("/api/patients"),
                           {{QStringLiteral("name"), QStringLiteral("Never Stored")},
                            {QStringLiteral("date_of_birth"), QStringLiteral("1990-01-01")}})
                     .status,
                 401);
        QCOMPARE(ended.get(QStringLiteral("/api/auth/me")).status, 401);
        QCOMPARE(count(readsOfPatient), readsBefore);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM patients")), patientsBefore);
        if (other)
            QCOMPARE(other->stop(), 0);
        QCOMPARE(single.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSessions)
#include "tst_sessions.moc"
