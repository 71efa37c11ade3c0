#include "RecordService.h"

#include "Clock.h"
#include "storage/Cursor.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace hms::server {

namespace {
ServiceError recordNotFound(qint64 id)
{
    return ServiceError::notFound(QStringLiteral("No medical record with id %1.").arg(id));
}
} // namespace

RecordService::RecordService(Database &db, Database *readLog)
    : m_db(db)
    , m_records(db)
    , m_patients(db)
    , m_appointments(db)
    , m_audit(db, readLog)
{}

Outcome<Done> RecordService::checkAppointment(const MedicalRecord &record)
{
    if (record.appointmentId <= 0)
        return Done{};
    const auto appointment = m_appointments.find(record.appointmentId);
    if (!appointment)
        return ServiceError::fromStorage(appointment.error());
    if (!appointment.value())
        return ServiceError::validation(QStringLiteral("appointment_id"),
                                        QStringLiteral("no such appointment"));
    if (appointment.value()->patientId != record.patientId)
        return ServiceError::validation(QStringLiteral("appointment_id"),
                                        QStringLiteral("the appointment belongs to another patient"));
    return Done{};
}

Outcome<MedicalRecord> RecordService::create(const Actor &actor, const QJsonObject &body)
{
    if (actor.role != Role::Doctor)
        return ServiceError::forbidden(QStringLiteral("Only doctors write medical records."));
    const QDateTime now = utcNow();
    MedicalRecord record;
    const ValidationErrors errors = applyRecordChanges(body, record, nullptr, now);
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    record.authorId = record.updatedById = actor.userId;
    record.createdAt = record.updatedAt = now;

    Transaction tx(m_db);
    if (!tx.isActive())
        return ServiceError::fromStorage(m_db.lastError());
    const auto patient = m_patients.find(record.patientId);
    if (!patient)
        return ServiceError::fromStorage(patient.error());
    if (!patient.value())
        return ServiceError::validation(QStringLiteral("patient_id"), QStringLiteral("no such patient"));
    if (auto ok = checkAppointment(record); !ok)
        return ok.error();
    const auto id = m_records.insert(record);
    if (!id)
        return ServiceError::fromStorage(id.error());
    auto stored = m_records.find(id.value());
    if (!stored || !stored.value())
        return ServiceError::fromStorage(stored ? m_db.lastError() : stored.error());
    if (const auto audited = m_audit.record(actor, QStringLiteral("record.create"), QStringLiteral("record"),
                                            id.value(), record.patientId);
        !audited)
        return ServiceError::fromStorage(audited.error());
    if (!tx.commit())
        return ServiceError::fromStorage(m_db.lastError());
    return *stored.value();
}

Outcome<MedicalRecord> RecordService::get(const Actor &actor, qint64 id)
{
    const auto found = m_records.find(id);
    if (!found)
        return ServiceError::fromStorage(found.error());
    if (!found.value())
        return recordNotFound(id);
    if (const auto audited = m_audit.recordRead(actor, QStringLiteral("record.read"),
                                                QStringLiteral("record"), id, found.value()->patientId);
        !audited)
        return ServiceError::fromStorage(audited.error());
    return *found.value();
}

Outcome<MedicalRecord> RecordService::amend(const Actor &actor, qint64 id, const QJsonObject &body,
                                            std::optional<int> ifMatch)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return ServiceError::fromStorage(m_db.lastError());
    const auto found = m_records.find(id, true);
    if (!found)
        return ServiceError::fromStorage(found.error());
    if (!found.value())
        return recordNotFound(id);
    const MedicalRecord current = *found.value();
    if (current.authorId != actor.userId)
        return ServiceError::forbidden(QStringLiteral("Only the author of a medical record may amend it."));
    if (ifMatch && *ifMatch != current.version)
        return ServiceError::preconditionFailed(current.toJson());

    const QDateTime now = utcNow();
    MedicalRecord changed = current;
    const ValidationErrors errors = applyRecordChanges(body, changed, &current, now);
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    if (changed.appointmentId != current.appointmentId) {
        if (auto ok = checkAppointment(changed); !ok)
            return ok.error();
    }
    changed.updatedAt = now;
    changed.updatedById = actor.userId;
    const auto amended = m_records.amend(changed, current.version);
    if (!amended)
        return ServiceError::fromStorage(amended.error());
    if (!amended.value())
        return ServiceError::conflict(
            QStringLiteral("The record was amended concurrently; reload and retry."));
    auto stored = m_records.find(id);
    if (!stored || !stored.value())
        return ServiceError::fromStorage(stored ? m_db.lastError() : stored.error());
    if (const auto audited =
            m_audit.record(actor, QStringLiteral("record.amend"), QStringLiteral("record"), id,
                           current.patientId, QStringLiteral("success"), changed.amendmentReason);
        !audited)
        return ServiceError::fromStorage(audited.error());
    if (!tx.commit())
        return ServiceError::fromStorage(m_db.lastError());
    return *stored.value();
}

Outcome<QList<MedicalRecord>> RecordService::history(const Actor &actor, qint64 id)
{
    auto versions = m_records.history(id);
    if (!versions)
        return ServiceError::fromStorage(versions.error());
    if (versions.value().isEmpty())
        return recordNotFound(id);
    if (const auto audited =
            m_audit.recordRead(actor, QStringLiteral("record.history"), QStringLiteral("record"), id,
                               versions.value().constFirst().patientId);
        !audited)
        return ServiceError::fromStorage(audited.error());
    return std::move(versions).value();
}

Outcome<Page<MedicalRecord>> RecordService::listForPatient(const Actor &actor, qint64 patientId,
                                                           const PageRequest &page)
{
    std::optional<QJsonArray> after;
    if (!page.cursor.isEmpty()) {
        after = cursor::decode(page.cursor, RecordRepository::CursorKeySize);
        if (!after || !after->at(0).isString() || !after->at(1).isDouble())
            return ServiceError::badRequest(QStringLiteral("The cursor is not valid for this list."));
    }
    Transaction tx(m_db, Transaction::Mode::Read);
    if (!tx.isActive())
        return ServiceError::fromStorage(m_db.lastError());
    const auto patient = m_patients.find(patientId);
    if (!patient)
        return ServiceError::fromStorage(patient.error());
    if (!patient.value())
        return ServiceError::notFound(QStringLiteral("No patient with id %1.").arg(patientId));
    auto records = m_records.listForPatient(patientId, page, after);
    if (!records)
        return ServiceError::fromStorage(records.error());
    tx.rollback(); // read-only: nothing to commit
    if (const auto audited =
            m_audit.recordRead(actor, QStringLiteral("record.list"), QStringLiteral("record"), 0, patientId);
        !audited)
        return ServiceError::fromStorage(audited.error());
    return std::move(records).value();
}

} // namespace hms::server
