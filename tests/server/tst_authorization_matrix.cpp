#include "support/ApiFixture.h"

#include <QCryptographicHash>
#include <QTest>

using namespace hms::test;

// Every role (and every kind of invalid caller) against every endpoint and
// method of the contract, each with the exact status it must get. Allowed
// calls use probes that change nothing (422 bodies, unknown ids) where the
// call would otherwise write.
class TestAuthorizationMatrix : public QObject
{
    Q_OBJECT

private:
    ApiFixture f;
    qint64 m_patient = 0;
    qint64 m_appointment = 0;
    qint64 m_record = 0;
    QMap<QString, QString> m_tokens; // caller -> token

    static QByteArray tokenHash(const QString &token)
    {
        return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex();
    }

    QString freshToken(const QString &username)
    {
        ApiClient client(f.server->url());
        client.login(username, QLatin1String(ApiFixture::Password));
        return client.token();
    }

    static QString past(int seconds)
    {
        return QDateTime::currentDateTimeUtc().addSecs(-seconds).toString(
            QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = f.setUp();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_patient = f.createPatient(QStringLiteral("Matrix Patient"));
        m_appointment = f.reception
                            ->post(QStringLiteral("/api/appointments"),
                                   {{QStringLiteral("patient_id"), m_patient},
                                    {QStringLiteral("doctor_id"), f.doctorId},
                                    {QStringLiteral("appointment_datetime"), ApiFixture::slot(10)}})
                            .json()
                            .value(QStringLiteral("id"))
                            .toInteger();
        m_record = f.doctor
                       ->post(QStringLiteral("/api/records"),
                              {{QStringLiteral("patient_id"), m_patient},
                               {QStringLiteral("diagnosis"), QStringLiteral("Matrix")}})
                       .json()
                       .value(QStringLiteral("id"))
                       .toInteger();
        QVERIFY(m_patient > 0 && m_appointment > 0 && m_record > 0);

        m_tokens.insert(QStringLiteral("admin"), f.admin->token());
        m_tokens.insert(QStringLiteral("doctor"), f.doctor->token());
        m_tokens.insert(QStringLiteral("receptionist"), f.reception->token());
        m_tokens.insert(QStringLiteral("none"), QString());
        m_tokens.insert(QStringLiteral("garbage"),
                        QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));

        // Idle for longer than 30 minutes.
        const QString idle = freshToken(QStringLiteral("front"));
        QVERIFY(f.database.execute(
            QStringLiteral("UPDATE sessions SET last_seen_at = '%1' WHERE token_hash = '%2'")
                .arg(past(31 * 60), QString::fromLatin1(tokenHash(idle)))));
        m_tokens.insert(QStringLiteral("idle-expired"), idle);
        // Past the absolute lifetime, though used a moment ago.
        const QString old = freshToken(QStringLiteral("front"));
        QVERIFY(
            f.database.execute(QStringLiteral("UPDATE sessions SET expires_at = '%1' WHERE token_hash = '%2'")
                                   .arg(past(1), QString::fromLatin1(tokenHash(old)))));
        m_tokens.insert(QStringLiteral("absolute-expired"), old);
        // Signed out.
        ApiClient revoked(f.server->url());
        revoked.login(QStringLiteral("front"), QLatin1String(ApiFixture::Password));
        QCOMPARE(revoked.send(Request{"POST", QStringLiteral("/api/auth/logout"), {}, false, {}}).status,
                 204);
        m_tokens.insert(QStringLiteral("revoked"), revoked.token());
        // A user deactivated by an admin.
        QCOMPARE(f.server
                     ->addUser(QStringLiteral("leaver"), QStringLiteral("doctor"),
                               QLatin1String(ApiFixture::Password))
                     .exitCode,
                 0);
        ApiClient leaver(f.server->url());
        QCOMPARE(leaver.login(QStringLiteral("leaver"), QLatin1String(ApiFixture::Password)).status, 200);
        const qint64 leaverId =
            leaver.get(QStringLiteral("/api/auth/me")).json().value(QStringLiteral("id")).toInteger();
        QCOMPARE(f.admin
                     ->put(QStringLiteral("/api/users/%1").arg(leaverId),
                           {{QStringLiteral("active"), false},
                            {QStringLiteral("deactivation_reason"), QStringLiteral("Left the clinic")}})
                     .status,
                 200);
        m_tokens.insert(QStringLiteral("deactivated"), leaver.token());
        QCOMPARE(ApiClient(f.server->url())
                     .login(QStringLiteral("leaver"), QLatin1String(ApiFixture::Password))
                     .status,
                 401);
    }

