#include "PatientService.h"

#include "Clock.h"
#include "shared/Text.h"
#include "storage/Cursor.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace hms::server {

namespace {
ServiceError duplicateEmail(std::optional<qint64> existingId = std::nullopt)
{
    ServiceError error =
        ServiceError::conflict(QStringLiteral("Another patient already uses this email address."));
    error.errors.add(QStringLiteral("email"), QStringLiteral("is already used by another patient"));
    if (existingId)
        error.extra.insert(QStringLiteral("conflicting_id"), *existingId);
    return error;
}

ServiceError patientNotFound(qint64 id)
{
    return ServiceError::notFound(QStringLiteral("No patient with id %1.").arg(id));
}
} // namespace

PatientService::PatientService(Database &db, Database *readLog)
    : m_db(db)
    , m_patients(db)
    , m_audit(db, readLog)
{}

Outcome<Done> PatientService::checkEmailFree(const Patient &patient)
{
    if (patient.email.isNull())
        return Done{};
    const auto existing = m_patients.findByEmail(patient.email, patient.id);
    if (!existing)
        return ServiceError::fromStorage(existing.error());
    if (existing.value())
        return duplicateEmail(existing.value());
    return Done{};
}

Outcome<Patient> PatientService::create(const Actor &actor, const QJsonObject &body)
{
    const QDateTime now = utcNow();
    Patient patient;
    const ValidationErrors errors = applyPatientChanges(body, patient, now);
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    patient.createdAt = patient.updatedAt = now;

    Transaction tx(m_db);
    if (!tx.isActive())
        return ServiceError::fromStorage(m_db.lastError());
    // The unique index on the e-mail key is the check (one round trip fewer
    // than asking first); the patient who has the address is looked up only
    // when the insert is refused, after the rollback.
    auto inserted = m_patients.insert(patient);
    if (!inserted) {
        if (!inserted.error().is(StorageError::Kind::UniqueViolation))
            return ServiceError::fromStorage(inserted.error());
        tx.rollback();
        if (auto free = checkEmailFree(patient); !free)
            return free.error();
        return duplicateEmail(); // the address has been freed since; a retry may succeed
    }
    const qint64 id = inserted.value().id;
    if (const auto audited =
            m_audit.record(actor, QStringLiteral("patient.create"), QStringLiteral("patient"), id, id);
        !audited)
        return ServiceError::fromStorage(audited.error());
    if (!tx.commit())
        return ServiceError::fromStorage(m_db.lastError());
    return std::move(inserted).value();
}

Outcome<Patient> PatientService::get(const Actor &actor, qint64 id)
{
    const auto found = m_patients.find(id);
    if (!found)
        return ServiceError::fromStorage(found.error());
    if (!found.value())
        return patientNotFound(id);
    // Committed (autocommit) before the answer leaves.
    if (const auto audited =
            m_audit.recordRead(actor, QStringLiteral("patient.read"), QStringLiteral("patient"), id, id);
        !audited)
        return ServiceError::fromStorage(audited.error());
    return *found.value();
}

Outcome<Patient> PatientService::update(const Actor &actor, qint64 id, const QJsonObject &body,
                                        std::optional<int> ifMatch)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return ServiceError::fromStorage(m_db.lastError());
    const auto found = m_patients.find(id, true);
    if (!found)
        return ServiceError::fromStorage(found.error());
    if (!found.value())
        return patientNotFound(id);
    const Patient current = *found.value();
    if (ifMatch && *ifMatch != current.version)
        return ServiceError::preconditionFailed(current.toJson());

    const QDateTime now = utcNow();
    Patient changed = current;
    const ValidationErrors errors = applyPatientChanges(body, changed, now);
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    if (auto free = checkEmailFree(changed); !free)
        return free.error();
    changed.updatedAt = now;
    const auto updated = m_patients.update(changed, current.version);
    if (!updated) {
        if (updated.error().is(StorageError::Kind::UniqueViolation))
            return duplicateEmail();
        return ServiceError::fromStorage(updated.error());
    }
    if (!updated.value()) {
        // Changed between our read and write (SQLite has no row lock, but its
        // write transaction is exclusive, so this is a safety net).
        return ServiceError::conflict(
            QStringLiteral("The patient was changed concurrently; reload and retry."));
    }
    if (const auto audited =
            m_audit.record(actor, QStringLiteral("patient.update"), QStringLiteral("patient"), id, id);
        !audited)
        return ServiceError::fromStorage(audited.error());
    if (!tx.commit())
        return ServiceError::fromStorage(m_db.lastError());
    changed.version = current.version + 1;
    return changed;
}

Outcome<Done> PatientService::archive(const Actor &actor, qint64 id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return ServiceError::fromStorage(m_db.lastError());
    const auto archived = m_patients.archive(id, utcNow());
    if (!archived)
        return ServiceError::fromStorage(archived.error());
    if (!archived.value())
        return patientNotFound(id);
    if (const auto audited =
            m_audit.record(actor, QStringLiteral("patient.archive"), QStringLiteral("patient"), id, id);
        !audited)
        return ServiceError::fromStorage(audited.error());
    if (!tx.commit())
        return ServiceError::fromStorage(m_db.lastError());
    return Done{};
}

Outcome<Page<Patient>> PatientService::list(const Actor &actor, const QString &query, const PageRequest &page)
{
    std::optional<QJsonArray> after;
    if (!page.cursor.isEmpty()) {
        after = cursor::decode(page.cursor, PatientRepository::CursorKeySize);
        if (!after || !after->at(0).isString() || !after->at(1).isDouble())
            return ServiceError::badRequest(QStringLiteral("The cursor is not valid for this list."));
    }
    if (text::length(query) > 200)
        return ServiceError::badRequest(QStringLiteral("The search text is longer than 200 characters."));
    Transaction tx(m_db, Transaction::Mode::Read);
    if (!tx.isActive())
        return ServiceError::fromStorage(m_db.lastError());
    auto result = m_patients.list(PatientFilter{query}, page, after);
    if (!result)
        return ServiceError::fromStorage(result.error());
    tx.rollback(); // read-only: nothing to commit
    if (const auto audited =
            m_audit.recordRead(actor, QStringLiteral("patient.list"), QStringLiteral("patient"), 0, 0);
        !audited)
        return ServiceError::fromStorage(audited.error());
    return std::move(result).value();
}

} // namespace hms::server
