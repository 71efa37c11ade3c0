#pragma once

#include "Actor.h"
#include "ServiceError.h"
#include "storage/SessionRepository.h"
#include "storage/UserRepository.h"

#include <QDateTime>
#include <QString>

namespace hms::server {

class Database;
class PasswordHasher;

struct SessionPolicy
{
    int idleSeconds = 30 * 60;
    int absoluteSeconds = 12 * 3600;
};

struct LoginResult
{
    QString token;
    QDateTime expiresAt;
    User user;
};

class AuthService
{
public:
    AuthService(Database &db, PasswordHasher &hasher, SessionPolicy policy);

    Outcome<LoginResult> login(const QString &username, const QString &password);
    // The caller behind a bearer token, or Unauthorized.
    Outcome<Actor> authenticate(const QString &token);
    Outcome<Done> logout(const Actor &actor);
    Outcome<User> me(const Actor &actor);

    static QByteArray tokenHash(const QString &token);

private:
    Database &m_db;
    PasswordHasher &m_hasher;
    SessionPolicy m_policy;
    UserRepository m_users;
    SessionRepository m_sessions;
};

} // namespace hms::server
