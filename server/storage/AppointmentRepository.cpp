#include "AppointmentRepository.h"
#include "shared/Instant.h"

#include "Cursor.h"
#include "Database.h"
#include "shared/Role.h"

#include <QSqlQuery>

namespace hms::server {

namespace {
// An appointment row `a` with its patient's and doctor's names, as appointmentFrom reads it.
const QString Columns = QStringLiteral(
    "a.id, a.patient_id, p.name, a.doctor_id, u.full_name, a.starts_at, a.duration_minutes, a.status, "
    "a.reason, a.notes, a.created_at, a.updated_at, a.version, a.status_reason");
const QString NameJoins =
    QStringLiteral(" JOIN patients p ON p.id = a.patient_id JOIN users u ON u.id = a.doctor_id");
const QString Select =
    QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM appointments a") + NameJoins;

Appointment appointmentFrom(const QSqlQuery &q)
{
    Appointment a;
    a.id = q.value(0).toLongLong();
    a.patientId = q.value(1).toLongLong();
    a.patientName = q.value(2).toString();
    a.doctorId = q.value(3).toLongLong();
    a.doctorName = q.value(4).toString();
    a.start = Database::instantFrom(q.value(5));
    a.durationMinutes = q.value(6).toInt();
    a.status = appointmentStatusFromName(q.value(7).toString()).value_or(AppointmentStatus::Scheduled);
    a.reason = q.value(8).toString();
    a.notes = q.value(9).toString();
    a.createdAt = Database::instantFrom(q.value(10));
    a.updatedAt = Database::instantFrom(q.value(11));
    a.version = q.value(12).toInt();
    a.statusReason = q.value(13).toString();
    return a;
}

QString occupyingStatuses()
{
    return QStringLiteral("('scheduled', 'checked_in', 'completed')");
}
} // namespace

AppointmentRepository::AppointmentRepository(Database &db)
    : m_db(db)
{}

Result<AppointmentRepository::Participants, StorageError>
AppointmentRepository::participants(qint64 patientId, qint64 doctorId)
{
    QSqlQuery &q = m_db.statement(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM patients WHERE id = :patient_id AND archived_at IS "
                       "NULL), u.id, u.role, "
                       "u.active FROM (SELECT 1 AS one) AS one LEFT JOIN users u ON u.id = :doctor_id"));
    q.bindValue(QStringLiteral(":patient_id"), patientId);
    q.bindValue(QStringLiteral(":doctor_id"), doctorId);
    if (!m_db.run(q))
        return m_db.lastError();
    Participants found;
    if (q.next()) {
        found.patientActive = q.value(0).toLongLong() > 0;
        found.doctorExists = !q.value(1).isNull();
        found.doctorIsDoctor = roleFromName(q.value(2).toString()) == Role::Doctor;
        found.doctorActive = q.value(3).toBool();
    }
    q.finish();
    return found;
}

bool AppointmentRepository::databaseRefusesOverlaps() const
{
    return m_db.engine() == Engine::Postgres;
}

