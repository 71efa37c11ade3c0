#include "support/ApiFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace hms::test;

class TestRecordsApi : public QObject
{
    Q_OBJECT

private:
    ApiFixture f;
    qint64 m_patient = 0;

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = f.setUp();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_patient = f.createPatient(QStringLiteral("Record Holder"));
        QVERIFY(m_patient > 0);
    }

    void doctorWritesARecordAsAuthor()
    {
        const Reply reply = f.doctor->post(QStringLiteral("/api/records"),
                                           {{QStringLiteral("patient_id"), m_patient},
                                            {QStringLiteral("diagnosis"), QStringLiteral("Acute bronchitis")},
                                            {QStringLiteral("prescription"), QStringLiteral("Rest")},
                                            {QStringLiteral("author_id"), f.doctor2Id}});
        QCOMPARE(reply.status, 201);
        const QJsonObject record = reply.json();
        QCOMPARE(record.value(QStringLiteral("author_id")).toInteger(), f.doctorId);
        QCOMPARE(record.value(QStringLiteral("doctor_name")).toString(), QStringLiteral("Test doc"));
        QCOMPARE(record.value(QStringLiteral("record_date")).toString(),
                 QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
        QCOMPARE(record.value(QStringLiteral("version")).toInt(), 1);
        QVERIFY(record.value(QStringLiteral("appointment_id")).isNull());
        QCOMPARE(reply.header("ETag"), QByteArray("\"1\""));
        QCOMPARE(
            f.doctor2
                ->get(QStringLiteral("/api/records/%1").arg(record.value(QStringLiteral("id")).toInteger()))
                .json(),
            record);
    }

    void onlyDoctorsReadAndWriteRecords()
    {
        const QJsonObject body{{QStringLiteral("patient_id"), m_patient},
                               {QStringLiteral("diagnosis"), QStringLiteral("x")}};
        QCOMPARE(f.reception->post(QStringLiteral("/api/records"), body).status, 403);
        QCOMPARE(f.admin->post(QStringLiteral("/api/records"), body).status, 403);
        const qint64 id = f.doctor->post(QStringLiteral("/api/records"), body)
                              .json()
                              .value(QStringLiteral("id"))
                              .toInteger();
        QVERIFY(id > 0);
        QCOMPARE(f.reception->get(QStringLiteral("/api/records/%1").arg(id)).status, 403);
        QCOMPARE(f.admin->get(QStringLiteral("/api/records/%1").arg(id)).status, 403);
        QCOMPARE(f.admin->get(QStringLiteral("/api/records/%1/history").arg(id)).status, 403);
        QCOMPARE(f.doctor->get(QStringLiteral("/api/records/987654")).status, 404);
    }

    void amendmentsByTheAuthorKeepEveryVersion()
    {
        const Reply created = f.doctor->post(QStringLiteral("/api/records"),
                                             {{QStringLiteral("patient_id"), m_patient},
                                              {QStringLiteral("diagnosis"), QStringLiteral("Migraine")},
                                              {QStringLiteral("notes"), QStringLiteral("first visit")}});
        QCOMPARE(created.status, 201);
        const QString path =
            QStringLiteral("/api/records/%1").arg(created.json().value(QStringLiteral("id")).toInteger());
        Reply reply =
            f.doctor2->put(path, {{QStringLiteral("diagnosis"), QStringLiteral("Tension headache")}});
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.problemType(), QStringLiteral("/problems/forbidden"));
        reply = f.doctor->send(
            Request::put(path,
                         {{QStringLiteral("diagnosis"), QStringLiteral("Tension headache")},
                          {QStringLiteral("amendment_reason"), QStringLiteral("Second opinion")}})
                .header("If-Match", "\"1\""));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(reply.json().value(QStringLiteral("notes")).toString(), QStringLiteral("first visit"));
        QCOMPARE(reply.json().value(QStringLiteral("amendment_reason")).toString(),
                 QStringLiteral("Second opinion"));
        reply = f.doctor->send(
            Request::put(path, {{QStringLiteral("notes"), QJsonValue::Null}}).header("If-Match", "\"1\""));
        QCOMPARE(reply.status, 412);
        QCOMPARE(reply.json()
                     .value(QStringLiteral("current"))
                     .toObject()
                     .value(QStringLiteral("diagnosis"))
                     .toString(),
                 QStringLiteral("Tension headache"));
        QCOMPARE(f.doctor
                     ->put(path,
                           {{QStringLiteral("notes"), QJsonValue::Null},
                            {QStringLiteral("amendment_reason"), QStringLiteral("Notes were wrong")}})
                     .status,
                 200);
        QCOMPARE(f.doctor->put(path, {{QStringLiteral("diagnosis"), QString()}}).status, 422);
        QCOMPARE(f.doctor->put(path, {{QStringLiteral("patient_id"), m_patient + 1000}}).status, 422);

        reply = f.doctor2->get(path + QStringLiteral("/history"));
        QCOMPARE(reply.status, 200);
        const QJsonArray versions = reply.items();
        QCOMPARE(versions.size(), 3);
        QCOMPARE(versions[0].toObject().value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(versions[0].toObject().value(QStringLiteral("diagnosis")).toString(),
                 QStringLiteral("Migraine"));
        QCOMPARE(versions[0].toObject().value(QStringLiteral("notes")).toString(),
                 QStringLiteral("first visit"));
        QCOMPARE(versions[1].toObject().value(QStringLiteral("diagnosis")).toString(),
                 QStringLiteral("Tension headache"));
        QCOMPARE(versions[2].toObject().value(QStringLiteral("version")).toInt(), 3);
        QVERIFY(versions[2].toObject().value(QStringLiteral("notes")).isNull());
        QCOMPARE(f.doctor->get(QStringLiteral("/api/records/987654/history")).status, 404);
    }

    void anAmendmentNeedsAReason_data()
    {
        QTest::addColumn<QJsonValue>("reason");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << QStringLiteral("is required");
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QStringLiteral("is required");
        QTest::newRow("blank") << QJsonValue(QStringLiteral("   ")) << QStringLiteral("is required");
        QTest::newRow("invisible") << QJsonValue(QStringLiteral("\u200b")) << QStringLiteral("is required");
        QTest::newRow("not a string") << QJsonValue(true) << QStringLiteral("must be a string");
        QTest::newRow("too long") << QJsonValue(QString(501, QLatin1Char('r')))
                                  << QStringLiteral("must be at most 500 characters");
        QTest::newRow("two lines") << QJsonValue(QStringLiteral("Lab results\r\ncame back"))
                                   << QStringLiteral(
                                          "must not contain control characters, tabs or line breaks");
        QTest::newRow("tab") << QJsonValue(QStringLiteral("Lab\tresults"))
                             << QStringLiteral("must not contain control characters, tabs or line breaks");
    }

    void anAmendmentNeedsAReason()
    {
        QFETCH(QJsonValue, reason);
        QFETCH(QString, message);
        const Reply created = f.doctor->post(QStringLiteral("/api/records"),
                                             {{QStringLiteral("patient_id"), m_patient},
                                              {QStringLiteral("diagnosis"), QStringLiteral("Sinusitis")}});
        QCOMPARE(created.status, 201);
        const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
        const QString path = QStringLiteral("/api/records/%1").arg(id);
        QJsonObject body{{QStringLiteral("diagnosis"), QStringLiteral("Allergic rhinitis")}};
        if (!reason.isUndefined())
            body.insert(QStringLiteral("amendment_reason"), reason);
        const Reply reply = f.doctor->put(path, body);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("amendment_reason")), QStringList{message});
        QCOMPARE(reply.json().value(QStringLiteral("errors")).toObject().keys(),
                 QStringList{QStringLiteral("amendment_reason")});
        // Nothing changed: the same version, no second version, no audit entry.
        QCOMPARE(f.doctor->get(path).json(), created.json());
        QCOMPARE(f.doctor->get(path + QStringLiteral("/history")).items().size(), 1);
        QCOMPARE(f.admin
                     ->get(QStringLiteral("/api/audit?action=record.amend&include_total=true&patient_id=%1")
                               .arg(m_patient))
                     .json()
                     .value(QStringLiteral("total"))
                     .toInteger(),
                 f.database
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM medical_record_versions v JOIN "
                                            "medical_records r ON r.id = v.record_id WHERE v.version > 1 "
                                            "AND r.patient_id = %1")
                                 .arg(m_patient))
                     .toLongLong());
        // Another doctor is refused before the reason is looked at.
        QCOMPARE(f.doctor2->put(path, body).status, 403);
    }

    void aNewRecordHasNoReason()
    {
        const qint64 before =
            f.database.scalar(QStringLiteral("SELECT COUNT(*) FROM medical_records")).toLongLong();
        const Reply reply =
            f.doctor->post(QStringLiteral("/api/records"),
                           {{QStringLiteral("patient_id"), m_patient},
                            {QStringLiteral("diagnosis"), QStringLiteral("Otitis")},
                            {QStringLiteral("amendment_reason"), QStringLiteral("First entry")}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("amendment_reason")),
                 QStringList{QStringLiteral("only given when amending a record")});
        QCOMPARE(f.database.scalar(QStringLiteral("SELECT COUNT(*) FROM medical_records")).toLongLong(),
                 before);
        // null is no reason.
        const Reply created = f.doctor->post(QStringLiteral("/api/records"),
                                             {{QStringLiteral("patient_id"), m_patient},
                                              {QStringLiteral("diagnosis"), QStringLiteral("Otitis")},
                                              {QStringLiteral("amendment_reason"), QJsonValue::Null}});
        QCOMPARE(created.status, 201);
        const QJsonObject record = created.json();
        QVERIFY(record.contains(QStringLiteral("amendment_reason")));
        QVERIFY(record.value(QStringLiteral("amendment_reason")).isNull());
        QCOMPARE(record.value(QStringLiteral("updated_by_id")).toInteger(), f.doctorId);
        QCOMPARE(record.value(QStringLiteral("updated_by_name")).toString(), QStringLiteral("Test doc"));
    }

    void historyShowsWhoChangedWhatWhenAndWhy()
    {
        const Reply created =
            f.doctor->post(QStringLiteral("/api/records"),
                           {{QStringLiteral("patient_id"), m_patient},
                            {QStringLiteral("diagnosis"), QStringLiteral("Gastritis")},
                            {QStringLiteral("prescription"), QStringLiteral("Omeprazole")}});
        QCOMPARE(created.status, 201);
        const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
        const QString path = QStringLiteral("/api/records/%1").arg(id);
        Reply reply =
            f.doctor->put(path,
                          {{QStringLiteral("prescription"), QStringLiteral("Omeprazole 20 mg")},
                           {QStringLiteral("amendment_reason"), QStringLiteral(" Dose was missing ")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("amendment_reason")).toString(),
                 QStringLiteral("Dose was missing"));
        QCOMPARE(reply.json().value(QStringLiteral("updated_by_id")).toInteger(), f.doctorId);
        QCOMPARE(reply.json().value(QStringLiteral("updated_by_name")).toString(),
                 QStringLiteral("Test doc"));
        QCOMPARE(f.doctor2->get(path).json(), reply.json());
        reply = f.doctor->put(path,
                              {{QStringLiteral("diagnosis"), QStringLiteral("Peptic ulcer")},
                               {QStringLiteral("amendment_reason"), QStringLiteral("Endoscopy result")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("version")).toInt(), 3);
        QCOMPARE(reply.json().value(QStringLiteral("amendment_reason")).toString(),
                 QStringLiteral("Endoscopy result"));
        // The patient's list shows each record's current version.
        bool listed = false;
        for (const QJsonValue item :
             f.doctor->get(QStringLiteral("/api/patients/%1/records?limit=200").arg(m_patient)).items()) {
            if (item.toObject().value(QStringLiteral("id")).toInteger() == id) {
                listed = true;
                QCOMPARE(item.toObject(), reply.json());
            }
        }
        QVERIFY(listed);

        const QJsonArray versions = f.doctor2->get(path + QStringLiteral("/history")).items();
        QCOMPARE(versions.size(), 3);
        const struct
        {
            const char *diagnosis;
            const char *prescription;
            const char *reason; // nullptr: none
        } expected[] = {{"Gastritis", "Omeprazole", nullptr},
                        {"Gastritis", "Omeprazole 20 mg", "Dose was missing"},
                        {"Peptic ulcer", "Omeprazole 20 mg", "Endoscopy result"}};
        QString previousAt;
        for (int i = 0; i < 3; ++i) {
            const QJsonObject v = versions[i].toObject();
            QCOMPARE(v.value(QStringLiteral("version")).toInt(), i + 1);
            QCOMPARE(v.value(QStringLiteral("diagnosis")).toString(), QLatin1String(expected[i].diagnosis));
            QCOMPARE(v.value(QStringLiteral("prescription")).toString(),
                     QLatin1String(expected[i].prescription));
            if (expected[i].reason)
                QCOMPARE(v.value(QStringLiteral("amendment_reason")).toString(),
                         QLatin1String(expected[i].reason));
            else
                QVERIFY(v.value(QStringLiteral("amendment_reason")).isNull());
            QCOMPARE(v.value(QStringLiteral("updated_by_id")).toInteger(), f.doctorId);
            QCOMPARE(v.value(QStringLiteral("updated_by_name")).toString(), QStringLiteral("Test doc"));
            const QString at = v.value(QStringLiteral("updated_at")).toString();
            QVERIFY2(at >= previousAt, qPrintable(at));
            previousAt = at;
        }
        QCOMPARE(versions[2].toObject(), reply.json());

        // Each amendment's entry carries its reason and the patient's name.
        QStringList reasons;
        for (const QJsonValue item :
             f.admin->get(QStringLiteral("/api/audit?action=record.amend&patient_id=%1").arg(m_patient))
                 .items()) {
            const QJsonObject entry = item.toObject();
            if (entry.value(QStringLiteral("resource_id")).toInteger() != id)
                continue;
            reasons.append(entry.value(QStringLiteral("reason")).toString());
            QCOMPARE(entry.value(QStringLiteral("patient_name")).toString(), QStringLiteral("Record Holder"));
        }
        QCOMPARE(reasons,
                 (QStringList{QStringLiteral("Endoscopy result"), QStringLiteral("Dose was missing")}));
    }

    void recordRulesAre422()
    {
        const qint64 other = f.createPatient(QStringLiteral("Other Person"));
        const Reply appointment =
            f.reception->post(QStringLiteral("/api/appointments"),
                              {{QStringLiteral("patient_id"), other},
                               {QStringLiteral("doctor_id"), f.doctorId},
                               {QStringLiteral("appointment_datetime"), ApiFixture::slot(4000)}});
        QCOMPARE(appointment.status, 201);
        const qint64 appointmentId = appointment.json().value(QStringLiteral("id")).toInteger();
        Reply reply = f.doctor->post(QStringLiteral("/api/records"),
                                     {{QStringLiteral("patient_id"), m_patient},
                                      {QStringLiteral("diagnosis"), QStringLiteral("x")},
                                      {QStringLiteral("appointment_id"), appointmentId}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("appointment_id")),
                 QStringList{QStringLiteral("the appointment belongs to another patient")});
        reply = f.doctor->post(QStringLiteral("/api/records"),
                               {{QStringLiteral("patient_id"), other},
                                {QStringLiteral("diagnosis"), QStringLiteral("x")},
                                {QStringLiteral("appointment_id"), appointmentId}});
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json().value(QStringLiteral("appointment_id")).toInteger(), appointmentId);
        reply = f.doctor->post(
            QStringLiteral("/api/records"),
            {{QStringLiteral("patient_id"), 987654}, {QStringLiteral("diagnosis"), QStringLiteral("x")}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("patient_id")),
                 QStringList{QStringLiteral("no such patient")});
        reply = f.doctor->post(QStringLiteral("/api/records"),
                               {{QStringLiteral("patient_id"), m_patient},
                                {QStringLiteral("diagnosis"), QStringLiteral("x")},
                                {QStringLiteral("record_date"), QStringLiteral("2999-01-01")}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("record_date")),
                 QStringList{QStringLiteral("must not be in the future")});
    }

    void patientRecordsNewestFirstWithPaging()
    {
        const qint64 patient = f.createPatient(QStringLiteral("Chart Reader"));
        const QDate today = QDateTime::currentDateTimeUtc().date();
        for (int daysAgo : {5, 1, 3, 1}) {
            QCOMPARE(
                f.doctor
                    ->post(QStringLiteral("/api/records"),
                           {{QStringLiteral("patient_id"), patient},
                            {QStringLiteral("diagnosis"), QStringLiteral("d%1").arg(daysAgo)},
                            {QStringLiteral("record_date"), today.addDays(-daysAgo).toString(Qt::ISODate)}})
                    .status,
                201);
        }
        QStringList seen;
        QString cursor;
        do {
            const Reply page =
                f.doctor2->get(QStringLiteral("/api/patients/%1/records?limit=3").arg(patient) +
                               (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QCOMPARE(page.status, 200);
            for (const QJsonValue item : page.items())
                seen.append(item.toObject().value(QStringLiteral("record_date")).toString() +
                            QLatin1Char('#') +
                            QString::number(item.toObject().value(QStringLiteral("id")).toInteger()));
            cursor = page.json().value(QStringLiteral("next_cursor")).toString();
        } while (!cursor.isEmpty());
        QCOMPARE(seen.size(), 4);
        QVERIFY(seen[0].startsWith(today.addDays(-1).toString(Qt::ISODate)));
        QVERIFY(seen[1].startsWith(today.addDays(-1).toString(Qt::ISODate)));
        QVERIFY(seen[0].section(QLatin1Char('#'), 1).toLongLong() >
                seen[1].section(QLatin1Char('#'), 1).toLongLong());
        QVERIFY(seen[2].startsWith(today.addDays(-3).toString(Qt::ISODate)));
        QVERIFY(seen[3].startsWith(today.addDays(-5).toString(Qt::ISODate)));
        QCOMPARE(f.doctor->get(QStringLiteral("/api/patients/987654/records")).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestRecordsApi)
#include "tst_records_api.moc"
