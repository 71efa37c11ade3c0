#include "shared/Appointment.h"
#include "shared/Instant.h"
#include "shared/MedicalRecord.h"
#include "shared/Patient.h"
#include "shared/Text.h"
#include "shared/User.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace hms;

// Every validation rule of the contract, data-driven: each row is a request
// body and the field that must (or must not) be reported.
class TestValidation : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone::utc());

    static QJsonObject json(const char *text) { return QJsonDocument::fromJson(text).object(); }

    // No error when field is empty; else exactly that field, with that message among its messages.
    static bool onlyError(const ValidationErrors &errors, const QString &field, const QString &message)
    {
        if (field.isEmpty())
            return errors.isEmpty();
        return errors.fields() == QStringList{field} && errors.messages(field).contains(message);
    }

private Q_SLOTS:
    void patient_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field"); // empty: valid
        QTest::addColumn<QString>("message");

        const QByteArray ok = R"("name":"Ada Lovelace","date_of_birth":"1990-12-10")";
        auto with = [&ok](const char *extra) -> QByteArray {
            return "{" + ok + "," + QByteArray(extra) + "}";
        };
        QTest::newRow("minimal") << ("{" + ok + "}") << QString() << QString();
        QTest::newRow("all fields")
            << with(
                   R"("sex":"female","email":"ada@example.org","phone":"+44 (20) 7946-0958","address":"12 St James Square","blood_group":"AB-")")
            << QString() << QString();
        QTest::newRow("name missing") << QByteArray(R"({"date_of_birth":"1990-12-10"})") << "name"
                                      << "is required";
        QTest::newRow("name blank") << QByteArray(R"({"name":"   ","date_of_birth":"1990-12-10"})") << "name"
                                    << "is required";
        QTest::newRow("name null") << QByteArray(R"({"name":null,"date_of_birth":"1990-12-10"})") << "name"
                                   << "is required";
        QTest::newRow("name not string")
            << QByteArray(R"({"name":42,"date_of_birth":"1990-12-10"})") << "name"
            << "must be a string";
        QTest::newRow("name 100") << ("{\"name\":\"" + QByteArray(100, 'a') +
                                      "\",\"date_of_birth\":\"1990-12-10\"}")
                                  << QString() << QString();
        QTest::newRow("name 101") << ("{\"name\":\"" + QByteArray(101, 'a') +
                                      "\",\"date_of_birth\":\"1990-12-10\"}")
                                  << "name"
                                  << "must be at most 100 characters";
        QTest::newRow("name 100 trimmed")
            << ("{\"name\":\"  " + QByteArray(100, 'a') + "  \",\"date_of_birth\":\"1990-12-10\"}")
            << QString() << QString();
        QTest::newRow("dob missing") << QByteArray(R"({"name":"A"})") << "date_of_birth"
                                     << "is required";
        QTest::newRow("dob bad format")
            << QByteArray(R"({"name":"A","date_of_birth":"10/12/1990"})") << "date_of_birth"
            << "must be a date in the form YYYY-MM-DD";
        QTest::newRow("dob impossible")
            << QByteArray(R"({"name":"A","date_of_birth":"1990-02-30"})") << "date_of_birth"
            << "must be a date in the form YYYY-MM-DD";
        QTest::newRow("dob future") << QByteArray(R"({"name":"A","date_of_birth":"2026-11-26"})")
                                    << "date_of_birth"
                                    << "must not be in the future";
        QTest::newRow("dob today") << QByteArray(R"({"name":"A","date_of_birth":"2026-11-24"})") << QString()
                                   << QString();
        QTest::newRow("dob 1900-01-01")
            << QByteArray(R"({"name":"A","date_of_birth":"1900-01-01"})") << QString() << QString();
        QTest::newRow("dob 1899-12-31")
            << QByteArray(R"({"name":"A","date_of_birth":"1899-12-31"})") << "date_of_birth"
            << "must not be before 1900-01-01";
        QTest::newRow("sex unknown value") << with(R"("sex":"f")") << "sex"
                                           << "must be one of female, male, other, unknown";
        QTest::newRow("sex null") << with(R"("sex":null)") << QString() << QString();
        QTest::newRow("email bad") << with(R"("email":"ada@")") << "email"
                                   << "must be a valid email address";
        QTest::newRow("email no dot") << with(R"("email":"ada@localhost")") << "email"
                                      << "must be a valid email address";
        QTest::newRow("email space") << with(R"("email":"a da@example.org")") << "email"
                                     << "must be a valid email address";
        QTest::newRow("email empty clears") << with(R"("email":"")") << QString() << QString();
        QTest::newRow("phone letters") << with(R"("phone":"555-CALL-NOW")") << "phone"
                                       << "may contain only digits, spaces and + - ( ) .";
        QTest::newRow("phone few digits") << with(R"j("phone":"+1 (55)")j") << "phone"
                                          << "must contain at least 6 digits";
        QTest::newRow("phone too long") << with(R"("phone":"123456789012345678901")") << "phone"
                                        << "must be at most 20 characters";
        QTest::newRow("phone 20") << with(R"("phone":"12345678901234567890")") << QString() << QString();
        QTest::newRow("address 500") << ("{" + ok + ",\"address\":\"" + QByteArray(500, 'x') + "\"}")
                                     << QString() << QString();
        QTest::newRow("address 501") << ("{" + ok + ",\"address\":\"" + QByteArray(501, 'x') + "\"}")
                                     << "address"
                                     << "must be at most 500 characters";
        const QByteArray emoji = "\xF0\x9F\x98\x80"; // U+1F600: two UTF-16 units, one character
        QTest::newRow("name 100 emoji")
            << ("{\"name\":\"" + emoji.repeated(100) + "\",\"date_of_birth\":\"1990-12-10\"}") << QString()
            << QString();
        QTest::newRow("name 101 emoji")
            << ("{\"name\":\"" + emoji.repeated(101) + "\",\"date_of_birth\":\"1990-12-10\"}") << "name"
            << "must be at most 100 characters";
        QTest::newRow("name NUL") << QByteArray(
                                         R"({"name":"Ada\u0000Lovelace","date_of_birth":"1990-12-10"})")
                                  << "name"
                                  << "must not contain control characters, tabs or line breaks";
        QTest::newRow("name NUL first")
            << QByteArray(R"({"name":"\u0000Ada","date_of_birth":"1990-12-10"})") << "name"
            << "must not contain control characters, tabs or line breaks";
        QTest::newRow("name DEL") << QByteArray(
                                         R"({"name":"Ada\u007fLovelace","date_of_birth":"1990-12-10"})")
                                  << "name"
                                  << "must not contain control characters, tabs or line breaks";
        QTest::newRow("name C1") << QByteArray(R"({"name":"Ada\u009bLovelace","date_of_birth":"1990-12-10"})")
                                 << "name"
                                 << "must not contain control characters, tabs or line breaks";
        QTest::newRow("name tab") << QByteArray(R"({"name":"Ada\tLovelace","date_of_birth":"1990-12-10"})")
                                  << "name"
                                  << "must not contain control characters, tabs or line breaks";
        QTest::newRow("name zero-width only")
            << QByteArray(R"({"name":"\u200b\u2060\ufeff","date_of_birth":"1990-12-10"})") << "name"
            << "is required";
        QTest::newRow("name zero-width inside")
            << QByteArray(R"({"name":"Ada\u200bLovelace","date_of_birth":"1990-12-10"})") << QString()
            << QString();
        QTest::newRow("name lone high surrogate")
            << QByteArray(R"({"name":"Ada \ud800","date_of_birth":"1990-12-10"})") << "name"
            << "must be valid Unicode text (it holds a lone surrogate)";
        QTest::newRow("name lone low surrogate")
            << QByteArray(R"({"name":"\udc00 Ada","date_of_birth":"1990-12-10"})") << "name"
            << "must be valid Unicode text (it holds a lone surrogate)";
        QTest::newRow("name surrogate pair")
            << QByteArray(R"({"name":"Ada \ud83d\ude00","date_of_birth":"1990-12-10"})") << QString()
            << QString();
        // A leading U+FEFF would be dropped by whoever decodes the UTF-8 (QJsonDocument too).
        QTest::newRow("name leading byte order mark")
            << QByteArray(R"({"name":"\ufeff3","date_of_birth":"1990-12-10"})") << "name"
            << "must not start with U+FEFF (a byte order mark)";
        QTest::newRow("name byte order mark inside")
            << QByteArray(R"({"name":"Ada\ufeffLovelace","date_of_birth":"1990-12-10"})") << QString()
            << QString();
        QTest::newRow("address lines and tab")
            << with(R"("address":"1 Road\n\tFlat 2\r\nLondon")") << QString() << QString();
        QTest::newRow("address NUL") << with(R"("address":"1 Road\u0000")") << "address"
                                     << "must not contain control characters other than tab and line breaks";
        QTest::newRow("address 500 emoji")
            << ("{" + ok + ",\"address\":\"" + emoji.repeated(500) + "\"}") << QString() << QString();
        QTest::newRow("phone NUL") << with(R"("phone":"123456\u0000")") << "phone"
                                   << "must not contain control characters, tabs or line breaks";
        QTest::newRow("blood group bad") << with(R"("blood_group":"C+")") << "blood_group"
                                         << "must be one of A+ A- B+ B- AB+ AB- O+ O-";
        QTest::newRow("blood group lower") << with(R"("blood_group":"ab+")") << QString() << QString();
    }

    void patient()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, message);
        Patient patient;
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        QVERIFY2(!object.isEmpty(), body.constData());
        const ValidationErrors errors = applyPatientChanges(object, patient, m_now);
        QVERIFY2(onlyError(errors, field, message), QJsonDocument(errors.toJson()).toJson().constData());
    }

    void patientPartialUpdateKeepsAbsentAndClearsNull()
    {
        Patient patient;
        QVERIFY(applyPatientChanges(
                    json(R"({"name":"A B","date_of_birth":"1990-01-01","email":"a@b.org","phone":"123456"})"),
                    patient, m_now)
                    .isEmpty());
        QVERIFY(applyPatientChanges(json(R"({"phone":null,"id":99,"mrn":"X","version":7})"), patient, m_now)
                    .isEmpty());
        QCOMPARE(patient.email, QStringLiteral("a@b.org"));
        QVERIFY(patient.phone.isNull());
        QCOMPARE(patient.id, 0); // read-only fields are ignored
        QVERIFY(patient.mrn.isEmpty());
        QCOMPARE(patient.version, 0);
        const ValidationErrors errors = applyPatientChanges(json(R"({"name":null})"), patient, m_now);
        QCOMPARE(errors.messages(QStringLiteral("name")), QStringList{QStringLiteral("is required")});
    }

    void appointment_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("valid")
            << QByteArray(
                   R"({"patient_id":1,"doctor_id":2,"appointment_datetime":"2026-11-25T09:30:00+01:00"})")
            << QString() << QString();
        QTest::newRow("valid Z")
            << QByteArray(
                   R"({"patient_id":1,"doctor_id":2,"appointment_datetime":"2026-11-25T09:30:00Z","duration_minutes":480})")
            << QString() << QString();
        QTest::newRow("patient missing")
            << QByteArray(R"({"doctor_id":2,"appointment_datetime":"2026-11-25T09:30:00Z"})") << "patient_id"
            << "is required";
        QTest::newRow("patient not int")
            << QByteArray(R"({"patient_id":"1","doctor_id":2,"appointment_datetime":"2026-11-25T09:30:00Z"})")
            << "patient_id"
            << "must be a positive integer id";
        QTest::newRow("patient zero")
            << QByteArray(R"({"patient_id":0,"doctor_id":2,"appointment_datetime":"2026-11-25T09:30:00Z"})")
            << "patient_id"
            << "must be a positive integer id";
        QTest::newRow("doctor fraction")
            << QByteArray(R"({"patient_id":1,"doctor_id":2.5,"appointment_datetime":"2026-11-25T09:30:00Z"})")
            << "doctor_id"
            << "must be a positive integer id";
        QTest::newRow("no offset")
            << QByteArray(R"({"patient_id":1,"doctor_id":2,"appointment_datetime":"2026-11-25T09:30:00"})")
            << "appointment_datetime"
            << "must be an RFC 3339 date-time with a UTC offset, e.g. 2026-11-24T09:30:00+01:00";
        QTest::newRow("date only")
            << QByteArray(R"({"patient_id":1,"doctor_id":2,"appointment_datetime":"2026-11-25"})")
            << "appointment_datetime"
            << "must be an RFC 3339 date-time with a UTC offset, e.g. 2026-11-24T09:30:00+01:00";
        QTest::newRow("past")
            << QByteArray(R"({"patient_id":1,"doctor_id":2,"appointment_datetime":"2026-11-24T09:00:00Z"})")
            << "appointment_datetime"
            << "must not be in the past";
        QTest::newRow("past by offset")
            << QByteArray(
                   R"({"patient_id":1,"doctor_id":2,"appointment_datetime":"2026-11-24T10:30:00+01:00"})")
            << "appointment_datetime"
            << "must not be in the past";
        QTest::newRow("duration 4")
            << QByteArray(
                   R"({"patient_id":1,"doctor_id":2,"appointment_datetime":"2026-11-25T09:30:00Z","duration_minutes":4})")
            << "duration_minutes"
            << "must be between 5 and 480 minutes";
        QTest::newRow("duration 481")
            << QByteArray(
                   R"({"patient_id":1,"doctor_id":2,"appointment_datetime":"2026-11-25T09:30:00Z","duration_minutes":481})")
            << "duration_minutes"
            << "must be between 5 and 480 minutes";
        QTest::newRow("duration text")
            << QByteArray(
                   R"({"patient_id":1,"doctor_id":2,"appointment_datetime":"2026-11-25T09:30:00Z","duration_minutes":"30"})")
            << "duration_minutes"
            << "must be an integer";
        QTest::newRow("reason 2001") << ("{\"patient_id\":1,\"doctor_id\":2,\"appointment_datetime\":\"2026-"
                                         "11-25T09:30:00Z\",\"reason\":\"" +
                                         QByteArray(2001, 'r') + "\"}")
                                     << "reason"
                                     << "must be at most 2000 characters";
        QTest::newRow("notes 2001") << ("{\"patient_id\":1,\"doctor_id\":2,\"appointment_datetime\":\"2026-"
                                        "11-25T09:30:00Z\",\"notes\":\"" +
                                        QByteArray(2001, 'n') + "\"}")
                                    << "notes"
                                    << "must be at most 2000 characters";
        QTest::newRow("year 9999")
            << QByteArray(
                   R"({"patient_id":1,"doctor_id":2,"appointment_datetime":"9999-12-31T23:29:00Z","duration_minutes":30})")
            << QString() << QString();
        QTest::newRow("ends in year 10000")
            << QByteArray(
                   R"({"patient_id":1,"doctor_id":2,"appointment_datetime":"9999-12-31T23:31:00Z","duration_minutes":30})")
            << "appointment_datetime"
            << "the appointment must end by 9999-12-31T23:59:59.999Z";
        QTest::newRow("year 10000 after its offset")
            << QByteArray(
                   R"({"patient_id":1,"doctor_id":2,"appointment_datetime":"9999-12-31T23:00:00-01:00"})")
            << "appointment_datetime"
            << "must be from 1900-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z";
        QTest::newRow("year 10000")
            << QByteArray(R"({"patient_id":1,"doctor_id":2,"appointment_datetime":"10000-01-01T09:00:00Z"})")
            << "appointment_datetime"
            << "must be an RFC 3339 date-time with a UTC offset, e.g. 2026-11-24T09:30:00+01:00";
        QTest::newRow("reason line break")
            << QByteArray(
                   R"({"patient_id":1,"doctor_id":2,"appointment_datetime":"2026-11-25T09:30:00Z","reason":"a\nb"})")
            << "reason"
            << "must not contain control characters, tabs or line breaks";
        QTest::newRow("notes line break and tab")
            << QByteArray(
                   R"({"patient_id":1,"doctor_id":2,"appointment_datetime":"2026-11-25T09:30:00Z","notes":"a\n\tb"})")
            << QString() << QString();
        QTest::newRow("notes ESC")
            << QByteArray(
                   R"({"patient_id":1,"doctor_id":2,"appointment_datetime":"2026-11-25T09:30:00Z","notes":"a\u001bb"})")
            << "notes"
            << "must not contain control characters other than tab and line breaks";
        QTest::newRow("status on booking")
            << QByteArray(
                   R"({"patient_id":1,"doctor_id":2,"appointment_datetime":"2026-11-25T09:30:00Z","status":"completed"})")
            << "status"
            << "a new appointment starts as scheduled";
        QTest::newRow("status unknown")
            << QByteArray(
                   R"({"patient_id":1,"doctor_id":2,"appointment_datetime":"2026-11-25T09:30:00Z","status":"done"})")
            << "status"
            << "must be one of scheduled, checked_in, completed, cancelled, no_show";
    }

    void appointment()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, message);
        Appointment appointment;
        const ValidationErrors errors =
            applyAppointmentChanges(QJsonDocument::fromJson(body).object(), appointment, nullptr, m_now);
        QVERIFY2(onlyError(errors, field, message), QJsonDocument(errors.toJson()).toJson().constData());
    }

    void appointmentUpdateRules()
    {
        Appointment stored;
        QVERIFY(applyAppointmentChanges(
                    json(R"({"patient_id":1,"doctor_id":2,"appointment_datetime":"2026-11-25T09:30:00Z"})"),
                    stored, nullptr, m_now)
                    .isEmpty());
        stored.id = 5;
        // An existing appointment in the past keeps validating when only its status moves.
        const QDateTime later = m_now.addDays(3);
        Appointment moved = stored;
        QVERIFY(applyAppointmentChanges(json(R"({"status":"checked_in"})"), moved, &stored, later).isEmpty());
        QCOMPARE(moved.status, AppointmentStatus::CheckedIn);
        Appointment other = stored;
        QCOMPARE(applyAppointmentChanges(json(R"({"patient_id":9})"), other, &stored, m_now)
                     .messages(QStringLiteral("patient_id")),
                 QStringList{QStringLiteral("cannot be changed; book a new appointment instead")});
        Appointment skipped = stored;
        QCOMPARE(applyAppointmentChanges(json(R"({"status":"completed"})"), skipped, &stored, m_now)
                     .messages(QStringLiteral("status")),
                 QStringList{QStringLiteral("cannot move from scheduled to completed")});
        Appointment done = stored;
        done.status = AppointmentStatus::Completed;
        Appointment rescheduled = done;
        QCOMPARE(applyAppointmentChanges(json(R"({"appointment_datetime":"2026-11-26T09:30:00Z"})"),
                                         rescheduled, &done, m_now)
                     .messages(QStringLiteral("appointment_datetime")),
                 QStringList{QStringLiteral("a completed appointment cannot be rescheduled")});
    }

    // Cancelling, marking a no-show, amending and deactivating need a reason
    // (1..500 characters, one line); nothing else may give one.
    void changeReasons()
    {
        Appointment stored;
        QVERIFY(applyAppointmentChanges(
                    json(R"({"patient_id":1,"doctor_id":2,"appointment_datetime":"2026-11-25T09:30:00Z"})"),
                    stored, nullptr, m_now)
                    .isEmpty());
        const QStringList required{QStringLiteral("is required")};
        const QStringList onlyWhenCancelling{
            QStringLiteral("only given when cancelling or marking a no-show")};
        Appointment cancelled = stored;
        QVERIFY(applyAppointmentChanges(json(R"({"status":"cancelled","status_reason":" Unwell "})"),
                                        cancelled, &stored, m_now)
                    .isEmpty());
        QCOMPARE(cancelled.status, AppointmentStatus::Cancelled);
        QCOMPARE(cancelled.statusReason, QStringLiteral("Unwell"));
        QCOMPARE(cancelled.toJson().value(QStringLiteral("status_reason")).toString(),
                 QStringLiteral("Unwell"));
        QVERIFY(stored.toJson().value(QStringLiteral("status_reason")).isNull());
        Appointment unexplained = stored;
        QCOMPARE(applyAppointmentChanges(json(R"({"status":"no_show"})"), unexplained, &stored, m_now)
                     .messages(QStringLiteral("status_reason")),
                 required);
        const QByteArray longest =
            "{\"status\":\"no_show\",\"status_reason\":\"" + QByteArray(500, 'r') + "\"}";
        Appointment atLimit = stored;
        QVERIFY(applyAppointmentChanges(json(longest.constData()), atLimit, &stored, m_now).isEmpty());
        const QByteArray tooLong =
            "{\"status\":\"no_show\",\"status_reason\":\"" + QByteArray(501, 'r') + "\"}";
        Appointment overLimit = stored;
        QCOMPARE(applyAppointmentChanges(json(tooLong.constData()), overLimit, &stored, m_now)
                     .messages(QStringLiteral("status_reason")),
                 QStringList{QStringLiteral("must be at most 500 characters")});
        for (
            const char *body :
            {R"({"status":"checked_in","status_reason":"x"})", R"({"notes":"x","status_reason":"x"})",
             R"({"patient_id":1,"doctor_id":2,"appointment_datetime":"2026-11-25T09:30:00Z","status_reason":"x"})"}) {
            Appointment target = stored;
            const bool booking = QByteArray(body).contains("patient_id");
            const ValidationErrors errors =
                applyAppointmentChanges(json(body), target, booking ? nullptr : &stored, m_now);
            QVERIFY2(onlyError(errors, QStringLiteral("status_reason"), onlyWhenCancelling.first()), body);
        }
        // Cancelled already: notes may be written, the reason stays.
        Appointment noted = cancelled;
        QVERIFY(applyAppointmentChanges(json(R"({"notes":"Rebooked","status_reason":null})"), noted,
                                        &cancelled, m_now)
                    .isEmpty());
        QCOMPARE(noted.statusReason, QStringLiteral("Unwell"));

        MedicalRecord record;
        QVERIFY(applyRecordChanges(json(R"({"patient_id":1,"diagnosis":"Flu"})"), record, nullptr, m_now)
                    .isEmpty());
        MedicalRecord refusedNew;
        QVERIFY(onlyError(
            applyRecordChanges(json(R"({"patient_id":1,"diagnosis":"Flu","amendment_reason":"x"})"),
                               refusedNew, nullptr, m_now),
            QStringLiteral("amendment_reason"), QStringLiteral("only given when amending a record")));
        MedicalRecord amended = record;
        QVERIFY(onlyError(applyRecordChanges(json(R"({"diagnosis":"Cold"})"), amended, &record, m_now),
                          QStringLiteral("amendment_reason"), required.first()));
        amended = record;
        QVERIFY(applyRecordChanges(json(R"({"diagnosis":"Cold","amendment_reason":"Swab negative"})"),
                                   amended, &record, m_now)
                    .isEmpty());
        QCOMPARE(amended.amendmentReason, QStringLiteral("Swab negative"));

        User active;
        active.fullName = QStringLiteral("Nia Nurse");
        User leaving = active;
        QVERIFY(onlyError(applyUserChanges(json(R"({"active":false})"), leaving, active),
                          QStringLiteral("deactivation_reason"), required.first()));
        leaving = active;
        QVERIFY(applyUserChanges(json(R"({"active":false,"deactivation_reason":"Retired"})"), leaving, active)
                    .isEmpty());
        QVERIFY(!leaving.active);
        QCOMPARE(leaving.deactivationReason, QStringLiteral("Retired"));
        QCOMPARE(leaving.toJson().value(QStringLiteral("deactivation_reason")).toString(),
                 QStringLiteral("Retired"));
        User back = leaving;
        QVERIFY(applyUserChanges(json(R"({"active":true})"), back, leaving).isEmpty());
        QVERIFY(back.active);
        QVERIFY(back.toJson().value(QStringLiteral("deactivation_reason")).isNull());
        User renamed = active;
        QVERIFY(onlyError(
            applyUserChanges(json(R"({"full_name":"N. Nurse","deactivation_reason":"x"})"), renamed, active),
            QStringLiteral("deactivation_reason"), QStringLiteral("only given when deactivating")));
    }

    void record_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("valid") << QByteArray(R"({"patient_id":1,"diagnosis":"Flu"})") << QString()
                               << QString();
        QTest::newRow("diagnosis missing") << QByteArray(R"({"patient_id":1})") << "diagnosis"
                                           << "is required";
        QTest::newRow("diagnosis 2001")
            << ("{\"patient_id\":1,\"diagnosis\":\"" + QByteArray(2001, 'd') + "\"}") << "diagnosis"
            << "must be at most 2000 characters";
        QTest::newRow("prescription 4001")
            << ("{\"patient_id\":1,\"diagnosis\":\"x\",\"prescription\":\"" + QByteArray(4001, 'p') + "\"}")
            << "prescription"
            << "must be at most 4000 characters";
        QTest::newRow("notes 4001") << ("{\"patient_id\":1,\"diagnosis\":\"x\",\"notes\":\"" +
                                        QByteArray(4001, 'n') + "\"}")
                                    << "notes"
                                    << "must be at most 4000 characters";
        QTest::newRow("notes 4000") << ("{\"patient_id\":1,\"diagnosis\":\"x\",\"notes\":\"" +
                                        QByteArray(4000, 'n') + "\"}")
                                    << QString() << QString();
        QTest::newRow("record date future")
            << QByteArray(R"({"patient_id":1,"diagnosis":"x","record_date":"2026-11-30"})") << "record_date"
            << "must not be in the future";
        QTest::newRow("record date bad")
            << QByteArray(R"({"patient_id":1,"diagnosis":"x","record_date":"yesterday"})") << "record_date"
            << "must be a date in the form YYYY-MM-DD";
        QTest::newRow("record date 1899")
            << QByteArray(R"({"patient_id":1,"diagnosis":"x","record_date":"1899-12-31"})") << "record_date"
            << "must not be before 1900-01-01";
        QTest::newRow("diagnosis several lines")
            << QByteArray(R"({"patient_id":1,"diagnosis":"Flu\n\tfever","prescription":"Rest\r\nFluids"})")
            << QString() << QString();
        QTest::newRow("diagnosis invisible only")
            << QByteArray(R"({"patient_id":1,"diagnosis":" \u200b\u3164 "})") << "diagnosis"
            << "is required";
        QTest::newRow("prescription NUL")
            << QByteArray(R"({"patient_id":1,"diagnosis":"x","prescription":"a\u0000"})") << "prescription"
            << "must not contain control characters other than tab and line breaks";
        QTest::newRow("patient missing") << QByteArray(R"({"diagnosis":"x"})") << "patient_id"
                                         << "is required";
        QTest::newRow("appointment bad")
            << QByteArray(R"({"patient_id":1,"diagnosis":"x","appointment_id":-3})") << "appointment_id"
            << "must be a positive integer id";
    }

    void record()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, message);
        MedicalRecord record;
        const ValidationErrors errors =
            applyRecordChanges(QJsonDocument::fromJson(body).object(), record, nullptr, m_now);
        QVERIFY2(onlyError(errors, field, message), QJsonDocument(errors.toJson()).toJson().constData());
        if (field.isEmpty())
            QCOMPARE(record.recordDate, m_now.date()); // defaults to today
    }

    void users_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("field");
        QTest::newRow("ok") << "dr.who"
                            << "correct horse battery" << QString();
        QTest::newRow("username short") << "ab"
                                        << "correct horse battery"
                                        << "username";
        QTest::newRow("username upper") << "Dr.Who"
                                        << "correct horse battery"
                                        << "username";
        QTest::newRow("username space") << "dr who"
                                        << "correct horse battery"
                                        << "username";
        QTest::newRow("password 11") << "dr.who"
                                     << "12345678901"
                                     << "password";
        QTest::newRow("password 12") << "dr.who"
                                     << "123456789012" << QString();
        QTest::newRow("password 12 non-ascii")
            << "dr.who" << QStringLiteral("ééééééééééé\U0001F600") << QString();
        QTest::newRow("password 128") << "dr.who" << QString(128, QLatin1Char('p')) << QString();
        QTest::newRow("password 129") << "dr.who" << QString(129, QLatin1Char('p')) << "password";
        QTest::newRow("password NUL") << "dr.who" << QStringLiteral("correct horse") + QChar(0) << "password";
        QTest::newRow("username NUL") << QStringLiteral("dr.who") + QChar(0) << "correct horse battery"
                                      << "username";
        QTest::newRow("username line break") << "dr.who\n"
                                             << "correct horse battery"
                                             << "username";
    }

    void users()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, field);
        ValidationErrors errors = validateUsername(username);
        errors.merge(validatePassword(password));
        if (field.isEmpty())
            QVERIFY2(errors.isEmpty(), QJsonDocument(errors.toJson()).toJson().constData());
        else
            QCOMPARE(errors.fields(), QStringList{field});
    }

    void text_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("blank");
        QTest::addColumn<bool>("cleanSingle");
        QTest::addColumn<bool>("cleanMulti");
        QTest::newRow("empty") << QString() << 0 << true << true << true;
        QTest::newRow("letters") << QStringLiteral("Ada") << 3 << false << true << true;
        QTest::newRow("emoji") << QStringLiteral("\U0001F600\U0001F600") << 2 << false << true << true;
        QTest::newRow("combining accent") << QStringLiteral("e\u0301") << 2 << false << true << true;
        QTest::newRow("spaces") << QStringLiteral(" \u00A0\u3000") << 3 << true << true << true;
        QTest::newRow("zero-width") << QStringLiteral("\u200B\u200C\u200D\u2060\uFEFF") << 5 << true << true
                                    << true;
        QTest::newRow("tag characters") << QStringLiteral("\U000E0041") << 1 << true << true << true;
        QTest::newRow("tab") << QStringLiteral("a\tb") << 3 << false << false << true;
        QTest::newRow("CR LF") << QStringLiteral("a\r\nb") << 4 << false << false << true;
        QTest::newRow("tab only") << QStringLiteral("\t") << 1 << true << false << true;
        QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) << 2 << false << false << false;
        QTest::newRow("vertical tab") << QStringLiteral("a\vb") << 3 << false << false << false;
        QTest::newRow("DEL") << QStringLiteral("a\u007F") << 2 << false << false << false;
        QTest::newRow("C1") << QStringLiteral("a\u0085") << 2 << false << false << false;
        QTest::newRow("after C1") << QStringLiteral("a\u00A0") << 2 << false << true << true;
        QTest::newRow("lone high") << QString(QChar(0xD800)) << 1 << false << false << false;
        QTest::newRow("lone low") << QString(QChar(0xDC00)) << 1 << false << false << false;
        QTest::newRow("high high low")
            << QString(QChar(0xD83D)) + QStringLiteral("\U0001F600") << 2 << false << false << false;
    }

    void text()
    {
        QFETCH(QString, value);
        QFETCH(int, length);
        QFETCH(bool, blank);
        QFETCH(bool, cleanSingle);
        QFETCH(bool, cleanMulti);
        QCOMPARE(text::length(value), length);
        QCOMPARE(text::isBlank(value), blank);
        QCOMPARE(text::isClean(value, text::Lines::Single), cleanSingle);
        QCOMPARE(text::isClean(value, text::Lines::Multi), cleanMulti);
    }

    void supportedRange()
    {
        QVERIFY(isInSupportedRange(QDate(1900, 1, 1)));
        QVERIFY(!isInSupportedRange(QDate(1899, 12, 31)));
        QVERIFY(isInSupportedRange(QDate(9999, 12, 31)));
        QVERIFY(!isInSupportedRange(QDate(10000, 1, 1)));
        QVERIFY(!isInSupportedRange(QDate()));
        QVERIFY(isInSupportedRange(*parseInstant(QStringLiteral("9999-12-31T23:59:59.999Z"))));
        QVERIFY(!isInSupportedRange(*parseInstant(QStringLiteral("9999-12-31T23:59:59.999-00:01"))));
        QVERIFY(isInSupportedRange(*parseInstant(QStringLiteral("1900-01-01T00:00:00Z"))));
        QVERIFY(!isInSupportedRange(*parseInstant(QStringLiteral("1900-01-01T00:00:00+00:01"))));
        // Every instant in the range keeps its fixed-width stored form, whose text order is time order.
        QCOMPARE(formatInstantMillis(latestInstant()).size(), 24);
        QCOMPARE(formatInstantMillis(earliestInstant()).size(), 24);
    }

    void instants_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc"); // empty: rejected
        QTest::newRow("Z") << "2026-11-24T09:30:00Z"
                           << "2026-11-24T09:30:00Z";
        QTest::newRow("offset") << "2026-11-24T09:30:00+01:00"
                                << "2026-11-24T08:30:00Z";
        QTest::newRow("negative offset") << "2026-11-24T21:30:00-05:30"
                                         << "2026-11-25T03:00:00Z";
        QTest::newRow("fraction") << "2026-11-24T09:30:00.250Z"
                                  << "2026-11-24T09:30:00.250Z";
        QTest::newRow("no offset") << "2026-11-24T09:30:00" << QString();
        QTest::newRow("bad hour") << "2026-11-24T24:30:00Z" << QString();
        QTest::newRow("bad date") << "2026-02-30T09:30:00Z" << QString();
        QTest::newRow("garbage") << "tomorrow" << QString();
    }

    void instants()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const auto parsed = parseInstant(text);
        if (utc.isEmpty()) {
            QVERIFY(!parsed);
        } else {
            QVERIFY(parsed);
            QCOMPARE(formatInstant(*parsed), utc);
        }
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
