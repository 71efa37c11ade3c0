#include "User.h"

#include "ChangeReason.h"
#include "FieldReader.h"
#include "Instant.h"
#include "JsonFields.h"
#include "Text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hms {

namespace {
// The messages' translation context, named so that lupdate finds it too: the
// client translates them (client/translations).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hms::User)
};
} // namespace

QJsonObject User::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("username"), username},
        {QStringLiteral("full_name"), fullName},
        {QStringLiteral("role"), roleName(role)},
        {QStringLiteral("active"), active},
        {QStringLiteral("deactivation_reason"), json::textOrNull(deactivationReason)},
        {QStringLiteral("created_at"), formatInstant(createdAt)},
        {QStringLiteral("updated_at"), formatInstant(updatedAt)},
        {QStringLiteral("version"), version},
    };
}

User User::fromJson(const QJsonObject &o)
{
    User u;
    u.id = o.value(QStringLiteral("id")).toInteger();
    u.username = o.value(QStringLiteral("username")).toString();
    u.fullName = o.value(QStringLiteral("full_name")).toString();
    u.role = roleFromName(o.value(QStringLiteral("role")).toString()).value_or(Role::Receptionist);
    u.active = o.value(QStringLiteral("active")).toBool(true);
    u.deactivationReason = json::text(o, QStringLiteral("deactivation_reason"));
    u.createdAt = parseInstant(o.value(QStringLiteral("created_at")).toString()).value_or(QDateTime());
    u.updatedAt = parseInstant(o.value(QStringLiteral("updated_at")).toString()).value_or(QDateTime());
    u.version = o.value(QStringLiteral("version")).toInt();
    return u;
}

ValidationErrors applyUserChanges(const QJsonObject &body, User &u, const User &original)
{
    ValidationErrors errors;
    FieldReader reader(body, errors);
    reader.requiredText(QStringLiteral("full_name"), u.fullName);
    if (body.contains(QStringLiteral("role"))) {
        const std::optional<Role> role = roleFromName(body.value(QStringLiteral("role")).toString());
        if (!role)
            errors.add(QStringLiteral("role"), Tr::tr("must be one of admin, doctor, receptionist"));
        else
            u.role = *role;
    }
    reason::Need reasonNeed = reason::Need::Refused;
    if (body.contains(QStringLiteral("active"))) {
        if (!body.value(QStringLiteral("active")).isBool()) {
            errors.add(QStringLiteral("active"), Tr::tr("must be true or false"));
            reasonNeed = reason::Need::Unknown;
        } else {
            u.active = body.value(QStringLiteral("active")).toBool();
            if (original.active && !u.active)
                reasonNeed = reason::Need::Required;
        }
    }
    reason::read(body, QStringLiteral("deactivation_reason"), reasonNeed,
                 Tr::tr("only given when deactivating"), u.deactivationReason, errors);
    if (u.active)
        u.deactivationReason.clear();
    if (!errors.has(QStringLiteral("full_name")))
        errors.merge(validateFullName(u.fullName));
    return errors;
}

QString normalizeUsername(const QString &username)
{
    return username.trimmed().toLower();
}

ValidationErrors validateUsername(const QString &username)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[a-z0-9][a-z0-9._-]*\z)"));
    ValidationErrors errors;
    const qsizetype length = text::length(username);
    if (length < user::UsernameMinLength || length > user::UsernameMaxLength)
        errors.add(
            QStringLiteral("username"),
            Tr::tr("must be %1 to %2 characters").arg(user::UsernameMinLength).arg(user::UsernameMaxLength));
    if (!pattern.match(username).hasMatch())
        errors.add(
            QStringLiteral("username"),
            Tr::tr("may contain only lower-case letters, digits, '.', '_' and '-', starting with a letter "
                   "or digit"));
    return errors;
}

ValidationErrors validateFullName(const QString &fullName)
{
    ValidationErrors errors;
    text::required(errors, QStringLiteral("full_name"), fullName.trimmed(),
                   {user::FullNameMaxLength, text::Lines::Single});
    return errors;
}

ValidationErrors validatePassword(const QString &password, const QString &field)
{
    ValidationErrors errors;
    text::characters(errors, field, password);
    const qsizetype length = text::length(password);
    if (length < user::PasswordMinLength)
        errors.add(field, Tr::tr("must be at least 12 characters"));
    else if (length > user::PasswordMaxLength)
        errors.add(field, Tr::tr("must be at most 128 characters"));
    return errors;
}

} // namespace hms
