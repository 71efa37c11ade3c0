#include "support/ApiFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace hms::test;

class TestAppointmentsApi : public QObject
{
    Q_OBJECT

private:
    ApiFixture f;
    qint64 m_patient = 0;
    qint64 m_otherPatient = 0;

    // The audit entries of one appointment's updates, newest first.
    QList<QJsonObject> updateEntries(qint64 appointmentId)
    {
        QList<QJsonObject> entries;
        const Reply reply = f.admin->get(QStringLiteral("/api/audit?limit=200&action=appointment.update"));
        for (const QJsonValue item : reply.items()) {
            if (item.toObject().value(QStringLiteral("resource_id")).toInteger() == appointmentId)
                entries.append(item.toObject());
        }
        return entries;
    }

    QJsonObject booking(qint64 doctorId, const QString &start, int duration = 30, qint64 patientId = 0)
    {
        return {{QStringLiteral("patient_id"), patientId ? patientId : m_patient},
                {QStringLiteral("doctor_id"), doctorId},
                {QStringLiteral("appointment_datetime"), start},
                {QStringLiteral("duration_minutes"), duration},
                {QStringLiteral("reason"), QStringLiteral("Check-up")}};
    }

    Reply book(qint64 doctorId, const QString &start, int duration = 30)
    {
        return f.reception->post(QStringLiteral("/api/appointments"), booking(doctorId, start, duration));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = f.setUp();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_patient = f.createPatient(QStringLiteral("Booker Patient"));
        m_otherPatient = f.createPatient(QStringLiteral("Other Patient"));
        QVERIFY(m_patient > 0 && m_otherPatient > 0);
    }

    void doctorsDirectoryListsActiveDoctors()
    {
        const Reply reply = f.reception->get(QStringLiteral("/api/doctors"));
        QCOMPARE(reply.status, 200);
        QList<qint64> ids;
        for (const QJsonValue doctor : reply.items()) {
            ids.append(doctor.toObject().value(QStringLiteral("id")).toInteger());
            QVERIFY(!doctor.toObject().value(QStringLiteral("full_name")).toString().isEmpty());
            QVERIFY(!doctor.toObject().contains(QStringLiteral("password_hash")));
        }
        QCOMPARE(ids, (QList<qint64>{f.doctorId, f.doctor2Id}));
    }

