#pragma once

#include "AppointmentStatus.h"
#include "Role.h"

#include <QList>
#include <QString>

// Human labels, translated, for every enumerated value the API sends: a list,
// a filter and a dialog all show the same words. A value no table knows (from
// a newer server) is shown as it came.
namespace hms::labels {

// One wire value and its label, in the order people see them.
struct Choice
{
    QString value;
    QString label;
};

QString sex(const QString &value); // "female" -> "Female"; empty -> ""
QList<Choice> sexes();
QString role(Role role);
QString role(const QString &value);
QList<Choice> roles();
QString auditOutcome(const QString &value); // success | failure | denied
QString auditAction(const QString &value); // "patient.read" -> "Patient viewed"
QList<Choice> auditActions();
QString appointmentStatus(AppointmentStatus status);
QString active(bool active); // "Active" / "Deactivated"

} // namespace hms::labels
