#pragma once

#include "Actor.h"
#include "Clock.h"
#include "ServiceError.h"
#include "audit/AuditTrail.h"
#include "auth/LoginThrottle.h"
#include "storage/SessionRepository.h"
#include "storage/UserRepository.h"

#include <QDateTime>
#include <QHash>
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
    // activityLog: where a session's activity is recorded, a connection whose
    // commits do not wait for the disk flush (as the audit entries of reads);
    // without one, `db`.
    AuthService(Database &db, PasswordHasher &hasher, SessionPolicy policy, Clock clock = utcNow,
                Database *activityLog = nullptr);

    // `who` carries the client address and request id for throttling and the audit trail.
    Outcome<LoginResult> login(const QString &username, const QString &password, const Actor &who);
    // The caller behind a bearer token, or Unauthorized. A token this worker
    // read within the last minute is answered from memory, with the session
    // still to be confirmed (see Actor::sessionCheck). Either way the request
    // counts as activity of the session, which every worker sees.
    Outcome<Actor> authenticate(const QString &token);
    // Reads a remembered session from the database: true when it is still live
    // with the same user and role, which the actor then records; otherwise the
    // token is forgotten, and its next request reads the session afresh.
    bool confirmSession(const Actor &actor);
    Outcome<Done> logout(const Actor &actor);
    Outcome<User> me(const Actor &actor);
    // Ends the caller's other sessions.
    Outcome<Done> changePassword(const Actor &actor, const QString &currentPassword,
                                 const QString &newPassword);

    static QByteArray tokenHash(const QString &token);
    // The configured idle timeout, which clients keep their own idle lock within.
    int sessionIdleMinutes() const { return m_policy.idleSeconds / 60; }

private:
    struct CachedSession
    {
        Actor actor;
        QDateTime expiresAt;
        QDateTime lastSeenAt; // the session's last activity as stored, when this worker last wrote or read it
        QDateTime readAt;
    };
    Outcome<Actor> readSession(const QByteArray &tokenHash, bool retried = false);
    bool idleExpired(const QDateTime &lastSeenAt, const QDateTime &now) const;

    Database &m_db;
    PasswordHasher &m_hasher;
    SessionPolicy m_policy;
    Clock m_clock;
    UserRepository m_users;
    SessionRepository m_sessions;
    SessionRepository m_activity; // last_seen_at only
    LoginThrottle m_throttle;
    AuditTrail m_audit;
    QHash<QByteArray, CachedSession> m_cache; // by token hash; this worker's alone
};

} // namespace hms::server
