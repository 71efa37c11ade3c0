#pragma once

#include "ServiceError.h"
#include "storage/UserRepository.h"

namespace hms::server {

class Database;
class PasswordHasher;

struct NewUser
{
    QString username;
    QString fullName;
    QString role;
    QString password;
};

class StaffService
{
public:
    StaffService(Database &db, PasswordHasher &hasher);

    Outcome<User> create(const NewUser &input);
    Outcome<QList<User>> activeDoctors();

private:
    Database &m_db;
    PasswordHasher &m_hasher;
    UserRepository m_users;
};

} // namespace hms::server
