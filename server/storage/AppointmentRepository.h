#pragma once

#include "Page.h"
#include "StorageError.h"
#include "shared/Appointment.h"
#include "shared/Result.h"

#include <QJsonArray>
#include <optional>

namespace hms::server {

class Database;

struct AppointmentFilter
{
    QDateTime from; // inclusive, on the start time
    QDateTime to; // exclusive
    qint64 doctorId = 0;
    qint64 patientId = 0;
    QList<AppointmentStatus> statuses; // any of these; empty: every status
};

class AppointmentRepository
{
public:
    explicit AppointmentRepository(Database &db);

    // Whether a booking's patient and doctor can take part, read in one query.
    struct Participants
    {
        bool patientActive = false; // exists and is not archived
        bool doctorExists = false;
        bool doctorIsDoctor = false;
        bool doctorActive = false;
    };
    Result<Participants, StorageError> participants(qint64 patientId, qint64 doctorId);
    // The stored appointment, with the patient's and doctor's names.
    Result<Appointment, StorageError> insert(const Appointment &appointment);
    Result<std::optional<Appointment>, StorageError> find(qint64 id, bool lockForUpdate = false);
    Result<bool, StorageError> update(const Appointment &appointment, int expectedVersion);
    // Serialises bookings for one doctor until the transaction ends (PostgreSQL
    // row lock; SQLite write transactions are serial already).
    Result<bool, StorageError> lockDoctorSchedule(qint64 doctorId);
    // PostgreSQL refuses an overlapping booking itself (an exclusion
    // constraint, ExclusionViolation); SQLite relies on the service's check.
    bool databaseRefusesOverlaps() const;
    // An appointment of this doctor that occupies time overlapping [start, end).
    Result<std::optional<qint64>, StorageError> findOverlap(qint64 doctorId, const QDateTime &start,
                                                            const QDateTime &end, qint64 excludeId);
    static constexpr qsizetype CursorKeySize = 2;
    Result<Page<Appointment>, StorageError> list(const AppointmentFilter &filter, const PageRequest &page,
                                                 const std::optional<QJsonArray> &after);
    // Counts per status for appointments starting in [from, to).
    Result<QList<QPair<QString, qint64>>, StorageError> countByStatus(const QDateTime &from,
                                                                      const QDateTime &to);
    Result<QList<QDateTime>, StorageError> startTimes(const QDateTime &from, const QDateTime &to);

private:
    Database &m_db;
};

} // namespace hms::server
