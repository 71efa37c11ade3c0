// Request bodies of every resource through the same decoding and validation
// the server applies: the first byte chooses the resource and the operation,
// the rest is the raw body, decoded as the dispatcher decodes it.
//
//   0 patient create        3 appointment update     6 user create
//   1 patient update        4 record create          7 user update
//   2 appointment booking   5 record amendment       8 sign-in
//
// Invariants: a value that validation accepts is valid by itself, survives
// the response's JSON (written, read back, decoded as the client decodes it)
// and the database's UTF-8 unchanged, and is accepted unchanged when that
// JSON is sent back; field errors name only fields of the resource and
// survive their own JSON.
#include "FuzzSupport.h"

#include "shared/Appointment.h"
#include "shared/ChangeReason.h"
#include "shared/Instant.h"
#include "shared/MedicalRecord.h"
#include "shared/Patient.h"
#include "shared/Role.h"
#include "shared/Text.h"
#include "shared/User.h"

#include <QSet>
#include <QStringDecoder>
#include <QTimeZone>
#include <initializer_list>

using namespace hms;

namespace {

const QDateTime &now()
{
    static const QDateTime instant(QDate(2026, 11, 24), QTime(9, 30), QTimeZone::utc());
    return instant;
}

QString describe(const ValidationErrors &errors)
{
    return fuzz::compact(errors.toJson());
}

void checkErrors(const ValidationErrors &errors, std::initializer_list<const char *> fields)
{
    QSet<QString> known;
    for (const char *field : fields)
        known.insert(QString::fromLatin1(field));
    for (const QString &field : errors.fields()) {
        HMS_FUZZ_CHECK(known.contains(field), QStringLiteral("unknown field in %1").arg(describe(errors)));
        HMS_FUZZ_CHECK(!errors.messages(field).isEmpty(), describe(errors));
        for (const QString &message : errors.messages(field))
            HMS_FUZZ_CHECK(!message.isEmpty(), describe(errors));
    }
    const ValidationErrors back = ValidationErrors::fromJson(fuzz::throughTheWire(errors.toJson()));
    HMS_FUZZ_CHECK(back.fields() == errors.fields(), describe(errors));
    for (const QString &field : errors.fields())
        HMS_FUZZ_CHECK(back.messages(field) == errors.messages(field), describe(errors));
}

// Text is stored (both engines) and sent as UTF-8: an accepted text must
// survive it, as a lone surrogate (from a "\ud800" escape) would not. (A
// leading U+FEFF survives the bytes; QString::fromUtf8 alone would drop it.)
void checkStorable(std::initializer_list<const QString *> texts)
{
    for (const QString *text : texts) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::ConvertInitialBom);
        const QString back = decoder.decode(text->toUtf8());
        HMS_FUZZ_CHECK(text->isValidUtf16() && back == *text, fuzz::compact(QJsonArray{*text}));
    }
}

// Stored values get what the server adds: id, timestamps, version.
template<typename T> T stored(T value)
{
    value.id = 41;
    value.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), QTimeZone::utc());
    value.updatedAt = now();
    value.version = 3;
    return value;
}

// -- patients

bool samePatient(const Patient &a, const Patient &b)
{
    return a.id == b.id && a.mrn == b.mrn && a.name == b.name && a.dateOfBirth == b.dateOfBirth &&
        a.sex == b.sex && a.email == b.email && a.phone == b.phone && a.address == b.address &&
        a.bloodGroup == b.bloodGroup && a.createdAt == b.createdAt && a.updatedAt == b.updatedAt &&
        a.version == b.version;
}

Patient storedPatient()
{
    Patient p;
    p.mrn = QStringLiteral("MRN-000041");
    p.name = QStringLiteral("Ada Lovelace");
    p.dateOfBirth = QDate(1815, 12, 10).addYears(100);
    p.sex = QStringLiteral("female");
    p.email = QStringLiteral("ada@example.org");
    p.phone = QStringLiteral("+44 20 7946 0000");
    return stored(p);
}

