#include "AuthService.h"

#include "Clock.h"
#include "auth/PasswordHasher.h"
#include "shared/Text.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <array>

namespace hms::server {

namespace {
// A request writes its time as the session's last activity only when the
// stored one is at least this old: a busy client costs at most one write per
// second. The stored time may therefore trail the true last activity by up to
// this much, and a session expires this much after its idle limit as measured
// from the stored time: never before the limit, at most a second after.
constexpr qint64 ActivityResolutionMs = 1000;
// How long a worker answers a token from memory before reading the session again.
constexpr qint64 CacheMs = qint64{60} * 1000;
// Sessions one worker remembers; beyond that it forgets them all and reads again.
constexpr qsizetype MaxCachedSessions = 10000;

ServiceError invalidCredentials()
{
    return ServiceError::unauthorized(QStringLiteral("The username or password is incorrect."));
}

ServiceError sessionInvalid()
{
    return ServiceError::unauthorized(QStringLiteral("The session has expired or was ended; sign in again."));
}

QString newToken()
{
    std::array<quint32, 8> random{}; // 256 bits
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    const QByteArray bytes(reinterpret_cast<const char *>(random.data()), qsizetype(sizeof(random)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

AuthService::AuthService(Database &db, PasswordHasher &hasher, SessionPolicy policy, Clock clock,
                         Database *activityLog)
    : m_db(db)
    , m_hasher(hasher)
    , m_policy(policy)
    , m_clock(std::move(clock))
    , m_users(db)
    , m_sessions(db)
    , m_activity(activityLog ? *activityLog : db)
    , m_throttle(db, LoginThrottle::Policy{})
    , m_audit(db)
{}

QByteArray AuthService::tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex();
}

Outcome<LoginResult> AuthService::login(const QString &rawUsername, const QString &password, const Actor &who)
{
    const QString username = normalizeUsername(rawUsername).left(user::UsernameMaxLength);
    const QDateTime now = m_clock();
    Actor attempt = who;
    attempt.username = username;

    // The attempt takes its place in the failure counts before the password
    // is checked, so that concurrent attempts cannot all pass a limit that
    // only the first of them had room under.
    const auto reservation = m_throttle.reserve(username, who.clientAddress, now);
    if (!reservation)
        return ServiceError::fromStorage(reservation.error());
    if (!reservation.value().granted()) {
        if (const auto audited = m_audit.record(attempt, QStringLiteral("auth.login_throttled"),
                                                QStringLiteral("session"), 0, 0, QStringLiteral("denied"));
            !audited)
            return ServiceError::fromStorage(audited.error());
        return ServiceError::rateLimited(reservation.value().retryAfter);
    }

    const auto found = m_users.findByUsername(username);
    if (!found)
        return ServiceError::fromStorage(found.error());
    bool accepted = false;
    if (found.value()) {
        attempt.userId = found.value()->user.id;
        accepted = m_hasher.verify(found.value()->passwordHash, password) && found.value()->user.active;
    } else {
        m_hasher.verifyAgainstDummy(password); // the same cost as a wrong password
    }

    if (!accepted) {
        // Already counted by the reservation.
        if (const auto audited = m_audit.record(attempt, QStringLiteral("auth.login"),
                                                QStringLiteral("session"), 0, 0, QStringLiteral("failure"));
            !audited)
            return ServiceError::fromStorage(audited.error());
        return invalidCredentials();
    }

    Transaction tx(m_db);
    if (!tx.isActive())
        return ServiceError::fromStorage(m_db.lastError());
    LoginResult result;
    result.token = newToken();
    result.expiresAt = now.addSecs(m_policy.absoluteSeconds);
    result.user = found.value()->user;
    const auto id = m_sessions.create(tokenHash(result.token), result.user.id, now, result.expiresAt);
    if (!id)
        return ServiceError::fromStorage(id.error());
    if (const auto released = m_throttle.release(username, who.clientAddress, reservation.value()); !released)
        return ServiceError::fromStorage(released.error());
    if (const auto audited =
            m_audit.record(attempt, QStringLiteral("auth.login"), QStringLiteral("session"), id.value(), 0);
        !audited)
        return ServiceError::fromStorage(audited.error());
    if (!tx.commit())
        return ServiceError::fromStorage(m_db.lastError());
    return result;
}

bool AuthService::idleExpired(const QDateTime &lastSeenAt, const QDateTime &now) const
{
    return lastSeenAt.msecsTo(now) >= qint64(m_policy.idleSeconds) * 1000 + ActivityResolutionMs;
}

Outcome<Actor> AuthService::authenticate(const QString &token)
{
    if (token.size() < 16 || token.size() > 128)
        return sessionInvalid();
    const QByteArray hash = tokenHash(token);
    if (const auto cached = m_cache.find(hash); cached != m_cache.end()) {
        // Read within the last minute, and live by everything this worker
        // knows (other workers may only have seen later activity): trusted
        // for now, confirmed before the answer leaves (see Actor).
        const QDateTime now = m_clock();
        const qint64 sinceRead = cached->readAt.msecsTo(now);
        if (now < cached->expiresAt && sinceRead >= 0 && sinceRead < CacheMs &&
            !idleExpired(cached->lastSeenAt, now)) {
            if (cached->lastSeenAt.msecsTo(now) >= ActivityResolutionMs) {
                if (const auto touched = m_activity.touch(cached->actor.sessionId, now); !touched)
                    return ServiceError::fromStorage(touched.error());
                cached->lastSeenAt = now;
            }
            Actor actor = cached->actor;
            actor.sessionCheck = std::make_shared<SessionCheck>(SessionCheck{hash, false, false});
            return actor;
        }
        m_cache.erase(cached);
    }
    return readSession(hash);
}

Outcome<Actor> AuthService::readSession(const QByteArray &hash, bool retried)
{
    const auto found = m_sessions.findLive(hash);
    if (!found)
        return ServiceError::fromStorage(found.error());
    if (!found.value())
        return sessionInvalid();
    const StoredSession &session = *found.value();
    const QDateTime now = m_clock();
    if (now >= session.expiresAt || !session.user.active) {
        (void)m_sessions.revoke(session.id, now);
        return sessionInvalid();
    }
    if (idleExpired(session.lastSeenAt, now)) {
        // Ended only if no other request recorded activity since the read.
        const auto revoked = m_sessions.revokeIdle(session.id, session.lastSeenAt, now);
        if (!revoked)
            return ServiceError::fromStorage(revoked.error());
        if (revoked.value() || retried)
            return sessionInvalid();
        return readSession(hash, true);
    }
    QDateTime lastSeenAt = session.lastSeenAt;
    if (session.lastSeenAt.msecsTo(now) >= ActivityResolutionMs) {
        if (const auto touched = m_activity.touch(session.id, now); !touched)
            return ServiceError::fromStorage(touched.error());
        lastSeenAt = now;
    }
    Actor actor;
    actor.userId = session.user.id;
    actor.username = session.user.username;
    actor.fullName = session.user.fullName;
    actor.role = session.user.role;
    actor.sessionId = session.id;
    actor.sessionCheck = std::make_shared<SessionCheck>(SessionCheck{hash, true, false}); // just read
    if (m_cache.size() >= MaxCachedSessions)
        m_cache.clear();
    CachedSession remembered{actor, session.expiresAt, lastSeenAt, now};
    remembered.actor.sessionCheck.reset(); // each request gets its own
    m_cache.insert(hash, remembered);
    return actor;
}

bool AuthService::confirmSession(const Actor &actor)
{
    if (!actor.sessionUnconfirmed())
        return true;
    const QByteArray hash = actor.sessionCheck->tokenHash;
    m_cache.remove(hash);
    if (actor.sessionCheck->refused)
        return false;
    const auto fresh = readSession(hash);
    if (!fresh || fresh.value().sessionId != actor.sessionId || fresh.value().userId != actor.userId ||
        fresh.value().role != actor.role) {
        m_cache.remove(hash);
        return false;
    }
    actor.sessionCheck->confirmed = true;
    return true;
}

Outcome<Done> AuthService::logout(const Actor &actor)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return ServiceError::fromStorage(m_db.lastError());
    const auto revoked = m_sessions.revoke(actor.sessionId, m_clock());
    if (!revoked)
        return ServiceError::fromStorage(revoked.error());
    if (actor.sessionCheck) {
        m_cache.remove(actor.sessionCheck->tokenHash);
        if (actor.sessionUnconfirmed()) {
            if (!revoked.value())
                return sessionInvalid(); // ended already, elsewhere
            actor.sessionCheck->confirmed = true; // it was live until this statement ended it
        }
    }
    if (const auto audited = m_audit.record(actor, QStringLiteral("auth.logout"), QStringLiteral("session"),
                                            actor.sessionId, 0);
        !audited)
        return ServiceError::fromStorage(audited.error());
    if (!tx.commit())
        return ServiceError::fromStorage(m_db.lastError());
    return Done{};
}

Outcome<User> AuthService::me(const Actor &actor)
{
    const auto found = m_users.find(actor.userId);
    if (!found)
        return ServiceError::fromStorage(found.error());
    if (!found.value())
        return sessionInvalid();
    return found.value()->user;
}

Outcome<Done> AuthService::changePassword(const Actor &actor, const QString &currentPassword,
                                          const QString &newPassword)
{
    ValidationErrors errors = validatePassword(newPassword, QStringLiteral("new_password"));
    if (currentPassword.isEmpty())
        errors.add(QStringLiteral("current_password"), QStringLiteral("is required"));
    else
        text::characters(errors, QStringLiteral("current_password"), currentPassword);
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    const auto found = m_users.find(actor.userId);
    if (!found)
        return ServiceError::fromStorage(found.error());
    if (!found.value())
        return sessionInvalid();
    if (!m_hasher.verify(found.value()->passwordHash, currentPassword)) {
        (void)m_audit.record(actor, QStringLiteral("auth.password_change"), QStringLiteral("user"),
                             actor.userId, 0, QStringLiteral("failure"));
        return ServiceError::validation(QStringLiteral("current_password"),
                                        QStringLiteral("is not your current password"));
    }
    const QString hash = m_hasher.hash(newPassword);
    if (hash.isEmpty())
        return ServiceError{
            ServiceError::Kind::Internal, QStringLiteral("Password hashing failed."), {}, {}, 0};
    const QDateTime now = m_clock();
    Transaction tx(m_db);
    if (!tx.isActive())
        return ServiceError::fromStorage(m_db.lastError());
    if (const auto stored = m_users.setPasswordHash(actor.userId, hash, now); !stored)
        return ServiceError::fromStorage(stored.error());
    if (const auto revoked = m_sessions.revokeAllForUser(actor.userId, actor.sessionId, now); !revoked)
        return ServiceError::fromStorage(revoked.error());
    if (const auto audited = m_audit.record(actor, QStringLiteral("auth.password_change"),
                                            QStringLiteral("user"), actor.userId, 0);
        !audited)
        return ServiceError::fromStorage(audited.error());
    if (!tx.commit())
        return ServiceError::fromStorage(m_db.lastError());
    return Done{};
}

} // namespace hms::server
