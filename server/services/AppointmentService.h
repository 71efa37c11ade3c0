#pragma once

#include "Actor.h"
#include "ServiceError.h"
#include "audit/AuditTrail.h"
#include "storage/AppointmentRepository.h"
#include "storage/PatientRepository.h"

#include <QJsonObject>
#include <optional>

namespace hms::server {

class Database;

class AppointmentService
{
public:
    // readLog: where the audit entries of reads go (AuditTrail::recordRead).
    explicit AppointmentService(Database &db, Database *readLog = nullptr);

    Outcome<Appointment> book(const Actor &actor, const QJsonObject &body);
    Outcome<Appointment> get(const Actor &actor, qint64 id);
    Outcome<Appointment> update(const Actor &actor, qint64 id, const QJsonObject &body,
                                std::optional<int> ifMatch);
    Outcome<Page<Appointment>> list(const Actor &actor, const AppointmentFilter &filter,
                                    const PageRequest &page);
    Outcome<Page<Appointment>> listForPatient(const Actor &actor, qint64 patientId, const PageRequest &page);

private:
    Outcome<Done> checkParticipants(const Appointment &appointment, bool checkPatient);
    Outcome<Done> checkDoctorIsFree(const Appointment &appointment);
    ServiceError overlapConflict(qint64 conflictingId) const;

    Database &m_db;
    AppointmentRepository m_appointments;
    PatientRepository m_patients;
    AuditTrail m_audit;
};

} // namespace hms::server