Result<Appointment, StorageError> AppointmentRepository::insert(const Appointment &a)
{
    // PostgreSQL hands the stored row back (as Select reads it) in the same
    // statement; SQLite (in-process) reads it after.
    const bool postgres = m_db.engine() == Engine::Postgres;
    const QString insert = QStringLiteral(
        "INSERT INTO appointments (patient_id, doctor_id, starts_at, ends_at, duration_minutes, status, "
        "reason, notes, created_at, updated_at, version) VALUES (:patient_id, :doctor_id, :starts_at, "
        ":ends_at, :duration, :status, :reason, :notes, :created_at, :updated_at, 1)");
    QSqlQuery &q = m_db.statement(postgres ? QStringLiteral("WITH a AS (") + insert +
                                          QStringLiteral(" RETURNING *) SELECT ") + Columns +
                                          QStringLiteral(" FROM a") + NameJoins
                                           : insert);
    q.bindValue(QStringLiteral(":patient_id"), a.patientId);
    q.bindValue(QStringLiteral(":doctor_id"), a.doctorId);
    q.bindValue(QStringLiteral(":starts_at"), m_db.instantValue(a.start));
    q.bindValue(QStringLiteral(":ends_at"), m_db.instantValue(a.end()));
    q.bindValue(QStringLiteral(":duration"), a.durationMinutes);
    q.bindValue(QStringLiteral(":status"), appointmentStatusName(a.status));
    q.bindValue(QStringLiteral(":reason"), Database::textOrNull(a.reason));
    q.bindValue(QStringLiteral(":notes"), Database::textOrNull(a.notes));
    q.bindValue(QStringLiteral(":created_at"), m_db.instantValue(a.createdAt));
    q.bindValue(QStringLiteral(":updated_at"), m_db.instantValue(a.updatedAt));
    if (!m_db.run(q))
        return m_db.lastError();
    if (postgres) {
        if (!q.next())
            return StorageError{StorageError::Kind::Other, QStringLiteral("the insert returned no row")};
        Appointment stored = appointmentFrom(q);
        q.finish();
        return stored;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    auto stored = find(id);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return StorageError{StorageError::Kind::Other, QStringLiteral("the inserted appointment is gone")};
    return *stored.value();
}

Result<std::optional<Appointment>, StorageError> AppointmentRepository::find(qint64 id, bool lockForUpdate)
{
    const bool lock = lockForUpdate && m_db.engine() == Engine::Postgres;
    QSqlQuery &q = m_db.statement(Select + QStringLiteral(" WHERE a.id = :id") +
                                  (lock ? QStringLiteral(" FOR UPDATE OF a") : QString()));
    q.bindValue(QStringLiteral(":id"), id);
    if (!m_db.run(q))
        return m_db.lastError();
    std::optional<Appointment> appointment;
    if (q.next())
        appointment = appointmentFrom(q);
    q.finish();
    return appointment;
}

Result<bool, StorageError> AppointmentRepository::update(const Appointment &a, int expectedVersion)
{
    QSqlQuery &q = m_db.statement(QStringLiteral(
        "UPDATE appointments SET doctor_id = :doctor_id, starts_at = :starts_at, ends_at = :ends_at, "
        "duration_minutes = :duration, status = :status, reason = :reason, notes = :notes, status_reason = "
        ":status_reason, updated_at = :updated_at, version = version + 1 WHERE id = :id AND version = "
        ":expected"));
    q.bindValue(QStringLiteral(":doctor_id"), a.doctorId);
    q.bindValue(QStringLiteral(":starts_at"), m_db.instantValue(a.start));
    q.bindValue(QStringLiteral(":ends_at"), m_db.instantValue(a.end()));
    q.bindValue(QStringLiteral(":duration"), a.durationMinutes);
    q.bindValue(QStringLiteral(":status"), appointmentStatusName(a.status));
    q.bindValue(QStringLiteral(":reason"), Database::textOrNull(a.reason));
    q.bindValue(QStringLiteral(":notes"), Database::textOrNull(a.notes));
    q.bindValue(QStringLiteral(":status_reason"), Database::textOrNull(a.statusReason));
    q.bindValue(QStringLiteral(":updated_at"), m_db.instantValue(a.updatedAt));
    q.bindValue(QStringLiteral(":id"), a.id);
    q.bindValue(QStringLiteral(":expected"), expectedVersion);
    if (!m_db.run(q))
        return m_db.lastError();
    return q.numRowsAffected() == 1;
}

Result<bool, StorageError> AppointmentRepository::lockDoctorSchedule(qint64 doctorId)
{
    if (m_db.engine() != Engine::Postgres)
        return true;
    QSqlQuery &q = m_db.statement(QStringLiteral("SELECT id FROM users WHERE id = :id FOR UPDATE"));
    q.bindValue(QStringLiteral(":id"), doctorId);
    if (!m_db.run(q))
        return m_db.lastError();
    q.finish();
    return true;
}

Result<std::optional<qint64>, StorageError> AppointmentRepository::findOverlap(qint64 doctorId,
                                                                               const QDateTime &start,
                                                                               const QDateTime &end,
                                                                               qint64 excludeId)
{
    QSqlQuery &q = m_db.statement(
        QStringLiteral("SELECT id FROM appointments WHERE doctor_id = :doctor_id AND starts_at < :end "
                       "AND ends_at > :start AND id <> :exclude AND status IN ") +
        occupyingStatuses() + QStringLiteral(" ORDER BY starts_at, id LIMIT 1"));
    q.bindValue(QStringLiteral(":doctor_id"), doctorId);
    q.bindValue(QStringLiteral(":end"), m_db.instantValue(end));
    q.bindValue(QStringLiteral(":start"), m_db.instantValue(start));
    q.bindValue(QStringLiteral(":exclude"), excludeId);
    if (!m_db.run(q))
        return m_db.lastError();
    std::optional<qint64> id;
    if (q.next())
        id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Result<Page<Appointment>, StorageError> AppointmentRepository::list(const AppointmentFilter &f,
                                                                    const PageRequest &page,
                                                                    const std::optional<QJsonArray> &after)
{
    QStringList conditions;
    if (f.from.isValid())
        conditions.append(QStringLiteral("a.starts_at >= :from"));
    if (f.to.isValid())
        conditions.append(QStringLiteral("a.starts_at < :to"));
    if (f.doctorId > 0)
        conditions.append(QStringLiteral("a.doctor_id = :doctor_id"));
    if (f.patientId > 0)
        conditions.append(QStringLiteral("a.patient_id = :patient_id"));
    if (!f.statuses.isEmpty()) {
        QStringList placeholders;
        for (qsizetype i = 0; i < f.statuses.size(); ++i)
            placeholders.append(QStringLiteral(":status%1").arg(i));
        conditions.append(QString(QStringLiteral("a.status IN (") + placeholders.join(QStringLiteral(", ")) +
                                  QLatin1Char(')')));
    }
    auto bindFilter = [&](QSqlQuery &q) {
        if (f.from.isValid())
            q.bindValue(QStringLiteral(":from"), m_db.instantValue(f.from));
        if (f.to.isValid())
            q.bindValue(QStringLiteral(":to"), m_db.instantValue(f.to));
        if (f.doctorId > 0)
            q.bindValue(QStringLiteral(":doctor_id"), f.doctorId);
        if (f.patientId > 0)
            q.bindValue(QStringLiteral(":patient_id"), f.patientId);
        for (qsizetype i = 0; i < f.statuses.size(); ++i)
            q.bindValue(QStringLiteral(":status%1").arg(i), appointmentStatusName(f.statuses.at(i)));
    };

    Page<Appointment> result;
    if (page.includeTotal) {
        QSqlQuery &count = m_db.statement(QStringLiteral("SELECT COUNT(*) FROM appointments a") +
                                          Database::where(conditions));
        bindFilter(count);
        const auto total = m_db.scalarInteger(count);
        if (!total)
            return total.error();
        result.total = total.value();
    }

    QStringList pageConditions = conditions;
    if (after)
        pageConditions.append(QStringLiteral("(a.starts_at, a.id) > (:after_start, :after_id)"));
    const QString sql =
        Select + Database::where(pageConditions) + QStringLiteral(" ORDER BY a.starts_at, a.id LIMIT :limit");
    QSqlQuery &q = m_db.statement(sql);
    bindFilter(q);
    if (after) {
        const QDateTime afterStart = QDateTime::fromString(after->at(0).toString(), Qt::ISODateWithMs);
        q.bindValue(QStringLiteral(":after_start"), m_db.instantValue(afterStart));
        q.bindValue(QStringLiteral(":after_id"), after->at(1).toInteger());
    }
    q.bindValue(QStringLiteral(":limit"), page.limit + 1);
    if (!m_db.run(q))
        return m_db.lastError();
    while (q.next()) {
        if (result.items.size() == page.limit) {
            const Appointment &last = result.items.last();
            result.nextCursor = cursor::encode({formatInstantMillis(last.start), last.id});
            break;
        }
        result.items.append(appointmentFrom(q));
    }
    q.finish();
    return result;
}

Result<QList<QPair<QString, qint64>>, StorageError>
AppointmentRepository::countByStatus(const QDateTime &from, const QDateTime &to)
{
    QSqlQuery &q =
        m_db.statement(QStringLiteral("SELECT status, COUNT(*) FROM appointments WHERE starts_at >= :from "
                                      "AND starts_at < :to GROUP BY status"));
    q.bindValue(QStringLiteral(":from"), m_db.instantValue(from));
    q.bindValue(QStringLiteral(":to"), m_db.instantValue(to));
    if (!m_db.run(q))
        return m_db.lastError();
    QList<QPair<QString, qint64>> counts;
    while (q.next())
        counts.append({q.value(0).toString(), q.value(1).toLongLong()});
    q.finish();
    return counts;
}

Result<QList<QDateTime>, StorageError> AppointmentRepository::startTimes(const QDateTime &from,
                                                                         const QDateTime &to)
{
    QSqlQuery &q =
        m_db.statement(QStringLiteral("SELECT starts_at FROM appointments WHERE starts_at >= :from "
                                      "AND starts_at < :to AND status <> 'cancelled'"));
    q.bindValue(QStringLiteral(":from"), m_db.instantValue(from));
    q.bindValue(QStringLiteral(":to"), m_db.instantValue(to));
    if (!m_db.run(q))
        return m_db.lastError();
    QList<QDateTime> starts;
    while (q.next())
        starts.append(Database::instantFrom(q.value(0)));
    q.finish();
    return starts;
}

} // namespace hms::server
