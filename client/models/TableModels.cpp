#include "TableModels.h"

#include "shared/Instant.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace hms::client {

namespace {
QVariant header(const QStringList &titles, int section, Qt::Orientation orientation, int role)
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return titles.value(section);
}

QString text(const QJsonObject &row, const char *key)
{
    const QJsonValue value = row.value(QLatin1String(key));
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}
} // namespace

QString localDateTimeText(const QString &instant, bool withDate)
{
    const auto parsed = parseInstant(instant);
    if (!parsed)
        return instant;
    const QDateTime local = parsed->toLocalTime();
    return withDate ? QLocale().toString(local, QLocale::ShortFormat)
                    : QLocale().toString(local.time(), QLocale::ShortFormat);
}

QVariant PatientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header({tr("MRN"), tr("Name"), tr("Date of birth"), tr("Sex"), tr("Phone"), tr("Email")}, section,
                  orientation, role);
}

QVariant PatientTableModel::cellData(const QJsonObject &row, int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Mrn:
        return text(row, "mrn");
    case Name:
        return text(row, "name");
    case DateOfBirth:
        return QLocale().toString(QDate::fromString(text(row, "date_of_birth"), Qt::ISODate),
                                  QLocale::ShortFormat);
    case Sex:
        return text(row, "sex");
    case Phone:
        return text(row, "phone");
    case Email:
        return text(row, "email");
    }
    return {};
}

QString AppointmentTableModel::statusLabel(const QString &status)
{
    if (status == QLatin1String("scheduled"))
        return tr("Scheduled");
    if (status == QLatin1String("checked_in"))
        return tr("Checked in");
    if (status == QLatin1String("completed"))
        return tr("Completed");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (status == QLatin1String("no_show"))
        return tr("No-show");
    return status;
}

QVariant AppointmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header({tr("Time"), tr("Minutes"), tr("Patient"), tr("Doctor"), tr("Status"), tr("Reason")},
                  section, orientation, role);
}

QVariant AppointmentTableModel::cellData(const QJsonObject &row, int column, int role) const
{
    const QString status = text(row, "status");
    if (role == Qt::ForegroundRole && column == Status) {
        if (status == QLatin1String("checked_in"))
            return QBrush(QColor(0x1d4ed8));
        if (status == QLatin1String("completed"))
            return QBrush(QColor(0x15803d));
        if (status == QLatin1String("cancelled") || status == QLatin1String("no_show"))
            return QBrush(QColor(0xb91c1c));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Time: {
        // Weekday and time: enough within the day or week on screen.
        const QDateTime local =
            parseInstant(text(row, "appointment_datetime")).value_or(QDateTime()).toLocalTime();
        return QString(QLocale().toString(local, QStringLiteral("ddd ")) +
                       QLocale().toString(local.time(), QLocale::ShortFormat));
    }
    case Duration:
        return text(row, "duration_minutes");
    case Patient:
        return text(row, "patient_name");
    case Doctor:
        return text(row, "doctor_name");
    case Status:
        return statusLabel(status);
    case Reason:
        return text(row, "reason");
    }
    return {};
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header({tr("Date"), tr("Diagnosis"), tr("Prescription"), tr("Doctor"), tr("Version")}, section,
                  orientation, role);
}

QVariant RecordTableModel::cellData(const QJsonObject &row, int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Date:
        return QLocale().toString(QDate::fromString(text(row, "record_date"), Qt::ISODate),
                                  QLocale::ShortFormat);
    case Diagnosis:
        return text(row, "diagnosis");
    case Prescription:
        return text(row, "prescription");
    case Doctor:
        return text(row, "doctor_name");
    case Version:
        return text(row, "version");
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header({tr("Username"), tr("Full name"), tr("Role"), tr("Status")}, section, orientation, role);
}

QVariant UserTableModel::cellData(const QJsonObject &row, int column, int role) const
{
    if (role == Qt::ForegroundRole && column == Active && !row.value(QStringLiteral("active")).toBool())
        return QBrush(QColor(0xb91c1c));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Username:
        return text(row, "username");
    case FullName:
        return text(row, "full_name");
    case Role:
        return text(row, "role");
    case Active:
        return row.value(QStringLiteral("active")).toBool() ? tr("Active") : tr("Deactivated");
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header(
        {tr("When"), tr("User"), tr("Action"), tr("Resource"), tr("Patient"), tr("Outcome"), tr("Address")},
        section, orientation, role);
}

QVariant AuditTableModel::cellData(const QJsonObject &row, int column, int role) const
{
    if (role == Qt::ForegroundRole && column == Outcome && text(row, "outcome") != QLatin1String("success"))
        return QBrush(QColor(0xb91c1c));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case At:
        return localDateTimeText(text(row, "at"));
    case User:
        return text(row, "username");
    case Action:
        return text(row, "action");
    case Resource: {
        const QString id = text(row, "resource_id");
        return id.isEmpty() ? text(row, "resource") : text(row, "resource") + QLatin1Char(' ') + id;
    }
    case PatientId:
        return text(row, "patient_id");
    case Outcome:
        return text(row, "outcome");
    case Address:
        return text(row, "client_address");
    }
    return {};
}

} // namespace hms::client