    void matrix_data()
    {
        QTest::addColumn<QString>("caller");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expected");

        const QString p = QString::number(m_patient), a = QString::number(m_appointment),
                      r = QString::number(m_record);
        const QString u = QString::number(f.receptionId);
        struct Row
        {
            QByteArray method;
            QString path;
            QByteArray body; // empty: no body
            int admin, doctor, receptionist;
        };
        const QList<Row> rows{
            {"GET", QStringLiteral("/api/auth/me"), {}, 200, 200, 200},
            {"POST", QStringLiteral("/api/auth/password"), "{}", 422, 422, 422},
            {"GET", QStringLiteral("/api/doctors"), {}, 200, 200, 200},
            {"GET", QStringLiteral("/api/stats"), {}, 200, 200, 200},
            {"GET", QStringLiteral("/api/patients"), {}, 200, 200, 200},
            {"POST", QStringLiteral("/api/patients"), "{}", 422, 422, 422},
            {"GET", QStringLiteral("/api/patients/") + p, {}, 200, 200, 200},
            {"PUT", QStringLiteral("/api/patients/") + p, R"({"name":""})", 422, 422, 422},
            {"DELETE", QStringLiteral("/api/patients/987654"), {}, 404, 403, 403},
            {"GET", QStringLiteral("/api/patients/%1/appointments").arg(p), {}, 200, 200, 200},
            {"GET", QStringLiteral("/api/patients/%1/records").arg(p), {}, 403, 200, 403},
            {"GET", QStringLiteral("/api/appointments"), {}, 200, 200, 200},
            {"POST", QStringLiteral("/api/appointments"), "{}", 422, 422, 422},
            {"GET", QStringLiteral("/api/appointments/") + a, {}, 200, 200, 200},
            {"PUT", QStringLiteral("/api/appointments/") + a, R"({"duration_minutes":1})", 422, 422, 422},
            {"POST", QStringLiteral("/api/records"), "{}", 403, 422, 403},
            {"GET", QStringLiteral("/api/records/") + r, {}, 403, 200, 403},
            {"PUT", QStringLiteral("/api/records/") + r, R"({"diagnosis":""})", 403, 422, 403},
            {"GET", QStringLiteral("/api/records/%1/history").arg(r), {}, 403, 200, 403},
            {"GET", QStringLiteral("/api/users"), {}, 200, 403, 403},
            {"POST", QStringLiteral("/api/users"), "{}", 422, 403, 403},
            {"GET", QStringLiteral("/api/users/") + u, {}, 200, 403, 403},
            {"PUT", QStringLiteral("/api/users/") + u, R"({"full_name":""})", 422, 403, 403},
            {"POST", QStringLiteral("/api/users/%1/password").arg(u), "{}", 422, 403, 403},
            {"GET", QStringLiteral("/api/audit"), {}, 200, 403, 403},
            {"POST", QStringLiteral("/api/auth/logout"), {}, 204, 204, 204}, // last: it ends the session
        };
        const QStringList invalid{QStringLiteral("none"),         QStringLiteral("garbage"),
                                  QStringLiteral("idle-expired"), QStringLiteral("absolute-expired"),
                                  QStringLiteral("revoked"),      QStringLiteral("deactivated")};
        for (const Row &row : rows) {
            const QString name = QString::fromLatin1(row.method) + QLatin1Char(' ') + row.path;
            const bool logout = row.path.endsWith(QLatin1String("/logout"));
            for (const auto &[caller, expected] :
                 {std::pair{QStringLiteral("admin"), row.admin},
                  std::pair{QStringLiteral("doctor"), row.doctor},
                  std::pair{QStringLiteral("receptionist"), row.receptionist}}) {
                // Logout is checked with a session of its own so the others stay valid.
                const QString who = logout ? caller + QStringLiteral("-fresh") : caller;
                QTest::newRow(qPrintable(caller + QLatin1Char(' ') + name))
                    << who << row.method << row.path << row.body << expected;
            }
            for (const QString &caller : invalid)
                QTest::newRow(qPrintable(caller + QLatin1Char(' ') + name))
                    << caller << row.method << row.path << row.body << 401;
        }
    }

