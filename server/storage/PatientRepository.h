#pragma once

#include "Page.h"
#include "StorageError.h"
#include "shared/Patient.h"
#include "shared/Result.h"

#include <QJsonArray>
#include <optional>

namespace hms::server {

class Database;

struct PatientFilter
{
    QString query; // word-prefix search over name, email, phone, MRN
};

class PatientRepository
{
public:
    explicit PatientRepository(Database &db);

    // Inserts, assigns id and MRN, indexes the search terms. Caller holds a write transaction.
    Result<Patient, StorageError> insert(const Patient &patient);
    Result<std::optional<Patient>, StorageError> find(qint64 id, bool lockForUpdate = false);
    // Writes patient if its stored version is still `expectedVersion`; false when it moved on.
    Result<bool, StorageError> update(const Patient &patient, int expectedVersion);
    Result<bool, StorageError> archive(qint64 id, const QDateTime &at);
    // Id of a patient in use with this email (case-insensitive), other than excludeId.
    Result<std::optional<qint64>, StorageError> findByEmail(const QString &email, qint64 excludeId = 0);
    // Ordered by (sort_name, id); `after` is a decoded cursor of CursorKeySize values.
    static constexpr qsizetype CursorKeySize = 2;
    Result<Page<Patient>, StorageError> list(const PatientFilter &filter, const PageRequest &page,
                                             const std::optional<QJsonArray> &after);
    Result<qint64, StorageError> countActive();

    static QString mrnFor(qint64 id);
    static QStringList searchTermsFor(const Patient &patient);
    static QStringList searchTokens(const QString &query);

private:
    // How many terms start with token, counting no further than cap.
    Result<qint64, StorageError> countTermMatches(const QString &token, qint64 cap);
    Result<bool, StorageError> writeSearchTerms(const Patient &patient, bool replace);

    Database &m_db;
};

} // namespace hms::server
