#include "Labels.h"

#include <QCoreApplication>

namespace hms::labels {

namespace {
constexpr const char *Context = "hms::labels";

struct Entry
{
    const char *value;
    const char *label;
};

constexpr Entry Sexes[] = {
    {"female", QT_TRANSLATE_NOOP("hms::labels", "Female")},
    {"male", QT_TRANSLATE_NOOP("hms::labels", "Male")},
    {"other", QT_TRANSLATE_NOOP("hms::labels", "Other")},
    {"unknown", QT_TRANSLATE_NOOP("hms::labels", "Unknown")},
};

constexpr Entry Roles[] = {
    {"admin", QT_TRANSLATE_NOOP("hms::labels", "Administrator")},
    {"doctor", QT_TRANSLATE_NOOP("hms::labels", "Doctor")},
    {"receptionist", QT_TRANSLATE_NOOP("hms::labels", "Receptionist")},
};

constexpr Entry Outcomes[] = {
    {"success", QT_TRANSLATE_NOOP("hms::labels", "Success")},
    {"failure", QT_TRANSLATE_NOOP("hms::labels", "Failure")},
    {"denied", QT_TRANSLATE_NOOP("hms::labels", "Denied")},
};

constexpr Entry Actions[] = {
    {"patient.read", QT_TRANSLATE_NOOP("hms::labels", "Patient viewed")},
    {"patient.create", QT_TRANSLATE_NOOP("hms::labels", "Patient registered")},
    {"patient.update", QT_TRANSLATE_NOOP("hms::labels", "Patient changed")},
    {"patient.archive", QT_TRANSLATE_NOOP("hms::labels", "Patient archived")},
    {"patient.list", QT_TRANSLATE_NOOP("hms::labels", "Patients listed")},
    {"appointment.create", QT_TRANSLATE_NOOP("hms::labels", "Appointment booked")},
    {"appointment.read", QT_TRANSLATE_NOOP("hms::labels", "Appointment viewed")},
    {"appointment.update", QT_TRANSLATE_NOOP("hms::labels", "Appointment changed")},
    {"appointment.list", QT_TRANSLATE_NOOP("hms::labels", "Appointments listed")},
    {"record.create", QT_TRANSLATE_NOOP("hms::labels", "Record written")},
    {"record.read", QT_TRANSLATE_NOOP("hms::labels", "Record viewed")},
    {"record.amend", QT_TRANSLATE_NOOP("hms::labels", "Record amended")},
    {"record.history", QT_TRANSLATE_NOOP("hms::labels", "Record history viewed")},
    {"record.list", QT_TRANSLATE_NOOP("hms::labels", "Records listed")},
    {"auth.login", QT_TRANSLATE_NOOP("hms::labels", "Sign-in")},
    {"auth.login_throttled", QT_TRANSLATE_NOOP("hms::labels", "Sign-in throttled")},
    {"auth.logout", QT_TRANSLATE_NOOP("hms::labels", "Sign-out")},
    {"auth.password_change", QT_TRANSLATE_NOOP("hms::labels", "Own password changed")},
    {"user.create", QT_TRANSLATE_NOOP("hms::labels", "Staff member added")},
    {"user.update", QT_TRANSLATE_NOOP("hms::labels", "Staff member changed")},
    {"user.role_change", QT_TRANSLATE_NOOP("hms::labels", "Role changed")},
    {"user.deactivate", QT_TRANSLATE_NOOP("hms::labels", "Staff member deactivated")},
    {"user.password_reset", QT_TRANSLATE_NOOP("hms::labels", "Password reset")},
    {"access.denied", QT_TRANSLATE_NOOP("hms::labels", "Access denied")},
};

template<size_t N> QString lookup(const Entry (&table)[N], const QString &value)
{
    for (const Entry &entry : table) {
        if (value == QLatin1StringView(entry.value))
            return QCoreApplication::translate(Context, entry.label);
    }
    return value;
}

template<size_t N> QList<Choice> choices(const Entry (&table)[N])
{
    QList<Choice> list;
    for (const Entry &entry : table)
        list.append({QString::fromLatin1(entry.value), QCoreApplication::translate(Context, entry.label)});
    return list;
}
} // namespace

QString sex(const QString &value)
{
    return lookup(Sexes, value);
}

QList<Choice> sexes()
{
    return choices(Sexes);
}

QString role(Role r)
{
    return lookup(Roles, roleName(r));
}

QString role(const QString &value)
{
    return lookup(Roles, value);
}

QList<Choice> roles()
{
    return choices(Roles);
}

QString auditOutcome(const QString &value)
{
    return lookup(Outcomes, value);
}

QString auditAction(const QString &value)
{
    return lookup(Actions, value);
}

QList<Choice> auditActions()
{
    return choices(Actions);
}

QString appointmentStatus(AppointmentStatus status)
{
    return appointmentStatusLabel(status);
}

QString active(bool isActive)
{
    return isActive ? QCoreApplication::translate("hms::labels", "Active")
                    : QCoreApplication::translate("hms::labels", "Deactivated");
}

} // namespace hms::labels
