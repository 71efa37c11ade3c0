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
            Request::put(path, {{QStringLiteral("diagnosis"), QStringLiteral("Tension headache")}})
                .header("If-Match", "\"1\""));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(reply.json().value(QStringLiteral("notes")).toString(), QStringLiteral("first visit"));
        reply = f.doctor->send(
            Request::put(path, {{QStringLiteral("notes"), QJsonValue::Null}}).header("If-Match", "\"1\""));
        QCOMPARE(reply.status, 412);
        QCOMPARE(reply.json()
                     .value(QStringLiteral("current"))
                     .toObject()
                     .value(QStringLiteral("diagnosis"))
                     .toString(),
                 QStringLiteral("Tension headache"));
        QCOMPARE(f.doctor->put(path, {{QStringLiteral("notes"), QJsonValue::Null}}).status, 200);
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