    void matrix()
    {
        QFETCH(QString, caller);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, expected);
        ApiClient client(f.server->url());
        if (caller.endsWith(QLatin1String("-fresh"))) {
            const QString role = caller.chopped(6);
            client.login(role == QLatin1String("admin")        ? QStringLiteral("admin")
                             : role == QLatin1String("doctor") ? QStringLiteral("doc")
                                                               : QStringLiteral("front"),
                         QLatin1String(ApiFixture::Password));
        } else {
            client.setToken(m_tokens.value(caller));
        }
        Request request{method, path, body, !body.isEmpty(), {}};
        if (!body.isEmpty())
            request.header("Content-Type", "application/json");
        const Reply reply = client.send(request);
        QVERIFY2(
            reply.status == expected,
            qPrintable(QStringLiteral("got %1: %2").arg(reply.status).arg(QString::fromUtf8(reply.body))));
        if (expected == 401)
            QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));
        if (expected == 403)
            QCOMPARE(reply.problemType(), QStringLiteral("/problems/forbidden"));
    }

    void objectLevelRules()
    {
        // Only the author amends a record.
        QCOMPARE(f.doctor2
                     ->put(QStringLiteral("/api/records/%1").arg(m_record),
                           {{QStringLiteral("diagnosis"), QStringLiteral("x")}})
                     .status,
                 403);
        // Nobody changes their own role or deactivates themselves.
        Reply reply = f.admin->put(QStringLiteral("/api/users/%1").arg(f.adminId),
                                   {{QStringLiteral("role"), QStringLiteral("doctor")}});
        QCOMPARE(reply.status, 403);
        QCOMPARE(
            f.admin->put(QStringLiteral("/api/users/%1").arg(f.adminId), {{QStringLiteral("active"), false}})
                .status,
            403);
        QCOMPARE(f.doctor
                     ->put(QStringLiteral("/api/users/%1").arg(f.doctorId),
                           {{QStringLiteral("role"), QStringLiteral("admin")}})
                     .status,
                 403);
        // Admins may rename themselves.
        QCOMPARE(f.admin
                     ->put(QStringLiteral("/api/users/%1").arg(f.adminId),
                           {{QStringLiteral("full_name"), QStringLiteral("Head Admin")}})
                     .status,
                 200);
    }

    void roleChangesTakeEffectAtOnce()
    {
        auto [mover, id] = f.addStaff(QStringLiteral("mover"), QStringLiteral("receptionist"));
        QVERIFY(id > 0);
        QCOMPARE(mover->get(QStringLiteral("/api/records/%1").arg(m_record)).status, 403);
        QCOMPARE(f.admin
                     ->put(QStringLiteral("/api/users/%1").arg(id),
                           {{QStringLiteral("role"), QStringLiteral("doctor")}})
                     .status,
                 200);
        QCOMPARE(mover->get(QStringLiteral("/api/records/%1").arg(m_record)).status, 200);
        QCOMPARE(f.admin
                     ->put(QStringLiteral("/api/users/%1").arg(id),
                           {{QStringLiteral("role"), QStringLiteral("receptionist")}})
                     .status,
                 200);
        QCOMPARE(mover->get(QStringLiteral("/api/records/%1").arg(m_record)).status, 403);
    }
};

QTEST_GUILESS_MAIN(TestAuthorizationMatrix)
#include "tst_authorization_matrix.moc"
