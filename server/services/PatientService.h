#pragma once

#include "Actor.h"
#include "ServiceError.h"
#include "audit/AuditTrail.h"
#include "shared/Patient.h"
#include "storage/Page.h"
#include "storage/PatientRepository.h"

#include <QJsonObject>
#include <optional>

namespace hms::server {

class Database;

class PatientService
{
public:
    // readLog: where the audit entries of reads go (AuditTrail::recordRead).
    explicit PatientService(Database &db, Database *readLog = nullptr);

    Outcome<Patient> create(const Actor &actor, const QJsonObject &body);
    Outcome<Patient> get(const Actor &actor, qint64 id);
    // ifMatch: the version the caller last saw, when it sent If-Match.
    Outcome<Patient> update(const Actor &actor, qint64 id, const QJsonObject &body,
                            std::optional<int> ifMatch);
    Outcome<Done> archive(const Actor &actor, qint64 id);
    Outcome<Page<Patient>> list(const Actor &actor, const QString &query, const PageRequest &page);

private:
    Outcome<Done> checkEmailFree(const Patient &patient);

    Database &m_db;
    PatientRepository m_patients;
    AuditTrail m_audit;
};

} // namespace hms::server