void patientBody(const QJsonObject &body, bool update)
{
    Patient p = update ? storedPatient() : Patient{};
    const ValidationErrors errors = applyPatientChanges(body, p, now());
    checkErrors(errors, {"name", "date_of_birth", "sex", "email", "phone", "address", "blood_group"});
    if (!errors.isEmpty())
        return;
    HMS_FUZZ_CHECK(validatePatient(p, now()).isEmpty(), describe(validatePatient(p, now())));
    checkStorable({&p.name, &p.sex, &p.email, &p.phone, &p.address, &p.bloodGroup});
    if (!update)
        p.mrn = QStringLiteral("MRN-000041");
    p = stored(p);
    const QJsonObject json = p.toJson();
    HMS_FUZZ_CHECK(samePatient(Patient::fromJson(fuzz::throughTheWire(json)), p), fuzz::compact(json));
    Patient resent = p;
    const ValidationErrors again = applyPatientChanges(json, resent, now());
    HMS_FUZZ_CHECK(again.isEmpty(), describe(again) + QLatin1Char(' ') + fuzz::compact(json));
    HMS_FUZZ_CHECK(samePatient(resent, p),
                   fuzz::compact(json) + QStringLiteral(" became ") + fuzz::compact(resent.toJson()));
}

// -- appointments

bool sameAppointment(const Appointment &a, const Appointment &b)
{
    return a.id == b.id && a.patientId == b.patientId && a.patientName == b.patientName &&
        a.doctorId == b.doctorId && a.doctorName == b.doctorName && a.start == b.start &&
        a.durationMinutes == b.durationMinutes && a.status == b.status && a.reason == b.reason &&
        a.notes == b.notes && a.statusReason == b.statusReason && a.createdAt == b.createdAt &&
        a.updatedAt == b.updatedAt && a.version == b.version;
}

Appointment storedAppointment(AppointmentStatus status)
{
    Appointment a;
    a.patientId = 7;
    a.patientName = QStringLiteral("Ada Lovelace");
    a.doctorId = 2;
    a.doctorName = QStringLiteral("Gregory House");
    a.start = now().addDays(1);
    a.status = status;
    a.reason = QStringLiteral("Check-up");
    if (status == AppointmentStatus::Cancelled || status == AppointmentStatus::NoShow)
        a.statusReason = QStringLiteral("The patient called");
    return stored(a);
}

void appointmentBody(const QJsonObject &body, std::optional<AppointmentStatus> originalStatus)
{
    const std::optional<Appointment> original =
        originalStatus ? std::optional(storedAppointment(*originalStatus)) : std::nullopt;
    Appointment a = original.value_or(Appointment{});
    const ValidationErrors errors = applyAppointmentChanges(body, a, original ? &*original : nullptr, now());
    checkErrors(errors,
                {"patient_id", "doctor_id", "appointment_datetime", "duration_minutes", "reason", "notes",
                 "status", "status_reason"});
    if (!errors.isEmpty())
        return;
    HMS_FUZZ_CHECK(a.start.isValid() && a.patientId > 0 && a.doctorId > 0, fuzz::compact(a.toJson()));
    HMS_FUZZ_CHECK(a.durationMinutes >= appointment::MinDuration &&
                       a.durationMinutes <= appointment::MaxDuration,
                   fuzz::compact(a.toJson()));
    HMS_FUZZ_CHECK(!original || a.status == original->status ||
                       canMoveAppointment(original->status, a.status),
                   fuzz::compact(a.toJson()));
    // Start and end are stored, and ordered alike on both engines, within the supported range.
    HMS_FUZZ_CHECK(isInSupportedRange(a.start) && a.end() <= latestInstant(), fuzz::compact(a.toJson()));
    // A cancellation or a no-show has its reason, one line within the limit; nothing else gives one.
    const bool cancelled = original && a.status != original->status &&
        (a.status == AppointmentStatus::Cancelled || a.status == AppointmentStatus::NoShow);
    HMS_FUZZ_CHECK(cancelled ? !a.statusReason.isEmpty() && a.statusReason != original->statusReason
                             : a.statusReason == (original ? original->statusReason : QString()),
                   fuzz::compact(a.toJson()));
    HMS_FUZZ_CHECK(text::length(a.statusReason) <= reason::MaxLength &&
                       text::isClean(a.statusReason, text::Lines::Single),
                   fuzz::compact(a.toJson()));
    checkStorable({&a.reason, &a.notes, &a.statusReason});
    a.patientName = QStringLiteral("Ada Lovelace");
    a.doctorName = QStringLiteral("Gregory House");
    a = stored(a);
    // Instants leave the server in UTC with milliseconds at most.
    a.start = a.start.toUTC();
    const QJsonObject json = a.toJson();
    HMS_FUZZ_CHECK(sameAppointment(Appointment::fromJson(fuzz::throughTheWire(json)), a),
                   fuzz::compact(json));
    // Sent back, it moves nothing, so it gives no status_reason.
    QJsonObject resentBody = json;
    resentBody.remove(QStringLiteral("status_reason"));
    Appointment resent = a;
    const ValidationErrors again = applyAppointmentChanges(resentBody, resent, &a, now());
    HMS_FUZZ_CHECK(again.isEmpty(), describe(again) + QLatin1Char(' ') + fuzz::compact(json));
    HMS_FUZZ_CHECK(sameAppointment(resent, a),
                   fuzz::compact(json) + QStringLiteral(" became ") + fuzz::compact(resent.toJson()));
}

