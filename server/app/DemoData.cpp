#include "DemoData.h"

#include "services/Actor.h"
#include "services/AppointmentService.h"
#include "services/Clock.h"
#include "services/PatientService.h"
#include "services/RecordService.h"
#include "services/StaffService.h"
#include "shared/Instant.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace hms::server {

namespace {
struct DemoAccount
{
    const char *username;
    const char *fullName;
    const char *role;
    const char *password;
};

constexpr DemoAccount Accounts[] = {
    {"admin", "Alex Admin", "admin", "demo-admin-password"},
    {"dr.house", "Dr. Gregory House", "doctor", "demo-doctor-password"},
    {"dr.grey", "Dr. Meredith Grey", "doctor", "demo-doctor-password"},
    {"reception", "Rita Reception", "receptionist", "demo-reception-password"},
};

constexpr const char *FirstNames[] = {"Olivia",   "Liam",   "Emma",   "Noah",  "Amelia", "Oliver",
                                      "Ava",      "Elijah", "Sophia", "Lucas", "Mia",    "Mateo",
                                      "Isabella", "Levi",   "Aiyana", "Kenji", "Fatima", "Sven",
                                      "Chioma",   "Diego",  "Priya",  "Tomás", "Zainab", "Hiro"};
constexpr const char *LastNames[] = {"Smith",    "Johnson", "García",    "Okafor", "Nguyen",
                                     "Kowalski", "Müller",  "Rossi",     "Haddad", "Tanaka",
                                     "O'Brien",  "Larsen",  "Fernández", "Kim",    "Patel",
                                     "Dubois",   "Ivanova", "Mensah",    "Silva",  "Cohen"};
constexpr const char *BloodGroups[] = {"A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-"};
constexpr const char *Reasons[] = {"Annual check-up",        "Follow-up visit", "Persistent cough",
                                   "Blood pressure review",  "Vaccination",     "Back pain",
                                   "Lab results discussion", "Headaches"};
Actor demoActor()
{
    Actor actor;
    actor.username = QStringLiteral("hms-server --demo");
    actor.role = Role::Admin;
    return actor;
}
} // namespace

Result<DemoSummary, QString> seedDemoData(Database &db, PasswordHasher &hasher)
{
    UserRepository users(db);
    const auto existing = users.count();
    if (!existing)
        return existing.error().detail;
    if (existing.value() > 0)
        return DemoSummary{QStringLiteral("Demo data not added: the database already has staff accounts.")};

    StaffService staff(db, hasher);
    QList<qint64> doctorIds;
    QString text =
        QStringLiteral("Demo accounts (for trying HMS only; change or remove them before real use):\n");
    Actor doctor;
    for (const DemoAccount &account : Accounts) {
        const auto user =
            staff.create(demoActor(),
                         {QString::fromUtf8(account.username), QString::fromUtf8(account.fullName),
                          QString::fromUtf8(account.role), QString::fromUtf8(account.password)});
        if (!user)
            return QStringLiteral("cannot create demo user %1: %2")
                .arg(QString::fromUtf8(account.username), user.error().detail);
        if (user.value().role == Role::Doctor) {
            doctorIds.append(user.value().id);
            if (doctor.userId == 0)
                doctor = Actor{user.value().id,
                               user.value().username,
                               user.value().fullName,
                               Role::Doctor,
                               0,
                               {},
                               {},
                               {}};
        }
        text += QStringLiteral("  %1  %2  password: %3\n")
                    .arg(QString::fromUtf8(account.role).leftJustified(13),
                         QString::fromUtf8(account.username).leftJustified(10),
                         QString::fromUtf8(account.password));
    }

    PatientService patients(db);
    AppointmentService appointments(db);
    RecordService records(db);
    const Actor system = demoActor();
    const QDate today = utcNow().date();
    QList<qint64> patientIds;
    int n = 0;
    for (const char *last : LastNames) {
        for (int i = 0; i < 3; ++i, ++n) {
            const size_t firstIndex = size_t(n * 7 + i) % std::size(FirstNames);
            const QString first = QString::fromUtf8(FirstNames[firstIndex]);
            const QString surname = QString::fromUtf8(last);
            // ASCII local part: decompose accents, then keep letters and dots.
            QString local =
                (first + QLatin1Char('.') + surname).toLower().normalized(QString::NormalizationForm_D);
            local.remove(QRegularExpression(QStringLiteral("[^a-z.]")));
            const QString email = local + QStringLiteral("%1@example.org").arg(n);
            // The first names alternate female, male.
            const QString sex = firstIndex % 2 ? QStringLiteral("male") : QStringLiteral("female");
            const QJsonObject body{
                {QStringLiteral("name"), QString(first + QLatin1Char(' ') + surname)},
                {QStringLiteral("date_of_birth"),
                 formatDate(QDate(1940 + (n * 13) % 80, 1 + n % 12, 1 + (n * 5) % 28))},
                {QStringLiteral("sex"), sex},
                {QStringLiteral("email"), email},
                {QStringLiteral("phone"),
                 QStringLiteral("+1 555 %1").arg(1000 + n * 37, 4, 10, QLatin1Char('0'))},
                {QStringLiteral("blood_group"), QString::fromLatin1(BloodGroups[n % std::size(BloodGroups)])},
            };
            const auto patient = patients.create(system, body);
            if (!patient)
                return QStringLiteral("cannot create a demo patient: %1").arg(patient.error().detail);
            patientIds.append(patient.value().id);
        }
    }

    // A week of appointments from today, on the half hour in clinic hours
    // (local time of the server), each doctor booked about half the day.
    const QDateTime now = QDateTime::currentDateTime();
    int booked = 0;
    for (int day = 0; day < 7 && !doctorIds.isEmpty(); ++day) {
        for (int slot = 0; slot < 16; ++slot) {
            const QDateTime start(QDate::currentDate().addDays(day), QTime(9 + slot / 2, (slot % 2) * 30));
            const qint64 doctorId = doctorIds[(slot + day) % doctorIds.size()];
            if (start < now.addSecs(600) || (slot * 7 + day * 3) % 5 > 2)
                continue;
            const QJsonObject body{
                {QStringLiteral("patient_id"), patientIds[(booked * 7 + day) % patientIds.size()]},
                {QStringLiteral("doctor_id"), doctorId},
                {QStringLiteral("appointment_datetime"),
                 start.toOffsetFromUtc(start.offsetFromUtc()).toString(Qt::ISODate)},
                {QStringLiteral("duration_minutes"), 30},
                {QStringLiteral("reason"), QString::fromUtf8(Reasons[booked % std::size(Reasons)])}};
            if (appointments.book(system, body))
                ++booked;
        }
    }
    for (int i = 0; i < 6 && doctor.userId != 0; ++i) {
        const QJsonObject body{
            {QStringLiteral("patient_id"), patientIds[i]},
            {QStringLiteral("diagnosis"), QStringLiteral("Seasonal influenza")},
            {QStringLiteral("prescription"), QStringLiteral("Rest, fluids, paracetamol 500 mg")},
            {QStringLiteral("record_date"), formatDate(today.addDays(-i))}};
        (void)records.create(doctor, body);
    }
    text += QStringLiteral("%1 demo patients and a week of appointments were added.").arg(patientIds.size());
    return DemoSummary{text};
}

} // namespace hms::server
