#pragma once

#include "Page.h"
#include "StorageError.h"
#include "shared/MedicalRecord.h"
#include "shared/Result.h"

#include <QJsonArray>
#include <optional>

namespace hms::server {

class Database;

class RecordRepository
{
public:
    explicit RecordRepository(Database &db);

    // Inserts the record and its first version.
    Result<qint64, StorageError> insert(const MedicalRecord &record);
    Result<std::optional<MedicalRecord>, StorageError> find(qint64 id, bool lockForUpdate = false);
    // Writes the amendment and keeps it as a new version, if the stored version is still expectedVersion.
    Result<bool, StorageError> amend(const MedicalRecord &record, int expectedVersion);
    static constexpr qsizetype CursorKeySize = 2;
    // Newest first: record_date, then id, descending.
    Result<Page<MedicalRecord>, StorageError> listForPatient(qint64 patientId, const PageRequest &page,
                                                             const std::optional<QJsonArray> &after);
    // Every version, oldest first.
    Result<QList<MedicalRecord>, StorageError> history(qint64 id);
    Result<qint64, StorageError> countSince(const QDate &from, qint64 authorId);

private:
    Result<bool, StorageError> insertVersion(const MedicalRecord &record);

    Database &m_db;
};

} // namespace hms::server