    void bookingReturnsTheAppointmentWithNames()
    {
        const QDateTime local =
            QDateTime::fromString(ApiFixture::slot(0), Qt::ISODate).toOffsetFromUtc(2 * 3600);
        const Reply reply = book(f.doctorId, local.toString(Qt::ISODate), 45);
        QCOMPARE(reply.status, 201);
        const QJsonObject a = reply.json();
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("scheduled"));
        QCOMPARE(a.value(QStringLiteral("patient_name")).toString(), QStringLiteral("Booker Patient"));
        QCOMPARE(a.value(QStringLiteral("doctor_name")).toString(), QStringLiteral("Test doc"));
        QCOMPARE(a.value(QStringLiteral("duration_minutes")).toInt(), 45);
        QCOMPARE(a.value(QStringLiteral("version")).toInt(), 1);
        // Stored and answered in UTC.
        QCOMPARE(a.value(QStringLiteral("appointment_datetime")).toString(), ApiFixture::slot(0));
        QCOMPARE(reply.header("Location"),
                 "/api/appointments/" + QByteArray::number(a.value(QStringLiteral("id")).toInteger()));
        QCOMPARE(
            f.doctor
                ->get(QStringLiteral("/api/appointments/%1").arg(a.value(QStringLiteral("id")).toInteger()))
                .json(),
            a);
    }

    void overlapIsAConflictNamingTheBooking()
    {
        const Reply first = book(f.doctorId, ApiFixture::slot(120), 30);
        QCOMPARE(first.status, 201);
        const qint64 firstId = first.json().value(QStringLiteral("id")).toInteger();
        for (const auto &[offset, duration] :
             {std::pair{110, 15}, std::pair{120, 30}, std::pair{135, 5}, std::pair{100, 60}}) {
            const Reply clash = book(f.doctorId, ApiFixture::slot(offset), duration);
            QCOMPARE(clash.status, 409);
            QCOMPARE(clash.problemType(), QStringLiteral("/problems/conflict"));
            QCOMPARE(clash.json().value(QStringLiteral("conflicting_id")).toInteger(), firstId);
        }
        // Back to back is fine, and another doctor is free at the same time.
        QCOMPARE(book(f.doctorId, ApiFixture::slot(150), 30).status, 201);
        QCOMPARE(book(f.doctorId, ApiFixture::slot(90), 30).status, 201);
        QCOMPARE(book(f.doctor2Id, ApiFixture::slot(120), 30).status, 201);
    }

    void cancelledAndNoShowFreeTheTime()
    {
        const Reply first = book(f.doctorId, ApiFixture::slot(300));
        QCOMPARE(first.status, 201);
        const qint64 id = first.json().value(QStringLiteral("id")).toInteger();
        QCOMPARE(book(f.doctorId, ApiFixture::slot(300)).status, 409);
        QCOMPARE(f.reception
                     ->put(QStringLiteral("/api/appointments/%1").arg(id),
                           {{QStringLiteral("status"), QStringLiteral("cancelled")},
                            {QStringLiteral("status_reason"), QStringLiteral("The patient is unwell")}})
                     .status,
                 200);
        const Reply second = book(f.doctorId, ApiFixture::slot(300));
        QCOMPARE(second.status, 201);
        QCOMPARE(f.reception
                     ->put(QStringLiteral("/api/appointments/%1")
                               .arg(second.json().value(QStringLiteral("id")).toInteger()),
                           {{QStringLiteral("status"), QStringLiteral("no_show")},
                            {QStringLiteral("status_reason"), QStringLiteral("Did not come or call")}})
                     .status,
                 200);
        QCOMPARE(book(f.doctorId, ApiFixture::slot(310)).status, 201);
    }

    void cancellingOrMarkingANoShowNeedsAReason_data()
    {
        QTest::addColumn<QJsonValue>("reason");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << QStringLiteral("is required");
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QStringLiteral("is required");
        QTest::newRow("empty") << QJsonValue(QLatin1String("")) << QStringLiteral("is required");
        QTest::newRow("blank") << QJsonValue(QStringLiteral(" \t ")) << QStringLiteral("is required");
        QTest::newRow("invisible") << QJsonValue(QStringLiteral("\u200b\u2800"))
                                   << QStringLiteral("is required");
        QTest::newRow("not a string") << QJsonValue(42) << QStringLiteral("must be a string");
        QTest::newRow("too long") << QJsonValue(QString(501, QLatin1Char('x')))
                                  << QStringLiteral("must be at most 500 characters");
        QTest::newRow("two lines") << QJsonValue(QStringLiteral("Called\nin sick"))
                                   << QStringLiteral(
                                          "must not contain control characters, tabs or line breaks");
        QTest::newRow("control character")
            << QJsonValue(QString(QStringLiteral("Called") + QChar(0x07)))
            << QStringLiteral("must not contain control characters, tabs or line breaks");
    }

    void cancellingOrMarkingANoShowNeedsAReason()
    {
        QFETCH(QJsonValue, reason);
        QFETCH(QString, message);
        static int row = 0;
        const Reply booked = book(f.doctor2Id, ApiFixture::slot(5000 + 60 * row++));
        QCOMPARE(booked.status, 201);
        const qint64 id = booked.json().value(QStringLiteral("id")).toInteger();
        const QString path = QStringLiteral("/api/appointments/%1").arg(id);
        for (const QString &status : {QStringLiteral("cancelled"), QStringLiteral("no_show")}) {
            QJsonObject body{{QStringLiteral("status"), status},
                             {QStringLiteral("notes"), QStringLiteral("should not be stored")}};
            if (!reason.isUndefined())
                body.insert(QStringLiteral("status_reason"), reason);
            const Reply reply = f.reception->put(path, body);
            QCOMPARE(reply.status, 422);
            QCOMPARE(reply.problemType(), QStringLiteral("/problems/validation"));
            QCOMPARE(reply.fieldErrors(QStringLiteral("status_reason")), QStringList{message});
            QCOMPARE(reply.json().value(QStringLiteral("errors")).toObject().keys(),
                     QStringList{QStringLiteral("status_reason")});
        }
        // Nothing changed, and nothing was audited.
        const QJsonObject stored = f.reception->get(path).json();
        QCOMPARE(stored.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(stored.value(QStringLiteral("status")).toString(), QStringLiteral("scheduled"));
        QVERIFY(stored.value(QStringLiteral("notes")).isNull());
        QVERIFY(stored.value(QStringLiteral("status_reason")).isNull());
        QVERIFY(updateEntries(id).isEmpty());
    }

    void aReasonIsOnlyGivenWhenCancellingOrMarkingANoShow()
    {
        const QStringList onlyThen{QStringLiteral("only given when cancelling or marking a no-show")};
        QJsonObject body = booking(f.doctor2Id, ApiFixture::slot(5600));
        body.insert(QStringLiteral("status_reason"), QStringLiteral("Booked by phone"));
        Reply reply = f.reception->post(QStringLiteral("/api/appointments"), body);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("status_reason")), onlyThen);

        const Reply booked = book(f.doctor2Id, ApiFixture::slot(5600));
        QCOMPARE(booked.status, 201);
        const qint64 id = booked.json().value(QStringLiteral("id")).toInteger();
        const QString path = QStringLiteral("/api/appointments/%1").arg(id);
        QVERIFY(booked.json().contains(QStringLiteral("status_reason")));
        QVERIFY(booked.json().value(QStringLiteral("status_reason")).isNull());
        const QList<QJsonObject> refused{
            {{QStringLiteral("notes"), QStringLiteral("Running late")},
             {QStringLiteral("status_reason"), QStringLiteral("Not a cancellation")}},
            {{QStringLiteral("status"), QStringLiteral("checked_in")},
             {QStringLiteral("status_reason"), QStringLiteral("Arrived")}},
            {{QStringLiteral("status"), QStringLiteral("scheduled")},
             {QStringLiteral("status_reason"), QLatin1String("")}},
        };
        for (const QJsonObject &attempt : refused) {
            reply = f.reception->put(path, attempt);
            QCOMPARE(reply.status, 422);
            QCOMPARE(reply.fieldErrors(QStringLiteral("status_reason")), onlyThen);
        }
        QCOMPARE(f.reception->get(path).json().value(QStringLiteral("version")).toInt(), 1);
        // A null reason is no reason.
        reply = f.reception->put(path,
                                 {{QStringLiteral("notes"), QStringLiteral("Running late")},
                                  {QStringLiteral("status_reason"), QJsonValue::Null}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("version")).toInt(), 2);
        // A move the machine refuses is reported on status alone.
        QCOMPARE(f.reception->put(path, {{QStringLiteral("status"), QStringLiteral("checked_in")}}).status,
                 200);
        reply = f.reception->put(path, {{QStringLiteral("status"), QStringLiteral("no_show")}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json().value(QStringLiteral("errors")).toObject().keys(),
                 QStringList{QStringLiteral("status")});
    }

    void theReasonIsStoredReturnedAndAudited()
    {
        const Reply booked = book(f.doctor2Id, ApiFixture::slot(5700));
        QCOMPARE(booked.status, 201);
        const qint64 id = booked.json().value(QStringLiteral("id")).toInteger();
        const QString path = QStringLiteral("/api/appointments/%1").arg(id);
        // Trimmed, counted in characters: 500 emoji are within the limit.
        const QString emoji = QString::fromUcs4(U"\U0001F912").repeated(500);
        Reply reply =
            f.reception->send(Request::put(path,
                                           {{QStringLiteral("status"), QStringLiteral("cancelled")},
                                            {QStringLiteral("status_reason"),
                                             QString(QStringLiteral("  ") + emoji + QStringLiteral(" "))}})
                                  .header("If-Match", "\"1\""));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(reply.json().value(QStringLiteral("status_reason")).toString(), emoji);
        QCOMPARE(reply.json().value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(f.doctor->get(path).json(), reply.json());
        bool listed = false;
        const QString day = ApiFixture::slot(5700).left(10);
        for (const QJsonValue item :
             f.reception
                 ->get(QStringLiteral("/api/appointments?from=%1&to=%1&status=cancelled&limit=200").arg(day))
                 .items()) {
            if (item.toObject().value(QStringLiteral("id")).toInteger() == id) {
                listed = true;
                QCOMPARE(item.toObject().value(QStringLiteral("status_reason")).toString(), emoji);
            }
        }
        QVERIFY(listed);
        QList<QJsonObject> entries = updateEntries(id);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().value(QStringLiteral("reason")).toString(), emoji);
        QCOMPARE(entries.first().value(QStringLiteral("user_id")).toInteger(), f.receptionId);
        QCOMPARE(entries.first().value(QStringLiteral("patient_name")).toString(),
                 QStringLiteral("Booker Patient"));

        // Notes written later leave the reason as it is, and their entry has none.
        reply = f.doctor->put(path, {{QStringLiteral("notes"), QStringLiteral("Rebooked for next week")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("status_reason")).toString(), emoji);
        entries = updateEntries(id);
        QCOMPARE(entries.size(), 2);
        QVERIFY(entries.first().value(QStringLiteral("reason")).isNull());
        // Cancelled already: no move, so no reason.
        reply = f.reception->put(path,
                                 {{QStringLiteral("status"), QStringLiteral("cancelled")},
                                  {QStringLiteral("status_reason"), QStringLiteral("Again")}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("status_reason")),
                 QStringList{QStringLiteral("only given when cancelling or marking a no-show")});
        QCOMPARE(f.reception->get(path).json().value(QStringLiteral("version")).toInt(), 3);

        // A checked-in patient who leaves, and a no-show.
        const Reply second = book(f.doctor2Id, ApiFixture::slot(5760));
        QCOMPARE(second.status, 201);
        const QString secondPath =
            QStringLiteral("/api/appointments/%1").arg(second.json().value(QStringLiteral("id")).toInteger());
        QCOMPARE(
            f.reception->put(secondPath, {{QStringLiteral("status"), QStringLiteral("checked_in")}}).status,
            200);
        reply =
            f.reception->put(secondPath,
                             {{QStringLiteral("status"), QStringLiteral("cancelled")},
                              {QStringLiteral("status_reason"), QStringLiteral("Left before being seen")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("status_reason")).toString(),
                 QStringLiteral("Left before being seen"));
        const Reply third = book(f.doctor2Id, ApiFixture::slot(5820));
        QCOMPARE(third.status, 201);
        const qint64 thirdId = third.json().value(QStringLiteral("id")).toInteger();
        reply =
            f.reception->put(QStringLiteral("/api/appointments/%1").arg(thirdId),
                             {{QStringLiteral("status"), QStringLiteral("no_show")},
                              {QStringLiteral("status_reason"), QStringLiteral("No answer on the phone")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("no_show"));
        QCOMPARE(updateEntries(thirdId).value(0).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("No answer on the phone"));
    }

    void listsFilterBySeveralStatuses()
    {
        // A day of its own: one scheduled, one checked in, one cancelled, one no-show.
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i) {
            const Reply reply = book(f.doctor2Id, ApiFixture::slot(7 * 1440 + i * 60));
            QCOMPARE(reply.status, 201);
            ids.append(reply.json().value(QStringLiteral("id")).toInteger());
        }
        auto path = [](qint64 id) { return QStringLiteral("/api/appointments/%1").arg(id); };
        QCOMPARE(
            f.reception->put(path(ids[1]), {{QStringLiteral("status"), QStringLiteral("checked_in")}}).status,
            200);
        QCOMPARE(f.reception
                     ->put(path(ids[2]),
                           {{QStringLiteral("status"), QStringLiteral("cancelled")},
                            {QStringLiteral("status_reason"), QStringLiteral("Moved away")}})
                     .status,
                 200);
        QCOMPARE(f.reception
                     ->put(path(ids[3]),
                           {{QStringLiteral("status"), QStringLiteral("no_show")},
                            {QStringLiteral("status_reason"), QStringLiteral("Forgot")}})
                     .status,
                 200);
        const QString day = ApiFixture::slot(7 * 1440).left(10);
        auto listed = [&](const QString &statuses) {
            QList<qint64> found;
            const Reply reply = f.reception->get(
                QStringLiteral("/api/appointments?from=%1&to=%1&include_total=true&status=%2")
                    .arg(day, statuses));
            if (reply.status != 200)
                return QList<qint64>{-reply.status};
            for (const QJsonValue item : reply.items())
                found.append(item.toObject().value(QStringLiteral("id")).toInteger());
            if (reply.json().value(QStringLiteral("total")).toInteger() != found.size())
                return QList<qint64>{-1};
            return found;
        };
        QCOMPARE(listed(QStringLiteral("scheduled,checked_in")), (QList<qint64>{ids[0], ids[1]}));
        QCOMPARE(listed(QStringLiteral("cancelled,no_show")), (QList<qint64>{ids[2], ids[3]}));
        QCOMPARE(listed(QStringLiteral("no_show")), (QList<qint64>{ids[3]}));
        QCOMPARE(listed(QStringLiteral("checked_in%2Cscheduled,checked_in")),
                 (QList<qint64>{ids[0], ids[1]}));
        QCOMPARE(listed(QStringLiteral("scheduled,checked_in,completed,cancelled,no_show")), ids);
        for (const QString &bad :
             {QStringLiteral("scheduled,done"), QStringLiteral("scheduled,"), QStringLiteral(",scheduled"),
              QStringLiteral("scheduled;checked_in"), QStringLiteral("scheduled,%20checked_in"), QString()}) {
            const Reply reply =
                f.reception->get(QStringLiteral("/api/appointments?from=%1&to=%1&status=%2").arg(day, bad));
            QVERIFY2(reply.status == 400, qPrintable(bad));
            QVERIFY2(reply.json()
                         .value(QStringLiteral("detail"))
                         .toString()
                         .contains(QStringLiteral("separated by commas")),
                     reply.body.constData());
        }
    }

    void racingBookingsGiveOneCreatedRestConflict()
    {
        QList<Request> requests;
        for (int i = 0; i < 10; ++i)
            requests.append(Request::post(QStringLiteral("/api/appointments"),
                                          booking(f.doctor2Id, ApiFixture::slot(600 + i * 5), 30)));
        const QList<Reply> replies = f.reception->sendConcurrently(requests);
        int created = 0, conflicts = 0;
        for (const Reply &reply : replies) {
            if (reply.status == 201)
                ++created;
            else if (reply.status == 409 &&
                     reply.json().value(QStringLiteral("conflicting_id")).toInteger() > 0)
                ++conflicts;
            else
                QFAIL(qPrintable(QStringLiteral("unexpected %1: %2")
                                     .arg(reply.status)
                                     .arg(QString::fromUtf8(reply.body))));
        }
        // Every request overlaps every other one within 45 minutes; 600, 630 and 645... at least one wins.
        const QJsonArray day = f.reception
                                   ->get(QStringLiteral("/api/appointments?doctor_id=%1&from=%2&to=%3")
                                             .arg(f.doctor2Id)
                                             .arg(ApiFixture::slot(590), ApiFixture::slot(700)))
                                   .items();
        QCOMPARE(day.size(), created);
        QCOMPARE(created + conflicts, 10);
        // No two stored bookings overlap.
        for (qsizetype i = 1; i < day.size(); ++i) {
            const QDateTime previousEnd =
                QDateTime::fromString(
                    day[i - 1].toObject().value(QStringLiteral("appointment_datetime")).toString(),
                    Qt::ISODate)
                    .addSecs(qint64{60} *
                             day[i - 1].toObject().value(QStringLiteral("duration_minutes")).toInt());
            const QDateTime start = QDateTime::fromString(
                day[i].toObject().value(QStringLiteral("appointment_datetime")).toString(), Qt::ISODate);
            QVERIFY(previousEnd <= start);
        }
        QVERIFY(created >= 1);

        // The same slot, ten times at once: exactly one booking.
        requests.clear();
        for (int i = 0; i < 10; ++i)
            requests.append(Request::post(QStringLiteral("/api/appointments"),
                                          booking(f.doctor2Id, ApiFixture::slot(900), 30)));
        created = 0;
        for (const Reply &reply : f.reception->sendConcurrently(requests)) {
            QVERIFY2(reply.status == 201 || reply.status == 409, reply.body.constData());
            created += reply.status == 201;
        }
        QCOMPARE(created, 1);
    }

    void bookingRulesAre422OnTheField()
    {
        const struct
        {
            QJsonObject body;
            QString field;
            QString message;
        } cases[] = {
            {booking(f.doctorId, QStringLiteral("2020-01-01T09:00:00Z")),
             QStringLiteral("appointment_datetime"), QStringLiteral("must not be in the past")},
            {booking(f.doctorId, QStringLiteral("2030-01-01T09:00:00")),
             QStringLiteral("appointment_datetime"), QString()},
            {booking(f.doctorId, ApiFixture::slot(2000), 481), QStringLiteral("duration_minutes"),
             QStringLiteral("must be between 5 and 480 minutes")},
            {booking(f.doctorId, ApiFixture::slot(2000), 4), QStringLiteral("duration_minutes"),
             QStringLiteral("must be between 5 and 480 minutes")},
            {booking(f.receptionId, ApiFixture::slot(2000)), QStringLiteral("doctor_id"),
             QStringLiteral("no such doctor")},
            {booking(987654, ApiFixture::slot(2000)), QStringLiteral("doctor_id"),
             QStringLiteral("no such doctor")},
            {booking(f.doctorId, ApiFixture::slot(2000), 30, 987654), QStringLiteral("patient_id"),
             QStringLiteral("no such patient")},
        };
        for (const auto &c : cases) {
            const Reply reply = f.reception->post(QStringLiteral("/api/appointments"), c.body);
            QCOMPARE(reply.status, 422);
            QVERIFY2(!reply.fieldErrors(c.field).isEmpty(), reply.body.constData());
            if (!c.message.isEmpty())
                QCOMPARE(reply.fieldErrors(c.field), QStringList{c.message});
        }
        // A deactivated doctor and an archived patient take no new bookings.
        const qint64 retiredId = f.addStaff(QStringLiteral("retired"), QStringLiteral("doctor")).id;
        QVERIFY(retiredId > 0);
        QCOMPARE(f.admin
                     ->put(QStringLiteral("/api/users/%1").arg(retiredId),
                           {{QStringLiteral("active"), false},
                            {QStringLiteral("deactivation_reason"), QStringLiteral("Left the clinic")}})
                     .status,
                 200);
        const qint64 archived = f.createPatient(QStringLiteral("Archived Booker"));
        QCOMPARE(
            f.admin->send(Request{"DELETE", QStringLiteral("/api/patients/%1").arg(archived), {}, false, {}})
                .status,
            204);
        const qint64 appointmentsBefore =
            f.database.scalar(QStringLiteral("SELECT COUNT(*) FROM appointments")).toLongLong();
        const Reply toRetired = f.reception->post(QStringLiteral("/api/appointments"),
                                                  booking(retiredId, ApiFixture::slot(2000)));
        QCOMPARE(toRetired.status, 422);
        QCOMPARE(toRetired.fieldErrors(QStringLiteral("doctor_id")),
                 QStringList{QStringLiteral("the doctor's account is deactivated")});
        const Reply forArchived = f.reception->post(
            QStringLiteral("/api/appointments"), booking(f.doctorId, ApiFixture::slot(2000), 30, archived));
        QCOMPARE(forArchived.status, 422);
        QCOMPARE(forArchived.fieldErrors(QStringLiteral("patient_id")),
                 QStringList{QStringLiteral("no such patient")});
        QCOMPARE(f.database.scalar(QStringLiteral("SELECT COUNT(*) FROM appointments")).toLongLong(),
                 appointmentsBefore);

        QJsonObject defaulted = booking(f.doctorId, ApiFixture::slot(2000));
        defaulted.remove(QStringLiteral("duration_minutes"));
        const Reply reply = f.reception->post(QStringLiteral("/api/appointments"), defaulted);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json().value(QStringLiteral("duration_minutes")).toInt(), 30);
    }

    void statusMovesFollowTheMachine()
    {
        const Reply booked = book(f.doctorId, ApiFixture::slot(1200));
        QCOMPARE(booked.status, 201);
        const QString path =
            QStringLiteral("/api/appointments/%1").arg(booked.json().value(QStringLiteral("id")).toInteger());
        auto move = [&](const QString &status) {
            return f.reception->put(path, {{QStringLiteral("status"), status}});
        };
        Reply reply = move(QStringLiteral("completed"));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("status")),
                 QStringList{QStringLiteral("cannot move from scheduled to completed")});
        QCOMPARE(move(QStringLiteral("checked_in")).status, 200);
        QCOMPARE(move(QStringLiteral("no_show")).status, 422);
        QCOMPARE(move(QStringLiteral("scheduled")).status, 422);
        reply = move(QStringLiteral("completed"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("version")).toInt(), 3);
        QCOMPARE(move(QStringLiteral("cancelled")).status, 422);
        QCOMPARE(move(QStringLiteral("teleported")).status, 422);
        reply = f.reception->put(path, {{QStringLiteral("appointment_datetime"), ApiFixture::slot(1500)}});
        QCOMPARE(reply.status, 422);
        // Notes can still be written on a completed appointment.
        reply = f.doctor->put(path, {{QStringLiteral("notes"), QStringLiteral("Seen, all well")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("notes")).toString(), QStringLiteral("Seen, all well"));
    }

    void rescheduleChecksConflictsAndVersions()
    {
        const Reply a = book(f.doctorId, ApiFixture::slot(1800));
        const Reply b = book(f.doctorId, ApiFixture::slot(1860));
        QCOMPARE(a.status, 201);
        QCOMPARE(b.status, 201);
        const qint64 aId = a.json().value(QStringLiteral("id")).toInteger();
        const QString bPath =
            QStringLiteral("/api/appointments/%1").arg(b.json().value(QStringLiteral("id")).toInteger());
        Reply reply =
            f.reception->put(bPath, {{QStringLiteral("appointment_datetime"), ApiFixture::slot(1810)}});
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.json().value(QStringLiteral("conflicting_id")).toInteger(), aId);
        // Moving within its own slot does not conflict with itself.
        reply = f.reception->send(
            Request::put(bPath, {{QStringLiteral("appointment_datetime"), ApiFixture::slot(1865)}})
                .header("If-Match", "\"1\""));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("ETag"), QByteArray("\"2\""));
        reply = f.reception->send(
            Request::put(bPath, {{QStringLiteral("duration_minutes"), 20}}).header("If-Match", "\"1\""));
        QCOMPARE(reply.status, 412);
        QCOMPARE(reply.json()
                     .value(QStringLiteral("current"))
                     .toObject()
                     .value(QStringLiteral("appointment_datetime"))
                     .toString(),
                 ApiFixture::slot(1865));
        // Moving to the other doctor checks that doctor's diary; a non-doctor is refused.
        QCOMPARE(f.reception->put(bPath, {{QStringLiteral("doctor_id"), f.receptionId}}).status, 422);
        reply = f.reception->put(bPath, {{QStringLiteral("doctor_id"), f.doctor2Id}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("doctor_name")).toString(), QStringLiteral("Test doc2"));
        QCOMPARE(f.reception->put(bPath, {{QStringLiteral("patient_id"), m_otherPatient}}).status, 422);
        QCOMPARE(f.reception
                     ->put(QStringLiteral("/api/appointments/987654"),
                           {{QStringLiteral("notes"), QStringLiteral("x")}})
                     .status,
                 404);
    }

    void listFiltersAndOrder()
    {
        const QString from = ApiFixture::slot(3000);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(
                f.reception
                    ->post(QStringLiteral("/api/appointments"),
                           booking(i % 2 ? f.doctorId : f.doctor2Id, ApiFixture::slot(3000 + (3 - i) * 60),
                                   30, i < 2 ? m_patient : m_otherPatient))
                    .status,
                201);
        const QString to = ApiFixture::slot(3300);
        Reply reply = f.reception->get(
            QStringLiteral("/api/appointments?from=%1&to=%2&include_total=true").arg(from, to));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("total")).toInteger(), 4);
        QStringList starts;
        for (const QJsonValue item : reply.items())
            starts.append(item.toObject().value(QStringLiteral("appointment_datetime")).toString());
        QStringList sorted = starts;
        sorted.sort();
        QCOMPARE(starts, sorted);
        QCOMPARE(f.reception
                     ->get(QStringLiteral("/api/appointments?from=%1&to=%2&doctor_id=%3")
                               .arg(from, to)
                               .arg(f.doctorId))
                     .items()
                     .size(),
                 2);
        QCOMPARE(f.reception
                     ->get(QStringLiteral("/api/appointments?from=%1&to=%2&patient_id=%3")
                               .arg(from, to)
                               .arg(m_otherPatient))
                     .items()
                     .size(),
                 2);
        QCOMPARE(
            f.reception->get(QStringLiteral("/api/appointments?from=%1&to=%2&status=cancelled").arg(from, to))
                .items()
                .size(),
            0);
        // Dates mean whole days (UTC).
        const QString day = from.left(10);
        QVERIFY(f.reception->get(QStringLiteral("/api/appointments?from=%1&to=%1").arg(day)).items().size() >=
                4);
        // Paging by two.
        reply = f.reception->get(QStringLiteral("/api/appointments?from=%1&to=%2&limit=2").arg(from, to));
        QCOMPARE(reply.items().size(), 2);
        const QString cursor = reply.json().value(QStringLiteral("next_cursor")).toString();
        QVERIFY(!cursor.isEmpty());
        reply = f.reception->get(
            QStringLiteral("/api/appointments?from=%1&to=%2&limit=2&cursor=%3").arg(from, to, cursor));
        QCOMPARE(reply.items().size(), 2);
        QVERIFY(reply.json().value(QStringLiteral("next_cursor")).isNull());
        QCOMPARE(reply.items()[1].toObject().value(QStringLiteral("appointment_datetime")).toString(),
                 starts.last());
        // Bad filters are 400.
        for (const QString &bad :
             {QStringLiteral("from=yesterday"), QStringLiteral("to=2030-13-01"),
              QStringLiteral("doctor_id=x"), QStringLiteral("patient_id=-2"), QStringLiteral("status=done"),
              QStringLiteral("from=2030-01-02&to=2029-12-31"), QStringLiteral("from=2030-01-02T10:00:00")})
            QVERIFY2(f.reception->get(QStringLiteral("/api/appointments?") + bad).status == 400,
                     qPrintable(bad));
    }
};

QTEST_GUILESS_MAIN(TestAppointmentsApi)
#include "tst_appointments_api.moc"
