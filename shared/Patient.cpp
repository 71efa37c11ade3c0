#include "Patient.h"

#include "FieldReader.h"
#include "Instant.h"
#include "JsonFields.h"
#include "Text.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>

namespace hms {

namespace {
// The messages' translation context, named so that lupdate finds it too: the
// client translates them (client/translations).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hms::Patient)
};

} // namespace

namespace patient {
QStringList sexes()
{
    return {QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("other"),
            QStringLiteral("unknown")};
}

QStringList bloodGroups()
{
    return {QStringLiteral("A+"),  QStringLiteral("A-"),  QStringLiteral("B+"), QStringLiteral("B-"),
            QStringLiteral("AB+"), QStringLiteral("AB-"), QStringLiteral("O+"), QStringLiteral("O-")};
}
} // namespace patient

QJsonObject Patient::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("mrn"), mrn},
        {QStringLiteral("name"), name},
        {QStringLiteral("date_of_birth"), formatDate(dateOfBirth)},
        {QStringLiteral("sex"), json::textOrNull(sex)},
        {QStringLiteral("email"), json::textOrNull(email)},
        {QStringLiteral("phone"), json::textOrNull(phone)},
        {QStringLiteral("address"), json::textOrNull(address)},
        {QStringLiteral("blood_group"), json::textOrNull(bloodGroup)},
        {QStringLiteral("created_at"), formatInstant(createdAt)},
        {QStringLiteral("updated_at"), formatInstant(updatedAt)},
        {QStringLiteral("version"), version},
    };
}

Patient Patient::fromJson(const QJsonObject &object)
{
    Patient patient;
    patient.id = object.value(QStringLiteral("id")).toInteger();
    patient.mrn = json::text(object, QStringLiteral("mrn"));
    patient.name = json::text(object, QStringLiteral("name"));
    patient.dateOfBirth = parseDate(json::text(object, QStringLiteral("date_of_birth"))).value_or(QDate());
    patient.sex = json::text(object, QStringLiteral("sex"));
    patient.email = json::text(object, QStringLiteral("email"));
    patient.phone = json::text(object, QStringLiteral("phone"));
    patient.address = json::text(object, QStringLiteral("address"));
    patient.bloodGroup = json::text(object, QStringLiteral("blood_group"));
    patient.createdAt = parseInstant(json::text(object, QStringLiteral("created_at"))).value_or(QDateTime());
    patient.updatedAt = parseInstant(json::text(object, QStringLiteral("updated_at"))).value_or(QDateTime());
    patient.version = object.value(QStringLiteral("version")).toInt();
    return patient;
}

bool isValidEmail(const QString &email)
{
    // Deliberately simple: one @, no spaces, a dot in the domain, no empty labels.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$)"));
    if (email.size() > patient::EmailMaxLength)
        return false;
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0 || at > 64)
        return false;
    const QString local = email.left(at);
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) ||
        local.contains(QStringLiteral("..")))
        return false;
    return pattern.match(email).hasMatch();
}

ValidationErrors validatePatient(const Patient &p, const QDateTime &now)
{
    ValidationErrors errors;
    text::required(errors, QStringLiteral("name"), p.name, {patient::NameMaxLength, text::Lines::Single});

    if (!p.dateOfBirth.isValid())
        errors.add(QStringLiteral("date_of_birth"), Tr::tr("is required"));
    else if (p.dateOfBirth > latestDateOnEarth(now))
        errors.add(QStringLiteral("date_of_birth"), Tr::tr("must not be in the future"));

    if (!p.sex.isNull() && !patient::sexes().contains(p.sex))
        errors.add(QStringLiteral("sex"), Tr::tr("must be one of female, male, other, unknown"));

    if (!p.email.isNull() && !isValidEmail(p.email))
        errors.add(QStringLiteral("email"), Tr::tr("must be a valid email address"));

    if (!p.phone.isNull()) {
        static const QRegularExpression allowed(QStringLiteral(R"(^[0-9 +\-().]*$)"));
        const qsizetype digits =
            std::count_if(p.phone.cbegin(), p.phone.cend(), [](QChar c) { return c.isDigit(); });
        text::optional(errors, QStringLiteral("phone"), p.phone,
                       {patient::PhoneMaxLength, text::Lines::Single});
        if (!allowed.match(p.phone).hasMatch())
            errors.add(QStringLiteral("phone"), Tr::tr("may contain only digits, spaces and + - ( ) ."));
        else if (digits < patient::PhoneMinDigits)
            errors.add(QStringLiteral("phone"), Tr::tr("must contain at least 6 digits"));
    }

    text::optional(errors, QStringLiteral("address"), p.address,
                   {patient::AddressMaxLength, text::Lines::Multi});

    if (!p.bloodGroup.isNull() && !patient::bloodGroups().contains(p.bloodGroup))
        errors.add(QStringLiteral("blood_group"), Tr::tr("must be one of A+ A- B+ B- AB+ AB- O+ O-"));
    return errors;
}

ValidationErrors applyPatientChanges(const QJsonObject &body, Patient &p, const QDateTime &now)
{
    ValidationErrors errors;
    FieldReader reader(body, errors);
    reader.requiredText(QStringLiteral("name"), p.name);
    reader.requiredDate(QStringLiteral("date_of_birth"), p.dateOfBirth);
    reader.optionalText(QStringLiteral("sex"), p.sex);
    reader.optionalText(QStringLiteral("email"), p.email);
    reader.optionalText(QStringLiteral("phone"), p.phone);
    reader.optionalText(QStringLiteral("address"), p.address);
    reader.optionalText(QStringLiteral("blood_group"), p.bloodGroup);
    if (!p.bloodGroup.isNull())
        p.bloodGroup = p.bloodGroup.toUpper();
    // A field with a type error keeps its old value; report only that error for it.
    const ValidationErrors rules = validatePatient(p, now);
    for (const QString &field : rules.fields()) {
        if (!errors.has(field)) {
            for (const QString &message : rules.messages(field))
                errors.add(field, message);
        }
    }
    return errors;
}

} // namespace hms
