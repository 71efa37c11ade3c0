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

private:
    Database &m_db;
};

} // namespace hms::server
