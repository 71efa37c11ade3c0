#include "AppointmentService.h"

#include "Clock.h"
#include "storage/Cursor.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace hms::server {

namespace {
ServiceError appointmentNotFound(qint64 id)
{
    return ServiceError::notFound(QStringLiteral("No appointment with id %1.").arg(id));
}
} // namespace

AppointmentService::AppointmentService(Database &db, Database *readLog)
    : m_db(db)
    , m_appointments(db)
    , m_patients(db)
    , m_audit(db, readLog)
{}

ServiceError AppointmentService::overlapConflict(qint64 conflictingId) const
{
    return ServiceError::conflict(
        QStringLiteral("The doctor already has appointment %1 at an overlapping time.").arg(conflictingId),
        {{QStringLiteral("conflicting_id"), conflictingId}});
}

Outcome<Done> AppointmentService::checkParticipants(const Appointment &a, bool checkPatient)
{
    const auto found = m_appointments.participants(a.patientId, a.doctorId);
    if (!found)
        return ServiceError::fromStorage(found.error());
    ValidationErrors errors;
    if (checkPatient && !found.value().patientActive)
        errors.add(QStringLiteral("patient_id"), QStringLiteral("no such patient"));
    if (!found.value().doctorExists || !found.value().doctorIsDoctor)
        errors.add(QStringLiteral("doctor_id"), QStringLiteral("no such doctor"));
    else if (!found.value().doctorActive)
        errors.add(QStringLiteral("doctor_id"), QStringLiteral("the doctor's account is deactivated"));
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    return Done{};
}

Outcome<Done> AppointmentService::checkDoctorIsFree(const Appointment &a)
{
    if (const auto locked = m_appointments.lockDoctorSchedule(a.doctorId); !locked)
        return ServiceError::fromStorage(locked.error());
    const auto overlap = m_appointments.findOverlap(a.doctorId, a.start, a.end(), a.id);
    if (!overlap)
        return ServiceError::fromStorage(overlap.error());
    if (overlap.value())
        return overlapConflict(*overlap.value());
    return Done{};
}

Outcome<Appointment> AppointmentService::book(const Actor &actor, const QJsonObject &body)
{
    const QDateTime now = utcNow();
    Appointment appointment;
    const ValidationErrors errors = applyAppointmentChanges(body, appointment, nullptr, now);
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    appointment.status = AppointmentStatus::Scheduled;
    appointment.createdAt = appointment.updatedAt = now;

    std::optional<Appointment> booked;
    {
        Transaction tx(m_db);
        if (!tx.isActive())
            return ServiceError::fromStorage(m_db.lastError());
        if (auto ok = checkParticipants(appointment, true); !ok)
            return ok.error();
        // Where the database refuses overlaps itself, the insert is the check
        // (no lock, no query first); the booking in the way is named after.
        if (!m_appointments.databaseRefusesOverlaps()) {
            if (auto free = checkDoctorIsFree(appointment); !free)
                return free.error();
        }
        auto stored = m_appointments.insert(appointment);
        if (!stored && !stored.error().is(StorageError::Kind::ExclusionViolation))
            return ServiceError::fromStorage(stored.error());
        if (stored) {
            if (const auto audited =
                    m_audit.record(actor, QStringLiteral("appointment.create"), QStringLiteral("appointment"),
                                   stored.value().id, appointment.patientId);
                !audited)
                return ServiceError::fromStorage(audited.error());
            if (!tx.commit())
                return ServiceError::fromStorage(m_db.lastError());
            booked = std::move(stored).value();
        }
    }
    if (booked)
        return *booked;
    // The exclusion constraint refused the booking: name the one in the way.
    const auto overlap =
        m_appointments.findOverlap(appointment.doctorId, appointment.start, appointment.end(), 0);
    return overlapConflict(overlap && overlap.value() ? *overlap.value() : 0);
}

Outcome<Appointment> AppointmentService::get(const Actor &actor, qint64 id)
{
    const auto found = m_appointments.find(id);
    if (!found)
        return ServiceError::fromStorage(found.error());
    if (!found.value())
        return appointmentNotFound(id);
    if (const auto audited = m_audit.recordRead(actor, QStringLiteral("appointment.read"),
                                                QStringLiteral("appointment"), id, found.value()->patientId);
        !audited)
        return ServiceError::fromStorage(audited.error());
    return *found.value();
}

