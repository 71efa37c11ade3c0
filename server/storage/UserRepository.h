#pragma once

#include "StorageError.h"
#include "shared/Result.h"
#include "shared/User.h"

#include <QList>
#include <optional>

namespace hms::server {

class Database;

struct StoredUser
{
    User user;
    QString passwordHash;
};

class UserRepository
{
public:
    explicit UserRepository(Database &db);

    Result<qint64, StorageError> insert(const User &user, const QString &passwordHash);
    Result<std::optional<StoredUser>, StorageError> find(qint64 id);
    Result<std::optional<StoredUser>, StorageError> findByUsername(const QString &username);
    Result<QList<User>, StorageError> activeDoctors();
    Result<QList<User>, StorageError> all();
    Result<qint64, StorageError> count();
    // Writes full_name, role, active and deactivation_reason if the stored version is still expectedVersion.
    Result<bool, StorageError> update(const User &user, int expectedVersion);
    Result<bool, StorageError> setPasswordHash(qint64 id, const QString &passwordHash, const QDateTime &at);
    Result<qint64, StorageError> countActiveAdmins();

private:
    Database &m_db;
};

} // namespace hms::server
