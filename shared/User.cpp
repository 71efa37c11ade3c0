#include "User.h"

#include "Instant.h"
#include "Text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hms {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hms::User", text);
}
} // namespace

QJsonObject User::toJson() const
{
    QJsonObject object{
        {QStringLiteral("id"), id},
        {QStringLiteral("username"), username},
        {QStringLiteral("full_name"), fullName},
        {QStringLiteral("role"), roleName(role)},
        {QStringLiteral("active"), active},
        {QStringLiteral("created_at"), formatInstant(createdAt)},
        {QStringLiteral("updated_at"), formatInstant(updatedAt)},
        {QStringLiteral("version"), version},
    };
    if (!deactivationReason.isEmpty())
        object.insert(QStringLiteral("deactivation_reason"), deactivationReason);
    return object;
}

User User::fromJson(const QJsonObject &o)
{
    User u;
    u.id = o.value(QStringLiteral("id")).toInteger();
    u.username = o.value(QStringLiteral("username")).toString();
    u.fullName = o.value(QStringLiteral("full_name")).toString();
    u.role = roleFromName(o.value(QStringLiteral("role")).toString()).value_or(Role::Receptionist);
    u.active = o.value(QStringLiteral("active")).toBool(true);
    u.deactivationReason = o.value(QStringLiteral("deactivation_reason")).toString();
    u.createdAt = parseInstant(o.value(QStringLiteral("created_at")).toString()).value_or(QDateTime());
    u.updatedAt = parseInstant(o.value(QStringLiteral("updated_at")).toString()).value_or(QDateTime());
    u.version = o.value(QStringLiteral("version")).toInt();
    return u;
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
            tr("must be %1 to %2 characters").arg(user::UsernameMinLength).arg(user::UsernameMaxLength));
    if (!pattern.match(username).hasMatch())
        errors.add(QStringLiteral("username"),
                   tr("may contain only lower-case letters, digits, '.', '_' and '-', starting with a letter "
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
        errors.add(field, tr("must be at least 12 characters"));
    else if (length > user::PasswordMaxLength)
        errors.add(field, tr("must be at most 128 characters"));
    return errors;
}

} // namespace hms
