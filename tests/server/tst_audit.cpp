#include "support/ApiFixture.h"

#include <QTest>

using namespace hms::test;

// Who read and changed what: each kind of action leaves its entry, the log is
// admin-only and filterable, and tampering done directly in the database is
// detected by `hms-server audit verify`.
class TestAudit : public QObject
{
    Q_OBJECT

private:
    ApiFixture f;

    // The newest entry for an action, optionally for one resource id.
    QJsonObject latest(const QString &action, qint64 resourceId = 0)
    {
        const Reply reply = f.admin->get(QStringLiteral("/api/audit?limit=200&action=") + action);
        for (const QJsonValue item : reply.items()) {
            QJsonObject entry = item.toObject();
            if (resourceId == 0 || entry.value(QStringLiteral("resource_id")).toInteger() == resourceId)
                return entry;
        }
        return {};
    }

    TestServer::CommandResult verify()
    {
        return TestServer::run({QStringLiteral("audit"), QStringLiteral("verify"),
                                QStringLiteral("--database"), f.database.url()});
    }

    void expectEntry(const QString &action, qint64 resourceId, qint64 userId, qint64 patientId,
                     const QString &outcome = QStringLiteral("success"))
    {
        const QJsonObject entry = latest(action, resourceId);
        QVERIFY2(!entry.isEmpty(), qPrintable(action));
        QCOMPARE(entry.value(QStringLiteral("user_id")).toInteger(), userId);
        QCOMPARE(entry.value(QStringLiteral("patient_id")).toInteger(), patientId);
        QCOMPARE(entry.value(QStringLiteral("outcome")).toString(), outcome);
        QCOMPARE(entry.value(QStringLiteral("client_address")).toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(!entry.value(QStringLiteral("request_id")).toString().isEmpty());
        QVERIFY(entry.value(QStringLiteral("at")).toString().endsWith(QLatin1Char('Z')));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = f.setUp();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void patientDataReadsAndChangesAreAudited()
    {
        const Reply created =
            f.reception->post(QStringLiteral("/api/patients"),
                              {{QStringLiteral("name"), QStringLiteral("Audited Person")},
                               {QStringLiteral("date_of_birth"), QStringLiteral("1960-02-03")}});
        QCOMPARE(created.status, 201);
        const qint64 patient = created.json().value(QStringLiteral("id")).toInteger();
        expectEntry(QStringLiteral("patient.create"), patient, f.receptionId, patient);
        const QByteArray requestId =
            f.doctor->get(QStringLiteral("/api/patients/%1").arg(patient)).header("X-Request-Id");
        expectEntry(QStringLiteral("patient.read"), patient, f.doctorId, patient);
        QCOMPARE(latest(QStringLiteral("patient.read"), patient)
                     .value(QStringLiteral("request_id"))
                     .toString()
                     .toLatin1(),
                 requestId);
        QCOMPARE(f.doctor
                     ->put(QStringLiteral("/api/patients/%1").arg(patient),
                           {{QStringLiteral("phone"), QStringLiteral("555 123 456")}})
                     .status,
                 200);
        expectEntry(QStringLiteral("patient.update"), patient, f.doctorId, patient);
        QCOMPARE(f.reception->get(QStringLiteral("/api/patients?q=audited")).status, 200);
        expectEntry(QStringLiteral("patient.list"), 0, f.receptionId, 0);

        const Reply booked =
            f.reception->post(QStringLiteral("/api/appointments"),
                              {{QStringLiteral("patient_id"), patient},
                               {QStringLiteral("doctor_id"), f.doctorId},
                               {QStringLiteral("appointment_datetime"), ApiFixture::slot(60)}});
        QCOMPARE(booked.status, 201);
        const qint64 appointment = booked.json().value(QStringLiteral("id")).toInteger();
        expectEntry(QStringLiteral("appointment.create"), appointment, f.receptionId, patient);
        QCOMPARE(f.doctor->get(QStringLiteral("/api/appointments/%1").arg(appointment)).status, 200);
        expectEntry(QStringLiteral("appointment.read"), appointment, f.doctorId, patient);
        QCOMPARE(f.reception
                     ->put(QStringLiteral("/api/appointments/%1").arg(appointment),
                           {{QStringLiteral("status"), QStringLiteral("checked_in")}})
                     .status,
                 200);
        expectEntry(QStringLiteral("appointment.update"), appointment, f.receptionId, patient);
        // A check-in needs no reason; a cancellation writes its own.
        QVERIFY(latest(QStringLiteral("appointment.update"), appointment)
                    .value(QStringLiteral("reason"))
                    .isNull());
        QCOMPARE(f.reception
                     ->put(QStringLiteral("/api/appointments/%1").arg(appointment),
                           {{QStringLiteral("status"), QStringLiteral("cancelled")},
                            {QStringLiteral("status_reason"), QStringLiteral("Feeling better")}})
                     .status,
                 200);
        expectEntry(QStringLiteral("appointment.update"), appointment, f.receptionId, patient);
        QCOMPARE(latest(QStringLiteral("appointment.update"), appointment)
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("Feeling better"));
        QCOMPARE(f.reception->get(QStringLiteral("/api/patients/%1/appointments").arg(patient)).status, 200);
        expectEntry(QStringLiteral("appointment.list"), 0, f.receptionId, patient);

        const Reply record = f.doctor->post(QStringLiteral("/api/records"),
                                            {{QStringLiteral("patient_id"), patient},
                                             {QStringLiteral("diagnosis"), QStringLiteral("Audited")}});
        QCOMPARE(record.status, 201);
        const qint64 recordId = record.json().value(QStringLiteral("id")).toInteger();
        expectEntry(QStringLiteral("record.create"), recordId, f.doctorId, patient);
        QCOMPARE(f.doctor2->get(QStringLiteral("/api/records/%1").arg(recordId)).status, 200);
        expectEntry(QStringLiteral("record.read"), recordId, f.doctor2Id, patient);
        QCOMPARE(f.doctor
                     ->put(QStringLiteral("/api/records/%1").arg(recordId),
                           {{QStringLiteral("notes"), QStringLiteral("more")},
                            {QStringLiteral("amendment_reason"), QStringLiteral("Forgot the follow-up")}})
                     .status,
                 200);
        expectEntry(QStringLiteral("record.amend"), recordId, f.doctorId, patient);
        QCOMPARE(latest(QStringLiteral("record.amend"), recordId).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Forgot the follow-up"));
        QCOMPARE(f.doctor2->get(QStringLiteral("/api/records/%1/history").arg(recordId)).status, 200);
        expectEntry(QStringLiteral("record.history"), recordId, f.doctor2Id, patient);
        QCOMPARE(f.doctor->get(QStringLiteral("/api/patients/%1/records").arg(patient)).status, 200);
        expectEntry(QStringLiteral("record.list"), 0, f.doctorId, patient);

        const QString renamed = QStringLiteral("Audited Person-Renamed");
        QCOMPARE(
            f.reception
                ->put(QStringLiteral("/api/patients/%1").arg(patient), {{QStringLiteral("name"), renamed}})
                .status,
            200);
        QCOMPARE(f.admin->del(QStringLiteral("/api/patients/%1").arg(patient)).status, 204);
        expectEntry(QStringLiteral("patient.archive"), patient, f.adminId, patient);

        // The patient filter gathers the whole story, each entry under the
        // patient's current name (read with the entry, so a rename shows on
        // every earlier entry, and archiving keeps it).
        const Reply story = f.admin->get(QStringLiteral("/api/audit?limit=200&patient_id=%1").arg(patient));
        QVERIFY(story.items().size() >= 15);
        for (const QJsonValue item : story.items()) {
            QCOMPARE(item.toObject().value(QStringLiteral("patient_id")).toInteger(), patient);
            QCOMPARE(item.toObject().value(QStringLiteral("patient_name")).toString(), renamed);
        }
        // Entries without a patient name none.
        const QJsonObject login = latest(QStringLiteral("auth.login"));
        QVERIFY(login.contains(QStringLiteral("patient_name")));
        QVERIFY(login.value(QStringLiteral("patient_name")).isNull());
        QVERIFY(login.value(QStringLiteral("reason")).isNull());
    }

    void signInsSessionsAndStaffChangesAreAudited()
    {
        QCOMPARE(f.server
                     ->addUser(QStringLiteral("auditee"), QStringLiteral("receptionist"),
                               QLatin1String(ApiFixture::Password))
                     .exitCode,
                 0);
        ApiClient auditee(f.server->url());
        QCOMPARE(auditee.login(QStringLiteral("auditee"), QStringLiteral("not my password")).status, 401);
        const QJsonObject failure = latest(QStringLiteral("auth.login"));
        QCOMPARE(failure.value(QStringLiteral("outcome")).toString(), QStringLiteral("failure"));
        QCOMPARE(failure.value(QStringLiteral("username")).toString(), QStringLiteral("auditee"));
        QCOMPARE(auditee.login(QStringLiteral("auditee"), QLatin1String(ApiFixture::Password)).status, 200);
        const qint64 id =
            auditee.get(QStringLiteral("/api/auth/me")).json().value(QStringLiteral("id")).toInteger();
        expectEntry(QStringLiteral("auth.login"), 0, id, 0);
        QCOMPARE(ApiClient(f.server->url())
                     .login(QStringLiteral("no-such-user"), QStringLiteral("whatever it is"))
                     .status,
                 401);
        QCOMPARE(latest(QStringLiteral("auth.login")).value(QStringLiteral("username")).toString(),
                 QStringLiteral("no-such-user"));
        QVERIFY(latest(QStringLiteral("auth.login")).value(QStringLiteral("user_id")).isNull());

        QCOMPARE(auditee
                     .post(QStringLiteral("/api/auth/password"),
                           {{QStringLiteral("current_password"), QLatin1String(ApiFixture::Password)},
                            {QStringLiteral("new_password"), QStringLiteral("another long password")}})
                     .status,
                 204);
        expectEntry(QStringLiteral("auth.password_change"), id, id, 0);
        QCOMPARE(f.admin
                     ->put(QStringLiteral("/api/users/%1").arg(id),
                           {{QStringLiteral("role"), QStringLiteral("doctor")}})
                     .status,
                 200);
        expectEntry(QStringLiteral("user.role_change"), id, f.adminId, 0);
        QCOMPARE(f.admin
                     ->put(QStringLiteral("/api/users/%1").arg(id),
                           {{QStringLiteral("full_name"), QStringLiteral("Audi Tee")}})
                     .status,
                 200);
        expectEntry(QStringLiteral("user.update"), id, f.adminId, 0);
        QCOMPARE(f.admin
                     ->post(QStringLiteral("/api/users/%1/password").arg(id),
                            {{QStringLiteral("new_password"), QStringLiteral("reset by the admin")}})
                     .status,
                 204);
        expectEntry(QStringLiteral("user.password_reset"), id, f.adminId, 0);
        QCOMPARE(auditee.login(QStringLiteral("auditee"), QStringLiteral("reset by the admin")).status, 200);
        QCOMPARE(auditee.send(Request{"POST", QStringLiteral("/api/auth/logout"), {}, false, {}}).status,
                 204);
        expectEntry(QStringLiteral("auth.logout"), 0, id, 0);
        QCOMPARE(f.admin
                     ->put(QStringLiteral("/api/users/%1").arg(id),
                           {{QStringLiteral("active"), false},
                            {QStringLiteral("deactivation_reason"), QStringLiteral("Left the clinic")}})
                     .status,
                 200);
        expectEntry(QStringLiteral("user.deactivate"), id, f.adminId, 0);
        QCOMPARE(latest(QStringLiteral("user.deactivate"), id).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Left the clinic"));
        const Reply created =
            f.admin->post(QStringLiteral("/api/users"),
                          {{QStringLiteral("username"), QStringLiteral("made.here")},
                           {QStringLiteral("full_name"), QStringLiteral("Made Here")},
                           {QStringLiteral("role"), QStringLiteral("doctor")},
                           {QStringLiteral("password"), QStringLiteral("made here password")}});
        QCOMPARE(created.status, 201);
        expectEntry(QStringLiteral("user.create"), created.json().value(QStringLiteral("id")).toInteger(),
                    f.adminId, 0);
    }

    void deniedRequestsAreAudited()
    {
        QCOMPARE(f.reception->get(QStringLiteral("/api/audit")).status, 403);
        const QJsonObject denied = latest(QStringLiteral("access.denied"));
        QCOMPARE(denied.value(QStringLiteral("user_id")).toInteger(), f.receptionId);
        QCOMPARE(denied.value(QStringLiteral("outcome")).toString(), QStringLiteral("denied"));
        QCOMPARE(denied.value(QStringLiteral("resource")).toString(), QStringLiteral("GET /api/audit"));
        QCOMPARE(f.admin->get(QStringLiteral("/api/records/4242")).status, 403);
        QCOMPARE(latest(QStringLiteral("access.denied")).value(QStringLiteral("resource_id")).toInteger(),
                 4242);
    }

    void logFiltersAndPaging()
    {
        Reply reply = f.admin->get(QStringLiteral("/api/audit?limit=5&include_total=true"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.items().size(), 5);
        QVERIFY(reply.json().value(QStringLiteral("total")).toInteger() > 20);
        qint64 previous = std::numeric_limits<qint64>::max();
        QString cursor = reply.json().value(QStringLiteral("next_cursor")).toString();
        for (const QJsonValue item : reply.items()) {
            QVERIFY(item.toObject().value(QStringLiteral("id")).toInteger() < previous); // newest first
            previous = item.toObject().value(QStringLiteral("id")).toInteger();
        }
        reply = f.admin->get(QStringLiteral("/api/audit?limit=5&cursor=") + cursor);
        QVERIFY(reply.items()[0].toObject().value(QStringLiteral("id")).toInteger() < previous);
        for (const QJsonValue item :
             f.admin->get(QStringLiteral("/api/audit?user_id=%1").arg(f.doctorId)).items())
            QCOMPARE(item.toObject().value(QStringLiteral("user_id")).toInteger(), f.doctorId);
        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        QVERIFY(!f.admin->get(QStringLiteral("/api/audit?from=%1&to=%1").arg(today)).items().isEmpty());
        QVERIFY(f.admin->get(QStringLiteral("/api/audit?to=2000-01-01")).items().isEmpty());
        QCOMPARE(f.admin->get(QStringLiteral("/api/audit?user_id=abc")).status, 400);
        QCOMPARE(f.admin->get(QStringLiteral("/api/audit?from=later")).status, 400);
        QCOMPARE(f.admin->get(QStringLiteral("/api/audit?cursor=zzz")).status, 400);
    }

    void theServerCannotChangeEntries()
    {
        QString error;
        QVERIFY(!f.database.execute(QStringLiteral("UPDATE audit_log SET username = 'mallory' WHERE id = 1"),
                                    &error));
        QVERIFY2(error.contains(QStringLiteral("never changed")), qPrintable(error));
        QVERIFY(!f.database.execute(QStringLiteral("DELETE FROM audit_log WHERE id = 1"), &error));
        QCOMPARE(f.database.scalar(QStringLiteral("SELECT username FROM audit_log WHERE id = 1")).toString(),
                 QStringLiteral("hms-server user add"));
    }

    void aBurstOfEntriesIsSealedWithinSeconds()
    {
        if (!f.database.isPostgres())
            QSKIP("SQLite seals one batch a second, so as not to hold its one write lock from requests");
        // Twenty thousand entries at once (a busy hour's reads): the running
        // server links them all into the chain within a few ticks.
        QVERIFY(f.database.execute(QStringLiteral(
            "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
            "INSERT INTO audit_log (at, action, resource, outcome) SELECT (SELECT MAX(at) FROM "
            "audit_log), 'test.burst', 'patient', 'success' FROM n")));
        const QString unsealed = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE chain_pos IS NULL");
        QVERIFY(f.database.scalar(unsealed).toLongLong() > 10000);
        QTRY_COMPARE_WITH_TIMEOUT(f.database.scalar(unsealed).toLongLong(), 0, 10000);
        const auto result = verify();
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("audit trail intact")),
                 qPrintable(result.out + result.err));
    }

    void verifyDetectsAlterationsAndRemovals()
    {
        auto result = verify();
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("audit trail intact")),
                 qPrintable(result.out + result.err));
        const qint64 entries =
            f.database.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
        QVERIFY(result.out.contains(QStringLiteral("%1 entries verified").arg(entries)));

        // Someone with direct database access lifts the guard and edits an entry.
        const QString dropGuard = f.database.isPostgres()
            ? QStringLiteral("DROP TRIGGER audit_log_append_only ON audit_log")
            : QStringLiteral("DROP TRIGGER audit_log_seal_only");
        QVERIFY(f.database.execute(dropGuard));
        const qint64 victim =
            f.database
                .scalar(QStringLiteral(
                    "SELECT id FROM audit_log WHERE action = 'patient.read' ORDER BY id LIMIT 1"))
                .toLongLong();
        QVERIFY(victim > 0);
        QVERIFY(f.database.execute(
            QStringLiteral("UPDATE audit_log SET user_id = NULL, username = 'nobody' WHERE id = %1")
                .arg(victim)));
        result = verify();
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(QStringLiteral("DAMAGED at entry %1:").arg(victim)),
                 qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("altered")));

        // ... or removes one: the entry after the gap is named.
        const QString dropDeleteGuard =
            f.database.isPostgres() ? QString() : QStringLiteral("DROP TRIGGER audit_log_no_delete");
        if (!dropDeleteGuard.isEmpty())
            QVERIFY(f.database.execute(dropDeleteGuard));
        const qint64 removed =
            f.database
                .scalar(QStringLiteral(
                    "SELECT id FROM audit_log WHERE action = 'patient.create' ORDER BY id LIMIT 1"))
                .toLongLong();
        QVERIFY(removed > 0 && removed < victim);
        const qint64 next = f.database
                                .scalar(QStringLiteral("SELECT id FROM audit_log WHERE chain_pos = (SELECT "
                                                       "chain_pos + 1 FROM audit_log WHERE id = %1)")
                                            .arg(removed))
                                .toLongLong();
        QVERIFY(f.database.execute(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(removed)));
        result = verify();
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(QStringLiteral("DAMAGED at entry %1:").arg(next)),
                 qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("missing")));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
