#include "support/ApiFixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace hms::test;

class TestPatientsApi : public QObject
{
    Q_OBJECT

private:
    ApiFixture f;

    QJsonObject patientJson(qint64 id)
    {
        return f.reception->get(QStringLiteral("/api/patients/%1").arg(id)).json();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = f.setUp();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void createAssignsIdMrnVersionAndLocation()
    {
        const Reply reply =
            f.reception->post(QStringLiteral("/api/patients"),
                              {{QStringLiteral("name"), QStringLiteral("  Ada Lovelace ")},
                               {QStringLiteral("date_of_birth"), QStringLiteral("1990-12-10")},
                               {QStringLiteral("email"), QStringLiteral("Ada@Example.org")},
                               {QStringLiteral("blood_group"), QStringLiteral("ab-")},
                               {QStringLiteral("id"), 999999},
                               {QStringLiteral("mrn"), QStringLiteral("HACKED")},
                               {QStringLiteral("version"), 42},
                               {QStringLiteral("created_at"), QStringLiteral("2000-01-01T00:00:00Z")},
                               {QStringLiteral("favourite_colour"), QStringLiteral("blue")}});
        QCOMPARE(reply.status, 201);
        const QJsonObject patient = reply.json();
        const qint64 id = patient.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0 && id != 999999);
        QCOMPARE(patient.value(QStringLiteral("name")).toString(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(patient.value(QStringLiteral("mrn")).toString(),
                 QStringLiteral("MRN-%1").arg(id, 6, 10, QLatin1Char('0')));
        QCOMPARE(patient.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(patient.value(QStringLiteral("blood_group")).toString(), QStringLiteral("AB-"));
        QVERIFY(patient.value(QStringLiteral("created_at"))
                    .toString()
                    .startsWith(QString::number(QDate::currentDate().year())));
        QVERIFY(patient.value(QStringLiteral("created_at")).toString().endsWith(QLatin1Char('Z')));
        QVERIFY(!patient.contains(QStringLiteral("favourite_colour")));
        QVERIFY(patient.value(QStringLiteral("phone")).isNull());
        QCOMPARE(reply.header("Location"), QByteArray("/api/patients/") + QByteArray::number(id));
        QCOMPARE(reply.header("ETag"), QByteArray("\"1\""));

        const Reply fetched = f.doctor->get(QStringLiteral("/api/patients/%1").arg(id));
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.json(), patient);
        QCOMPARE(fetched.header("ETag"), QByteArray("\"1\""));
        QCOMPARE(fetched.header("Cache-Control"), QByteArray("no-store"));
    }

    void validationErrorsAreFieldByFieldAndChangeNothing()
    {
        const qint64 before = f.admin->get(QStringLiteral("/api/patients?include_total=true&limit=1"))
                                  .json()
                                  .value(QStringLiteral("total"))
                                  .toInteger();
        const Reply reply =
            f.reception->post(QStringLiteral("/api/patients"),
                              {{QStringLiteral("name"), QString()},
                               {QStringLiteral("date_of_birth"), QStringLiteral("2999-01-01")},
                               {QStringLiteral("email"), QStringLiteral("not-an-email")},
                               {QStringLiteral("phone"), QStringLiteral("call me")},
                               {QStringLiteral("sex"), QStringLiteral("x")}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(reply.problemType(), QStringLiteral("/problems/validation"));
        QCOMPARE(reply.fieldErrors(QStringLiteral("name")), QStringList{QStringLiteral("is required")});
        QCOMPARE(reply.fieldErrors(QStringLiteral("date_of_birth")),
                 QStringList{QStringLiteral("must not be in the future")});
        QCOMPARE(reply.fieldErrors(QStringLiteral("email")),
                 QStringList{QStringLiteral("must be a valid email address")});
        QVERIFY(!reply.fieldErrors(QStringLiteral("phone")).isEmpty());
        QVERIFY(!reply.fieldErrors(QStringLiteral("sex")).isEmpty());
        QVERIFY(!reply.json().value(QStringLiteral("request_id")).toString().isEmpty());
        const qint64 after = f.admin->get(QStringLiteral("/api/patients?include_total=true&limit=1"))
                                 .json()
                                 .value(QStringLiteral("total"))
                                 .toInteger();
        QCOMPARE(after, before);
    }

    void unknownAndNonNumericIdsAre404()
    {
        QCOMPARE(f.reception->get(QStringLiteral("/api/patients/987654321")).status, 404);
        QCOMPARE(f.reception->get(QStringLiteral("/api/patients/abc")).status, 404);
        QCOMPARE(f.reception->get(QStringLiteral("/api/patients/0")).status, 404);
        QCOMPARE(f.reception->get(QStringLiteral("/api/patients/-1")).status, 404);
        QCOMPARE(f.reception->get(QStringLiteral("/api/patients/1.5")).status, 404);
        const Reply reply = f.reception->get(QStringLiteral("/api/patients/987654321"));
        QCOMPARE(reply.problemType(), QStringLiteral("/problems/not-found"));
    }

    void duplicateEmailIsCaseInsensitiveConflict()
    {
        const qint64 grace = f.createPatient(QStringLiteral("Grace Hopper"),
                                             {{QStringLiteral("email"), QStringLiteral("grace@navy.mil")}});
        QVERIFY(grace > 0);
        const qint64 patientsBefore =
            f.database.scalar(QStringLiteral("SELECT COUNT(*) FROM patients")).toLongLong();
        const Reply reply =
            f.reception->post(QStringLiteral("/api/patients"),
                              {{QStringLiteral("name"), QStringLiteral("Other Grace")},
                               {QStringLiteral("date_of_birth"), QStringLiteral("1906-12-09")},
                               {QStringLiteral("email"), QStringLiteral("GRACE@Navy.MIL")}});
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.problemType(), QStringLiteral("/problems/conflict"));
        QVERIFY(!reply.fieldErrors(QStringLiteral("email")).isEmpty());
        QCOMPARE(reply.json().value(QStringLiteral("conflicting_id")).toInteger(), grace);
        QCOMPARE(f.database.scalar(QStringLiteral("SELECT COUNT(*) FROM patients")).toLongLong(),
                 patientsBefore);

        // Changing another patient's email to a taken one is a conflict too.
        const qint64 other = f.createPatient(QStringLiteral("Someone Else"));
        const Reply update = f.reception->put(QStringLiteral("/api/patients/%1").arg(other),
                                              {{QStringLiteral("email"), QStringLiteral("grace@NAVY.mil")}});
        QCOMPARE(update.status, 409);
        QVERIFY(patientJson(other).value(QStringLiteral("email")).isNull());
    }

    void racingDuplicateEmailsGiveOneCreatedRestConflict()
    {
        QList<Request> requests;
        for (int i = 0; i < 10; ++i) {
            requests.append(Request::post(
                QStringLiteral("/api/patients"),
                {{QStringLiteral("name"), QStringLiteral("Racer %1").arg(i)},
                 {QStringLiteral("date_of_birth"), QStringLiteral("1970-01-01")},
                 {QStringLiteral("email"),
                  i % 2 ? QStringLiteral("RACE@example.org") : QStringLiteral("race@example.org")}}));
        }
        const QList<Reply> replies = f.reception->sendConcurrently(requests);
        int created = 0, conflicts = 0;
        for (const Reply &reply : replies) {
            if (reply.status == 201)
                ++created;
            else if (reply.status == 409)
                ++conflicts;
            else
                QFAIL(qPrintable(QStringLiteral("unexpected %1: %2")
                                     .arg(reply.status)
                                     .arg(QString::fromUtf8(reply.body))));
        }
        QCOMPARE(created, 1);
        QCOMPARE(conflicts, 9);
        QCOMPARE(f.reception->get(QStringLiteral("/api/patients?q=race@example.org")).items().size(), 1);
    }

    void searchMatchesWordPrefixesEmailPhoneAndMrn()
    {
        const qint64 id =
            f.createPatient(QStringLiteral("Marie-Curie Skłodowska"),
                            {{QStringLiteral("email"), QStringLiteral("marie.curie@sorbonne.fr")},
                             {QStringLiteral("phone"), QStringLiteral("+33 (1) 44-27-00-00")}});
        QVERIFY(id > 0);
        f.createPatient(QStringLiteral("Pierre Curie"));
        const QString mrn = patientJson(id).value(QStringLiteral("mrn")).toString();
        const struct
        {
            QString query;
            bool matches;
        } cases[] = {
            {QStringLiteral("skł"), true},
            {QStringLiteral("SKŁODOWSKA"), true},
            {QStringLiteral("curie"), true},
            {QStringLiteral("marie"), true},
            {QStringLiteral("marie-cu"), true},
            {QStringLiteral("marie skł"), true},
            {QStringLiteral("marie pierre"), false},
            {QStringLiteral("urie"), false},
            {QStringLiteral("marie.curie@sor"), true},
            {QStringLiteral("33144"), true},
            {QStringLiteral("+33 1 44"), true},
            {QStringLiteral("4427"), false},
            {mrn, true},
            {mrn.toLower(), true},
            {mrn.right(6), true},
        };
        for (const auto &c : cases) {
            const Reply reply = f.reception->get(QStringLiteral("/api/patients?q=") +
                                                 QString::fromLatin1(QUrl::toPercentEncoding(c.query)));
            QCOMPARE(reply.status, 200);
            bool found = false;
            for (const QJsonValue item : reply.items())
                found = found || item.toObject().value(QStringLiteral("id")).toInteger() == id;
            QVERIFY2(found == c.matches, qPrintable(c.query));
        }
        // "curie" finds both Curies, ordered by name.
        const QJsonArray both = f.reception->get(QStringLiteral("/api/patients?q=curie")).items();
        QCOMPARE(both.size(), 2);
        QCOMPARE(both[0].toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Marie-Curie Skłodowska"));
        QCOMPARE(both[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Pierre Curie"));
        // Editing the name re-indexes it.
        QCOMPARE(f.reception
                     ->put(QStringLiteral("/api/patients/%1").arg(id),
                           {{QStringLiteral("name"), QStringLiteral("Maria Salomea")}})
                     .status,
                 200);
        QVERIFY(f.reception->get(QStringLiteral("/api/patients?q=skł")).items().isEmpty());
        QCOMPARE(f.reception->get(QStringLiteral("/api/patients?q=salo")).items().size(), 1);
    }

    void pagingLimitsAndCursors()
    {
        QCOMPARE(f.reception->get(QStringLiteral("/api/patients?limit=0")).status, 400);
        QCOMPARE(f.reception->get(QStringLiteral("/api/patients?limit=201")).status, 400);
        QCOMPARE(f.reception->get(QStringLiteral("/api/patients?limit=ten")).status, 400);
        QCOMPARE(f.reception->get(QStringLiteral("/api/patients?cursor=garbage")).status, 400);
        QCOMPARE(f.reception->get(QStringLiteral("/api/patients?include_total=maybe")).status, 400);
        QCOMPARE(f.reception->get(QStringLiteral("/api/patients?limit=200")).status, 200);
        const Reply first = f.reception->get(QStringLiteral("/api/patients?limit=1"));
        QCOMPARE(first.status, 200);
        QVERIFY(!first.json().contains(QStringLiteral("total")));
        QVERIFY(first.json().value(QStringLiteral("next_cursor")).isString());
    }

    void pagingWhileRowsAreInsertedNeverSkipsOrRepeats()
    {
        // Twelve "Zed" patients with the same name: ties are broken by id.
        QSet<qint64> original;
        for (int i = 0; i < 12; ++i)
            original.insert(f.createPatient(QStringLiteral("Zed Pager")));
        QSet<qint64> seen;
        QString cursor;
        int pages = 0;
        do {
            const Reply page =
                f.reception->get(QStringLiteral("/api/patients?q=pager&limit=5") +
                                 (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QCOMPARE(page.status, 200);
            for (const QJsonValue item : page.items()) {
                const qint64 id = item.toObject().value(QStringLiteral("id")).toInteger();
                QVERIFY2(!seen.contains(id), "a row was repeated");
                seen.insert(id);
            }
            // Insert while paging: new rows sort after the cursor (same name, higher id).
            if (pages == 0)
                f.createPatient(QStringLiteral("Zed Pager"));
            cursor = page.json().value(QStringLiteral("next_cursor")).toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        for (qint64 id : original)
            QVERIFY2(seen.contains(id), "a row was skipped");
        QCOMPARE(seen.size(), 13);
        const Reply total =
            f.reception->get(QStringLiteral("/api/patients?q=pager&include_total=true&limit=2"));
        QCOMPARE(total.json().value(QStringLiteral("total")).toInteger(), 13);
        QCOMPARE(total.items().size(), 2);
    }

    void partialUpdateWithVersionsAndIfMatch()
    {
        const qint64 id = f.createPatient(QStringLiteral("Alan Turing"),
                                          {{QStringLiteral("phone"), QStringLiteral("+44 1234 567890")},
                                           {QStringLiteral("address"), QStringLiteral("Bletchley Park")}});
        const QString path = QStringLiteral("/api/patients/%1").arg(id);
        // Absent fields keep their values; null clears an optional one.
        Reply reply = f.reception->send(Request::put(path,
                                                     {{QStringLiteral("phone"), QJsonValue::Null},
                                                      {QStringLiteral("mrn"), QStringLiteral("X")}})
                                            .header("If-Match", "\"1\""));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("ETag"), QByteArray("\"2\""));
        QJsonObject patient = reply.json();
        QCOMPARE(patient.value(QStringLiteral("version")).toInt(), 2);
        QVERIFY(patient.value(QStringLiteral("phone")).isNull());
        QCOMPARE(patient.value(QStringLiteral("address")).toString(), QStringLiteral("Bletchley Park"));
        QVERIFY(patient.value(QStringLiteral("mrn")).toString().startsWith(QLatin1String("MRN-")));

        // A stale If-Match is refused with the current representation.
        reply = f.doctor->send(Request::put(path, {{QStringLiteral("address"), QStringLiteral("Wilmslow")}})
                                   .header("If-Match", "\"1\""));
        QCOMPARE(reply.status, 412);
        QCOMPARE(reply.problemType(), QStringLiteral("/problems/precondition-failed"));
        QCOMPARE(reply.json().value(QStringLiteral("current")).toObject(), patient);
        QCOMPARE(patientJson(id).value(QStringLiteral("address")).toString(),
                 QStringLiteral("Bletchley Park"));
        QCOMPARE(f.doctor
                     ->send(Request::put(path, {{QStringLiteral("address"), QStringLiteral("W")}})
                                .header("If-Match", "W/\"1\""))
                     .status,
                 412);
        QCOMPARE(f.doctor
                     ->send(Request::put(path, {{QStringLiteral("address"), QStringLiteral("W")}})
                                .header("If-Match", "nonsense"))
                     .status,
                 412);

        // Without If-Match the update is applied.
        reply = f.doctor->put(path, {{QStringLiteral("address"), QStringLiteral("Wilmslow")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("version")).toInt(), 3);
        // A required field cannot be cleared, and a bad update changes nothing.
        reply = f.doctor->put(path,
                              {{QStringLiteral("name"), QJsonValue::Null},
                               {QStringLiteral("address"), QStringLiteral("Elsewhere")}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(patientJson(id).value(QStringLiteral("address")).toString(), QStringLiteral("Wilmslow"));
        QCOMPARE(patientJson(id).value(QStringLiteral("version")).toInt(), 3);
        QCOMPARE(f.doctor
                     ->put(QStringLiteral("/api/patients/987654321"),
                           {{QStringLiteral("name"), QStringLiteral("X")}})
                     .status,
                 404);
    }

    void racingUpdatesWithTheSameIfMatchGiveOneWinner()
    {
        const qint64 id = f.createPatient(QStringLiteral("Race Update"));
        QList<Request> requests;
        for (int i = 0; i < 6; ++i)
            requests.append(Request::put(QStringLiteral("/api/patients/%1").arg(id),
                                         {{QStringLiteral("address"), QStringLiteral("Street %1").arg(i)}})
                                .header("If-Match", "\"1\""));
        int ok = 0, stale = 0;
        for (const Reply &reply : f.reception->sendConcurrently(requests)) {
            if (reply.status == 200)
                ++ok;
            else if (reply.status == 412 || reply.status == 409)
                ++stale;
            else
                QFAIL(qPrintable(QStringLiteral("unexpected %1").arg(reply.status)));
        }
        QCOMPARE(ok, 1);
        QCOMPARE(stale, 5);
        QCOMPARE(patientJson(id).value(QStringLiteral("version")).toInt(), 2);
    }

    void archiveHidesThePatientButKeepsEverything()
    {
        const qint64 id = f.createPatient(QStringLiteral("Archie Vable"),
                                          {{QStringLiteral("email"), QStringLiteral("archie@example.org")}});
        const QString path = QStringLiteral("/api/patients/%1").arg(id);
        const Reply booked =
            f.reception->post(QStringLiteral("/api/appointments"),
                              {{QStringLiteral("patient_id"), id},
                               {QStringLiteral("doctor_id"), f.doctorId},
                               {QStringLiteral("appointment_datetime"), ApiFixture::slot(24 * 60 + 7)}});
        QCOMPARE(booked.status, 201);
        QCOMPARE(f.reception->del(path).status, 403);
        QCOMPARE(f.doctor->del(path).status, 403);
        QCOMPARE(f.admin->del(path).status, 204);
        QCOMPARE(f.reception->get(path).status, 404);
        QCOMPARE(f.admin->del(path).status, 404);
        QCOMPARE(f.reception->put(path, {{QStringLiteral("name"), QStringLiteral("Back")}}).status, 404);
        QVERIFY(f.reception->get(QStringLiteral("/api/patients?q=archie")).items().isEmpty());
        // Its appointment stays, and the address can be used by a new patient.
        const qint64 appointmentId = booked.json().value(QStringLiteral("id")).toInteger();
        QCOMPARE(f.reception->get(QStringLiteral("/api/appointments/%1").arg(appointmentId)).status, 200);
        QVERIFY(f.createPatient(QStringLiteral("New Archie"),
                                {{QStringLiteral("email"), QStringLiteral("archie@example.org")}}) > 0);
        // A new booking for the archived patient is refused.
        const Reply refused =
            f.reception->post(QStringLiteral("/api/appointments"),
                              {{QStringLiteral("patient_id"), id},
                               {QStringLiteral("doctor_id"), f.doctorId},
                               {QStringLiteral("appointment_datetime"), ApiFixture::slot(24 * 60 + 50)}});
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.fieldErrors(QStringLiteral("patient_id")),
                 QStringList{QStringLiteral("no such patient")});
    }

    void patientAppointmentsAndRecordsLists()
    {
        const qint64 id = f.createPatient(QStringLiteral("Lister Person"));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(f.reception
                         ->post(QStringLiteral("/api/appointments"),
                                {{QStringLiteral("patient_id"), id},
                                 {QStringLiteral("doctor_id"), f.doctor2Id},
                                 {QStringLiteral("appointment_datetime"),
                                  ApiFixture::slot(48 * 60 + (2 - i) * 60)}})
                         .status,
                     201);
        }
        const Reply list = f.reception->get(
            QStringLiteral("/api/patients/%1/appointments?limit=2&include_total=true").arg(id));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().value(QStringLiteral("total")).toInteger(), 3);
        QCOMPARE(list.items().size(), 2);
        QVERIFY(list.items()[0].toObject().value(QStringLiteral("appointment_datetime")).toString() <
                list.items()[1].toObject().value(QStringLiteral("appointment_datetime")).toString());
        QCOMPARE(f.reception->get(QStringLiteral("/api/patients/987654321/appointments")).status, 404);
        QCOMPARE(f.doctor->get(QStringLiteral("/api/patients/%1/records").arg(id)).status, 200);
        QCOMPARE(f.reception->get(QStringLiteral("/api/patients/%1/records").arg(id)).status, 403);
        QCOMPARE(f.admin->get(QStringLiteral("/api/patients/%1/records").arg(id)).status, 403);
    }

    void searchAgreesWithAPlainScanForWordsOfEveryLength()
    {
        // Enough patients that some words start over a thousand terms (most
        // e-mails here start with "patient."), so each way the server reads a
        // word's matches is taken: by range, by three-character group, by
        // merged groups.
        const QStringList firstNames{QStringLiteral("Anna"), QStringLiteral("Annika"),
                                     QStringLiteral("Hannah"), QStringLiteral("Oliver"),
                                     QStringLiteral("Olivia")};
        const QStringList surnames{QStringLiteral("Andersson"), QStringLiteral("Hansen"),
                                   QStringLiteral("Olsen"), QStringLiteral("Patterson"),
                                   QStringLiteral("Berg-Holm")};
        for (int i = 0; i < 1300; ++i) {
            const QString &first = firstNames[i % firstNames.size()];
            const QString &surname = surnames[(i / firstNames.size()) % surnames.size()];
            QVERIFY(
                f.createPatient(first + QLatin1Char(' ') + surname,
                                {{QStringLiteral("email"),
                                  QStringLiteral("%1.%2.%3@clinic.example")
                                      .arg(i % 5 == 4 ? QStringLiteral("visitor") : QStringLiteral("patient"))
                                      .arg(i)
                                      .arg(first.toLower())}}) > 0);
        }
        // Every patient, in the order the server lists them.
        auto walk = [this](const QString &query, int limit) {
            QJsonArray all;
            QString cursor;
            int pages = 0;
            do {
                const Reply page =
                    f.reception->get(QStringLiteral("/api/patients?limit=%1").arg(limit) +
                                     (query.isNull() ? QString() : QStringLiteral("&q=") + query) +
                                     (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
                if (page.status != 200)
                    return QJsonArray{};
                for (const QJsonValue item : page.items())
                    all.append(item);
                cursor = page.json().value(QStringLiteral("next_cursor")).toString();
            } while (!cursor.isEmpty() && ++pages < 1000);
            return all;
        };
        const QJsonArray everyone = walk(QString(), 200);
        QVERIFY(everyone.size() >= 1300);
        static const QRegularExpression wordSeparators(QStringLiteral(R"(\s+)"));
        static const QRegularExpression partSeparators(QStringLiteral(R"([-'’.,]+)"));
        auto matches = [](const QJsonObject &patient, const QString &word) {
            const QString email = patient.value(QStringLiteral("email")).toString().toCaseFolded();
            if (!email.isEmpty() && email.startsWith(word))
                return true;
            const QString name = patient.value(QStringLiteral("name")).toString().toCaseFolded();
            for (const QString &w : name.split(wordSeparators, Qt::SkipEmptyParts)) {
                if (w.startsWith(word))
                    return true;
                for (const QString &part : w.split(partSeparators, Qt::SkipEmptyParts))
                    if (part.startsWith(word))
                        return true;
            }
            return false;
        };
        const QStringList words{
            QStringLiteral("a"),         QStringLiteral("an"),         QStringLiteral("ann"),
            QStringLiteral("anni"),      QStringLiteral("annika"),     QStringLiteral("ol"),
            QStringLiteral("oli"),       QStringLiteral("olive"),      QStringLiteral("ols"),
            QStringLiteral("ho"),        QStringLiteral("holm"),       QStringLiteral("han"),
            QStringLiteral("hansen"),    QStringLiteral("pa"),         QStringLiteral("pati"),
            QStringLiteral("patient.1"), QStringLiteral("patient.10"), QStringLiteral("pattersonx"),
            QStringLiteral("zz")};
        for (const QString &word : words) {
            QList<qint64> expected;
            for (const QJsonValue patient : everyone)
                if (matches(patient.toObject(), word))
                    expected.append(patient.toObject().value(QStringLiteral("id")).toInteger());
            for (int limit : {50, 7}) {
                QList<qint64> found;
                for (const QJsonValue patient : walk(word, limit))
                    found.append(patient.toObject().value(QStringLiteral("id")).toInteger());
                QVERIFY2(found == expected,
                         qPrintable(QStringLiteral("'%1' by %2: %3 found, %4 expected")
                                        .arg(word)
                                        .arg(limit)
                                        .arg(found.size())
                                        .arg(expected.size())));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPatientsApi)
#include "tst_patients_api.moc"