Outcome<Appointment> AppointmentService::update(const Actor &actor, qint64 id, const QJsonObject &body,
                                                std::optional<int> ifMatch)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return ServiceError::fromStorage(m_db.lastError());
    const auto found = m_appointments.find(id, true);
    if (!found)
        return ServiceError::fromStorage(found.error());
    if (!found.value())
        return appointmentNotFound(id);
    const Appointment current = *found.value();
    if (ifMatch && *ifMatch != current.version)
        return ServiceError::preconditionFailed(current.toJson());

    const QDateTime now = utcNow();
    Appointment changed = current;
    const ValidationErrors errors = applyAppointmentChanges(body, changed, &current, now);
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    const bool rescheduled = changed.doctorId != current.doctorId || changed.start != current.start ||
        changed.durationMinutes != current.durationMinutes;
    if (changed.doctorId != current.doctorId) {
        if (auto ok = checkParticipants(changed, false); !ok)
            return ok.error();
    }
    if (rescheduled && appointmentOccupiesDoctor(changed.status)) {
        if (auto free = checkDoctorIsFree(changed); !free)
            return free.error();
    }
    changed.updatedAt = now;
    const auto updated = m_appointments.update(changed, current.version);
    if (!updated) {
        if (updated.error().is(StorageError::Kind::ExclusionViolation))
            return overlapConflict(0);
        return ServiceError::fromStorage(updated.error());
    }
    if (!updated.value())
        return ServiceError::conflict(
            QStringLiteral("The appointment was changed concurrently; reload and retry."));
    auto stored = m_appointments.find(id);
    if (!stored || !stored.value())
        return ServiceError::fromStorage(stored ? m_db.lastError() : stored.error());
    // A cancellation or a no-show carries its reason into the entry.
    const QString reason = changed.status != current.status ? changed.statusReason : QString();
    if (const auto audited =
            m_audit.record(actor, QStringLiteral("appointment.update"), QStringLiteral("appointment"), id,
                           current.patientId, QStringLiteral("success"), reason);
        !audited)
        return ServiceError::fromStorage(audited.error());
    if (!tx.commit())
        return ServiceError::fromStorage(m_db.lastError());
    return *stored.value();
}

Outcome<Page<Appointment>> AppointmentService::list(const Actor &actor, const AppointmentFilter &filter,
                                                    const PageRequest &page)
{
    std::optional<QJsonArray> after;
    if (!page.cursor.isEmpty()) {
        after = cursor::decode(page.cursor, AppointmentRepository::CursorKeySize);
        if (!after || !after->at(0).isString() || !after->at(1).isDouble() ||
            !QDateTime::fromString(after->at(0).toString(), Qt::ISODateWithMs).isValid())
            return ServiceError::badRequest(QStringLiteral("The cursor is not valid for this list."));
    }
    Transaction tx(m_db, Transaction::Mode::Read);
    if (!tx.isActive())
        return ServiceError::fromStorage(m_db.lastError());
    auto result = m_appointments.list(filter, page, after);
    if (!result)
        return ServiceError::fromStorage(result.error());
    tx.rollback(); // read-only: nothing to commit
    if (const auto audited = m_audit.recordRead(actor, QStringLiteral("appointment.list"),
                                                QStringLiteral("appointment"), 0, filter.patientId);
        !audited)
        return ServiceError::fromStorage(audited.error());
    return std::move(result).value();
}

Outcome<Page<Appointment>> AppointmentService::listForPatient(const Actor &actor, qint64 patientId,
                                                              const PageRequest &page)
{
    const auto patient = m_patients.find(patientId);
    if (!patient)
        return ServiceError::fromStorage(patient.error());
    if (!patient.value())
        return ServiceError::notFound(QStringLiteral("No patient with id %1.").arg(patientId));
    AppointmentFilter filter;
    filter.patientId = patientId;
    return list(actor, filter, page);
}

} // namespace hms::server
