#include "RecordRepository.h"

#include "Cursor.h"
#include "Database.h"
#include "shared/Instant.h"

#include <QSqlQuery>

namespace hms::server {

namespace {
// A record `r` with its author's name, and from its current version `v` why
// and by whom (`ub`) that version was written. Versions from before reasons
// existed name no writer: their author wrote them.
const QString Select = QStringLiteral(
    "SELECT r.id, r.patient_id, r.author_id, u.full_name, r.diagnosis, r.prescription, r.record_date, "
    "r.notes, r.appointment_id, r.created_at, r.updated_at, r.version, v.amendment_reason, "
    "COALESCE(v.updated_by, v.author_id), ub.full_name FROM medical_records r JOIN users u ON u.id = "
    "r.author_id LEFT JOIN medical_record_versions v ON v.record_id = r.id AND v.version = r.version "
    "LEFT JOIN users ub ON ub.id = COALESCE(v.updated_by, v.author_id)");

MedicalRecord recordFrom(const QSqlQuery &q)
{
    MedicalRecord r;
    r.id = q.value(0).toLongLong();
    r.patientId = q.value(1).toLongLong();
    r.authorId = q.value(2).toLongLong();
    r.doctorName = q.value(3).toString();
    r.diagnosis = q.value(4).toString();
    r.prescription = q.value(5).toString();
    r.recordDate = Database::dateFrom(q.value(6));
    r.notes = q.value(7).toString();
    r.appointmentId = q.value(8).toLongLong();
    r.createdAt = Database::instantFrom(q.value(9));
    r.updatedAt = Database::instantFrom(q.value(10));
    r.version = q.value(11).toInt();
    r.amendmentReason = q.value(12).toString();
    r.updatedById = q.value(13).toLongLong();
    r.updatedByName = q.value(14).toString();
    return r;
}

} // namespace

RecordRepository::RecordRepository(Database &db)
    : m_db(db)
{}

Result<bool, StorageError> RecordRepository::insertVersion(const MedicalRecord &r)
{
    QSqlQuery &q = m_db.statement(QStringLiteral(
        "INSERT INTO medical_record_versions (record_id, version, author_id, appointment_id, diagnosis, "
        "prescription, record_date, notes, recorded_at, amendment_reason, updated_by) VALUES (:id, :version, "
        ":author_id, :appointment_id, :diagnosis, :prescription, :record_date, :notes, :recorded_at, "
        ":amendment_reason, :updated_by)"));
    q.bindValue(QStringLiteral(":id"), r.id);
    q.bindValue(QStringLiteral(":version"), r.version);
    q.bindValue(QStringLiteral(":author_id"), r.authorId);
    q.bindValue(QStringLiteral(":appointment_id"), Database::idOrNull(r.appointmentId));
    q.bindValue(QStringLiteral(":diagnosis"), r.diagnosis);
    q.bindValue(QStringLiteral(":prescription"), Database::textOrNull(r.prescription));
    q.bindValue(QStringLiteral(":record_date"), r.recordDate);
    q.bindValue(QStringLiteral(":notes"), Database::textOrNull(r.notes));
    q.bindValue(QStringLiteral(":recorded_at"), m_db.instantValue(r.updatedAt));
    q.bindValue(QStringLiteral(":amendment_reason"), Database::textOrNull(r.amendmentReason));
    q.bindValue(QStringLiteral(":updated_by"),
                Database::idOrNull(r.updatedById > 0 ? r.updatedById : r.authorId));
    if (!m_db.run(q))
        return m_db.lastError();
    return true;
}

Result<qint64, StorageError> RecordRepository::insert(const MedicalRecord &input)
{
    const bool returning = m_db.engine() == Engine::Postgres;
    QSqlQuery &q = m_db.statement(
        QStringLiteral(
            "INSERT INTO medical_records (patient_id, author_id, appointment_id, diagnosis, prescription, "
            "record_date, notes, created_at, updated_at, version) VALUES (:patient_id, :author_id, "
            ":appointment_id, :diagnosis, :prescription, :record_date, :notes, :created_at, "
            ":updated_at, 1)") +
        (returning ? QStringLiteral(" RETURNING id") : QString()));
    q.bindValue(QStringLiteral(":patient_id"), input.patientId);
    q.bindValue(QStringLiteral(":author_id"), input.authorId);
    q.bindValue(QStringLiteral(":appointment_id"), Database::idOrNull(input.appointmentId));
    q.bindValue(QStringLiteral(":diagnosis"), input.diagnosis);
    q.bindValue(QStringLiteral(":prescription"), Database::textOrNull(input.prescription));
    q.bindValue(QStringLiteral(":record_date"), input.recordDate);
    q.bindValue(QStringLiteral(":notes"), Database::textOrNull(input.notes));
    q.bindValue(QStringLiteral(":created_at"), m_db.instantValue(input.createdAt));
    q.bindValue(QStringLiteral(":updated_at"), m_db.instantValue(input.updatedAt));
    if (!m_db.run(q))
        return m_db.lastError();
    MedicalRecord record = input;
    record.id = returning ? (q.next() ? q.value(0).toLongLong() : 0) : q.lastInsertId().toLongLong();
    q.finish();
    record.version = 1;
    const auto version = insertVersion(record);
    if (!version)
        return version.error();
    return record.id;
}

Result<std::optional<MedicalRecord>, StorageError> RecordRepository::find(qint64 id, bool lockForUpdate)
{
    const bool lock = lockForUpdate && m_db.engine() == Engine::Postgres;
    QSqlQuery &q = m_db.statement(Select + QStringLiteral(" WHERE r.id = :id") +
                                  (lock ? QStringLiteral(" FOR UPDATE OF r") : QString()));
    q.bindValue(QStringLiteral(":id"), id);
    if (!m_db.run(q))
        return m_db.lastError();
    std::optional<MedicalRecord> record;
    if (q.next())
        record = recordFrom(q);
    q.finish();
    return record;
}

Result<bool, StorageError> RecordRepository::amend(const MedicalRecord &r, int expectedVersion)
{
    QSqlQuery &q = m_db.statement(QStringLiteral(
        "UPDATE medical_records SET appointment_id = :appointment_id, diagnosis = :diagnosis, "
        "prescription = :prescription, record_date = :record_date, notes = :notes, updated_at = :updated_at, "
        "version = version + 1 WHERE id = :id AND version = :expected"));
    q.bindValue(QStringLiteral(":appointment_id"), Database::idOrNull(r.appointmentId));
    q.bindValue(QStringLiteral(":diagnosis"), r.diagnosis);
    q.bindValue(QStringLiteral(":prescription"), Database::textOrNull(r.prescription));
    q.bindValue(QStringLiteral(":record_date"), r.recordDate);
    q.bindValue(QStringLiteral(":notes"), Database::textOrNull(r.notes));
    q.bindValue(QStringLiteral(":updated_at"), m_db.instantValue(r.updatedAt));
    q.bindValue(QStringLiteral(":id"), r.id);
    q.bindValue(QStringLiteral(":expected"), expectedVersion);
    if (!m_db.run(q))
        return m_db.lastError();
    if (q.numRowsAffected() != 1)
        return false;
    MedicalRecord stored = r;
    stored.version = expectedVersion + 1;
    const auto version = insertVersion(stored);
    if (!version)
        return version.error();
    return true;
}

Result<Page<MedicalRecord>, StorageError>
RecordRepository::listForPatient(qint64 patientId, const PageRequest &page,
                                 const std::optional<QJsonArray> &after)
{
    Page<MedicalRecord> result;
    if (page.includeTotal) {
        QSqlQuery &count =
            m_db.statement(QStringLiteral("SELECT COUNT(*) FROM medical_records WHERE patient_id = :p"));
        count.bindValue(QStringLiteral(":p"), patientId);
        const auto total = m_db.scalarInteger(count);
        if (!total)
            return total.error();
        result.total = total.value();
    }
    QSqlQuery &q = m_db.statement(
        Select + QStringLiteral(" WHERE r.patient_id = :patient_id") +
        (after ? QStringLiteral(" AND (r.record_date, r.id) < (:after_date, :after_id)") : QString()) +
        QStringLiteral(" ORDER BY r.record_date DESC, r.id DESC LIMIT :limit"));
    q.bindValue(QStringLiteral(":patient_id"), patientId);
    if (after) {
        q.bindValue(QStringLiteral(":after_date"),
                    parseDate(after->at(0).toString()).value_or(QDate(1, 1, 1)));
        q.bindValue(QStringLiteral(":after_id"), after->at(1).toInteger());
    }
    q.bindValue(QStringLiteral(":limit"), page.limit + 1);
    if (!m_db.run(q))
        return m_db.lastError();
    while (q.next()) {
        if (result.items.size() == page.limit) {
            const MedicalRecord &last = result.items.last();
            result.nextCursor = cursor::encode({formatDate(last.recordDate), last.id});
            break;
        }
        result.items.append(recordFrom(q));
    }
    q.finish();
    return result;
}

Result<QList<MedicalRecord>, StorageError> RecordRepository::history(qint64 id)
{
    QSqlQuery &q = m_db.statement(QStringLiteral(
        "SELECT v.record_id, r.patient_id, v.author_id, u.full_name, v.diagnosis, v.prescription, "
        "v.record_date, v.notes, v.appointment_id, r.created_at, v.recorded_at, v.version, "
        "v.amendment_reason, COALESCE(v.updated_by, v.author_id), ub.full_name FROM medical_record_versions "
        "v JOIN medical_records r ON r.id = v.record_id JOIN users u ON u.id = v.author_id LEFT JOIN users "
        "ub "
        "ON ub.id = COALESCE(v.updated_by, v.author_id) WHERE v.record_id = :id ORDER BY v.version"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!m_db.run(q))
        return m_db.lastError();
    QList<MedicalRecord> versions;
    while (q.next())
        versions.append(recordFrom(q));
    q.finish();
    return versions;
}

Result<qint64, StorageError> RecordRepository::countSince(const QDate &from, qint64 authorId)
{
    QSqlQuery &q = m_db.statement(QStringLiteral(
        "SELECT COUNT(*) FROM medical_records WHERE record_date >= :from AND author_id = :author"));
    q.bindValue(QStringLiteral(":from"), from);
    q.bindValue(QStringLiteral(":author"), authorId);
    return m_db.scalarInteger(q);
}

} // namespace hms::server