// -- medical records

bool sameRecord(const MedicalRecord &a, const MedicalRecord &b)
{
    return a.id == b.id && a.patientId == b.patientId && a.authorId == b.authorId &&
        a.doctorName == b.doctorName && a.diagnosis == b.diagnosis && a.prescription == b.prescription &&
        a.recordDate == b.recordDate && a.notes == b.notes && a.appointmentId == b.appointmentId &&
        a.createdAt == b.createdAt && a.updatedAt == b.updatedAt && a.version == b.version &&
        a.amendmentReason == b.amendmentReason && a.updatedById == b.updatedById &&
        a.updatedByName == b.updatedByName;
}

MedicalRecord storedRecord()
{
    MedicalRecord r;
    r.patientId = 7;
    r.authorId = 2;
    r.doctorName = QStringLiteral("Gregory House");
    r.diagnosis = QStringLiteral("Seasonal influenza");
    r.recordDate = now().date();
    return stored(r);
}

void recordBody(const QJsonObject &body, bool amendment)
{
    const std::optional<MedicalRecord> original = amendment ? std::optional(storedRecord()) : std::nullopt;
    MedicalRecord r = original.value_or(MedicalRecord{});
    const ValidationErrors errors = applyRecordChanges(body, r, original ? &*original : nullptr, now());
    checkErrors(errors,
                {"patient_id", "diagnosis", "prescription", "notes", "appointment_id", "record_date",
                 "amendment_reason"});
    if (!errors.isEmpty())
        return;
    HMS_FUZZ_CHECK(r.patientId > 0 && !r.diagnosis.isEmpty() && r.recordDate.isValid(),
                   fuzz::compact(r.toJson()));
    HMS_FUZZ_CHECK(r.appointmentId >= 0, fuzz::compact(r.toJson()));
    // An amendment has its reason, one line within the limit; a new record has none.
    HMS_FUZZ_CHECK(amendment ? !r.amendmentReason.isEmpty() : r.amendmentReason.isEmpty(),
                   fuzz::compact(r.toJson()));
    HMS_FUZZ_CHECK(text::length(r.amendmentReason) <= reason::MaxLength &&
                       text::isClean(r.amendmentReason, text::Lines::Single),
                   fuzz::compact(r.toJson()));
    checkStorable({&r.diagnosis, &r.prescription, &r.notes, &r.amendmentReason});
    r.authorId = r.updatedById = 2;
    r.doctorName = r.updatedByName = QStringLiteral("Gregory House");
    r = stored(r);
    const QJsonObject json = r.toJson();
    HMS_FUZZ_CHECK(sameRecord(MedicalRecord::fromJson(fuzz::throughTheWire(json)), r), fuzz::compact(json));
    // Sent back as an amendment, it needs a reason of its own.
    QJsonObject resentBody = json;
    resentBody.insert(QStringLiteral("amendment_reason"), QStringLiteral("Sent back unchanged"));
    MedicalRecord resent = r;
    const ValidationErrors again = applyRecordChanges(resentBody, resent, &r, now());
    HMS_FUZZ_CHECK(again.isEmpty(), describe(again) + QLatin1Char(' ') + fuzz::compact(json));
    resent.amendmentReason = r.amendmentReason;
    HMS_FUZZ_CHECK(sameRecord(resent, r),
                   fuzz::compact(json) + QStringLiteral(" became ") + fuzz::compact(resent.toJson()));
}

// -- users and sign-in

bool sameUser(const User &a, const User &b)
{
    return a.id == b.id && a.username == b.username && a.fullName == b.fullName && a.role == b.role &&
        a.active == b.active && a.deactivationReason == b.deactivationReason && a.createdAt == b.createdAt &&
        a.updatedAt == b.updatedAt && a.version == b.version;
}

void checkUser(const User &u)
{
    HMS_FUZZ_CHECK(validateUsername(u.username).isEmpty() && normalizeUsername(u.username) == u.username,
                   u.username);
    HMS_FUZZ_CHECK(validateFullName(u.fullName).isEmpty() && u.fullName.trimmed() == u.fullName, u.fullName);
    checkStorable({&u.username, &u.fullName, &u.deactivationReason});
    const QJsonObject json = u.toJson();
    HMS_FUZZ_CHECK(sameUser(User::fromJson(fuzz::throughTheWire(json)), u), fuzz::compact(json));
}

