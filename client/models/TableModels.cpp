#include "TableModels.h"

#include "app/Formats.h"
#include "shared/Labels.h"

#include <QBrush>
#include <QColor>

namespace hms::client {

namespace {
QVariant header(const QStringList &titles, int section, Qt::Orientation orientation, int role)
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return titles.value(section);
}

const QColor Attention(0xb91c1c); // deactivated accounts, refused or failed actions
} // namespace

PatientTableModel::PatientTableModel(ApiClient &api, QObject *parent)
    : TypedCursorModel<hms::Patient>(parent)
    , m_api(api)
{}

void PatientTableModel::search(const QString &text)
{
    setSource(
        [api = m_api, text](const PageRequest &page, QObject *context, Handler<Page<hms::Patient>> done) {
            api.patients(text, page, context, std::move(done));
        });
}

QVariant PatientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header({tr("MRN"), tr("Name"), tr("Date of birth"), tr("Sex"), tr("Phone"), tr("Email")}, section,
                  orientation, role);
}

QVariant PatientTableModel::cell(const hms::Patient &row, int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Mrn:
        return row.mrn;
    case Name:
        return row.name;
    case DateOfBirth:
        return formats::date(row.dateOfBirth);
    case Sex:
        return labels::sex(row.sex);
    case Phone:
        return row.phone;
    case Email:
        return row.email;
    }
    return {};
}

AppointmentTableModel::AppointmentTableModel(ApiClient &api, QObject *parent)
    : TypedCursorModel<Appointment>(parent)
    , m_api(api)
{}

void AppointmentTableModel::setFilter(const AppointmentFilter &filter)
{
    setSource(
        [api = m_api, filter](const PageRequest &page, QObject *context, Handler<Page<Appointment>> done) {
            api.appointments(filter, page, context, std::move(done));
        });
}

QVariant AppointmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header({tr("Time"), tr("Minutes"), tr("Patient"), tr("Doctor"), tr("Status"), tr("Reason")},
                  section, orientation, role);
}

QVariant AppointmentTableModel::cell(const Appointment &row, int column, int role) const
{
    if (role == Qt::ForegroundRole && column == Status)
        return QBrush(QColor(QString(appointmentStatusInfo(row.status).colour)));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Time:
        // Weekday and time: enough within the day or week on screen.
        return formats::dayAndTime(row.start);
    case Duration:
        return QString::number(row.durationMinutes);
    case Patient:
        return row.patientName;
    case Doctor:
        return row.doctorName;
    case Status:
        return appointmentStatusLabel(row.status);
    case Reason:
        return row.reason;
    }
    return {};
}

RecordTableModel::RecordTableModel(ApiClient &api, QObject *parent)
    : TypedCursorModel<MedicalRecord>(parent)
    , m_api(api)
{}

void RecordTableModel::setPatient(qint64 patientId)
{
    setSource([api = m_api, patientId](const PageRequest &page, QObject *context,
                                       Handler<Page<MedicalRecord>> done) {
        api.records(patientId, page, context, std::move(done));
    });
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header({tr("Date"), tr("Diagnosis"), tr("Prescription"), tr("Doctor"), tr("Version")}, section,
                  orientation, role);
}

QVariant RecordTableModel::cell(const MedicalRecord &row, int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Date:
        return formats::date(row.recordDate);
    case Diagnosis:
        return row.diagnosis;
    case Prescription:
        return row.prescription;
    case Doctor:
        return row.doctorName;
    case Version:
        return QString::number(row.version);
    }
    return {};
}

UserTableModel::UserTableModel(ApiClient &api, QObject *parent)
    : TypedCursorModel<hms::User>(parent)
    , m_api(api)
{}

void UserTableModel::showAll()
{
    setSource([api = m_api](const PageRequest &page, QObject *context, Handler<Page<hms::User>> done) {
        api.users(page, context, std::move(done));
    });
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header({tr("Username"), tr("Full name"), tr("Role"), tr("Status")}, section, orientation, role);
}

QVariant UserTableModel::cell(const hms::User &row, int column, int role) const
{
    if (role == Qt::ForegroundRole && column == Active && !row.active)
        return QBrush(Attention);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Username:
        return row.username;
    case FullName:
        return row.fullName;
    case Role:
        return labels::role(row.role);
    case Active:
        return labels::active(row.active);
    }
    return {};
}

AuditTableModel::AuditTableModel(ApiClient &api, QObject *parent)
    : TypedCursorModel<AuditEntry>(parent)
    , m_api(api)
{}

void AuditTableModel::setFilter(const AuditFilter &filter)
{
    setSource(
        [api = m_api, filter](const PageRequest &page, QObject *context, Handler<Page<AuditEntry>> done) {
            api.audit(filter, page, context, std::move(done));
        });
}

void AuditTableModel::setUserNames(const QHash<qint64, QString> &names)
{
    m_userNames = names;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, User), index(rowCount() - 1, User), {Qt::DisplayRole});
}

QString AuditTableModel::userText(const AuditEntry &entry) const
{
    const QString fullName = m_userNames.value(entry.userId);
    if (fullName.isEmpty())
        return entry.username;
    return entry.username.isEmpty() ? fullName : tr("%1 (%2)").arg(fullName, entry.username);
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header({tr("When"), tr("User"), tr("Action"), tr("Resource"), tr("Patient"), tr("Outcome"),
                   tr("Reason"), tr("Address")},
                  section, orientation, role);
}

QVariant AuditTableModel::cell(const AuditEntry &row, int column, int role) const
{
    if (role == Qt::ForegroundRole && column == Outcome && row.outcome != QLatin1String("success"))
        return QBrush(Attention);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case At:
        return formats::dateTime(row.at);
    case User:
        return userText(row);
    case Action:
        return labels::auditAction(row.action);
    case Resource:
        // People by name, not by id; other resources by their number.
        if (row.resource == QLatin1String("user") && m_userNames.contains(row.resourceId))
            return tr("Staff: %1").arg(m_userNames.value(row.resourceId));
        if (row.resource == QLatin1String("patient") && !row.patientName.isEmpty())
            return tr("Patient: %1").arg(row.patientName);
        return row.resourceId > 0 ? QString(row.resource + QLatin1Char(' ') + QString::number(row.resourceId))
                                  : row.resource;
    case Patient:
        if (!row.patientName.isEmpty())
            return row.patientName;
        return row.patientId > 0 ? QString::number(row.patientId) : QString();
    case Outcome:
        return labels::auditOutcome(row.outcome);
    case Reason:
        return row.reason;
    case Address:
        return row.clientAddress;
    }
    return {};
}

} // namespace hms::client
