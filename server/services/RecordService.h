#pragma once

#include "Actor.h"
#include "ServiceError.h"
#include "audit/AuditTrail.h"
#include "storage/AppointmentRepository.h"
#include "storage/PatientRepository.h"
#include "storage/RecordRepository.h"

#include <QJsonObject>
#include <optional>

namespace hms::server {

class Database;

class RecordService
{
public:
    // readLog: where the audit entries of reads go (AuditTrail::recordRead).
    explicit RecordService(Database &db, Database *readLog = nullptr);

    Outcome<MedicalRecord> create(const Actor &actor, const QJsonObject &body);
    Outcome<MedicalRecord> get(const Actor &actor, qint64 id);
    // Only the author amends; every earlier version is kept.
    Outcome<MedicalRecord> amend(const Actor &actor, qint64 id, const QJsonObject &body,
                                 std::optional<int> ifMatch);
    Outcome<QList<MedicalRecord>> history(const Actor &actor, qint64 id);
    Outcome<Page<MedicalRecord>> listForPatient(const Actor &actor, qint64 patientId,
                                                const PageRequest &page);

private:
    Outcome<Done> checkAppointment(const MedicalRecord &record);

    Database &m_db;
    RecordRepository m_records;
    PatientRepository m_patients;
    AppointmentRepository m_appointments;
    AuditTrail m_audit;
};

} // namespace hms::server