// As UsersApi::create and StaffService::create check a new user before it is stored.
void userCreateBody(const QJsonObject &body)
{
    for (const char *field : {"username", "full_name", "role", "password"}) {
        if (!body.value(QString::fromLatin1(field)).isString())
            return; // 422: "is required"
    }
    const QString password = body.value(QStringLiteral("password")).toString();
    User u;
    u.username = normalizeUsername(body.value(QStringLiteral("username")).toString());
    u.fullName = body.value(QStringLiteral("full_name")).toString().trimmed();
    ValidationErrors errors = validateUsername(u.username);
    errors.merge(validateFullName(u.fullName));
    errors.merge(validatePassword(password));
    const std::optional<Role> role = roleFromName(body.value(QStringLiteral("role")).toString());
    if (!role)
        errors.add(QStringLiteral("role"), QStringLiteral("must be one of admin, doctor, receptionist"));
    checkErrors(errors, {"username", "full_name", "password", "role"});
    if (!errors.isEmpty())
        return;
    checkStorable({&password});
    const qsizetype characters = password.toUcs4().size();
    HMS_FUZZ_CHECK(characters >= user::PasswordMinLength && characters <= user::PasswordMaxLength,
                   QString::number(characters));
    u.role = *role;
    checkUser(stored(u));
}

// As StaffService::update reads the writable fields of a user: the active
// account of the first input byte's choice, or a deactivated one.
void userUpdateBody(const QJsonObject &body, bool active)
{
    User current;
    current.username = QStringLiteral("dr.house");
    current.fullName = QStringLiteral("Gregory House");
    current.role = Role::Doctor;
    current.active = active;
    if (!active)
        current.deactivationReason = QStringLiteral("Left the clinic");
    current = stored(current);
    User changed = current;
    const ValidationErrors errors = applyUserChanges(body, changed, current);
    checkErrors(errors, {"full_name", "role", "active", "deactivation_reason"});
    if (!errors.isEmpty())
        return;
    // Deactivating gives a reason, one line within the limit; an active account has none.
    const bool deactivated = current.active && !changed.active;
    HMS_FUZZ_CHECK(changed.active    ? changed.deactivationReason.isEmpty()
                       : deactivated ? !changed.deactivationReason.isEmpty()
                                     : changed.deactivationReason == current.deactivationReason,
                   fuzz::compact(changed.toJson()));
    HMS_FUZZ_CHECK(text::length(changed.deactivationReason) <= reason::MaxLength &&
                       text::isClean(changed.deactivationReason, text::Lines::Single),
                   fuzz::compact(changed.toJson()));
    checkUser(changed);
}

// As AuthApi::login and AuthService::login read a sign-in.
void signInBody(const QJsonObject &body)
{
    const QJsonValue username = body.value(QStringLiteral("username"));
    const QJsonValue password = body.value(QStringLiteral("password"));
    if (!username.isString() || username.toString().isEmpty() || !password.isString() ||
        password.toString().isEmpty())
        return; // 422
    const QString name = normalizeUsername(username.toString()).left(user::UsernameMaxLength);
    HMS_FUZZ_CHECK(name.size() <= user::UsernameMaxLength, name);
    // A name a user could have signs in however it is cased or padded.
    if (validateUsername(name).isEmpty()) {
        const QString typed = QStringLiteral("  ") + name.toUpper() + QStringLiteral("\t");
        HMS_FUZZ_CHECK(normalizeUsername(typed).left(user::UsernameMaxLength) == name, typed);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const std::optional<QJsonObject> body = fuzz::decodeBody(fuzz::bytes(data + 1, size - 1));
    if (!body)
        return 0;
    constexpr AppointmentStatus statuses[] = {AppointmentStatus::Scheduled, AppointmentStatus::CheckedIn,
                                              AppointmentStatus::Completed, AppointmentStatus::Cancelled,
                                              AppointmentStatus::NoShow};
    switch (data[0] % 9) {
    case 0:
        patientBody(*body, false);
        break;
    case 1:
        patientBody(*body, true);
        break;
    case 2:
        appointmentBody(*body, std::nullopt);
        break;
    case 3:
        appointmentBody(*body, statuses[(data[0] / 9) % 5]);
        break;
    case 4:
        recordBody(*body, false);
        break;
    case 5:
        recordBody(*body, true);
        break;
    case 6:
        userCreateBody(*body);
        break;
    case 7:
        userUpdateBody(*body, (data[0] / 9) % 2 == 0);
        break;
    default:
        signInBody(*body);
        break;
    }
    return 0;
}
