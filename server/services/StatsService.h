#pragma once

#include "Actor.h"
#include "ServiceError.h"
#include "storage/AppointmentRepository.h"
#include "storage/PatientRepository.h"
#include "storage/RecordRepository.h"

#include <QJsonObject>

namespace hms::server {

class Database;

// Dashboard figures. Days are calendar days at the caller's UTC offset.
class StatsService
{
public:
    explicit StatsService(Database &db);

    Outcome<QJsonObject> dashboard(const Actor &actor, int utcOffsetMinutes);

private:
    Database &m_db;
    PatientRepository m_patients;
    AppointmentRepository m_appointments;
    RecordRepository m_records;
};

} // namespace hms::server
