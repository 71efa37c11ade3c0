#include "AuthService.h"

#include "Clock.h"
#include "auth/PasswordHasher.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <array>

namespace hms::server {

namespace {
// Refreshing last_seen_at on every request would turn every read into a
// write; a minute's granularity is plenty for a 30-minute idle limit.
constexpr int TouchGranularitySeconds = 60;

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
    std::array<quint32, 8> random {}; // 256 bits
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    const QByteArray bytes(reinterpret_cast<const char *>(random.data()), qsizetype(sizeof(random)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

AuthService::AuthService(Database &db, PasswordHasher &hasher, SessionPolicy policy)
    : m_db(db)
    , m_hasher(hasher)
    , m_policy(policy)
    , m_users(db)
    , m_sessions(db)
{ }

QByteArray AuthService::tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex();
}

Outcome<LoginResult> AuthService::login(const QString &username, const QString &password)
{
    const auto found = m_users.findByUsername(normalizeUsername(username));
    if (!found)
        return ServiceError::fromStorage(found.error());
    if (!found.value()) {
        m_hasher.verifyAgainstDummy(password);
        return invalidCredentials();
    }
    const StoredUser &stored = *found.value();
    const bool passwordOk = m_hasher.verify(stored.passwordHash, password);
    if (!passwordOk || !stored.user.active)
        return invalidCredentials();

    const QDateTime now = utcNow();
    LoginResult result;
    result.token = newToken();
    result.expiresAt = now.addSecs(m_policy.absoluteSeconds);
    result.user = stored.user;
    Transaction tx(m_db);
    if (!tx.isActive())
        return ServiceError::fromStorage(m_db.lastError());
    const auto id = m_sessions.create(tokenHash(result.token), stored.user.id, now, result.expiresAt);
    if (!id)
        return ServiceError::fromStorage(id.error());
    if (!tx.commit())
        return ServiceError::fromStorage(m_db.lastError());
    return result;
}

Outcome<Actor> AuthService::authenticate(const QString &token)
{
    if (token.size() < 16 || token.size() > 128)
        return sessionInvalid();
    const auto found = m_sessions.findLive(tokenHash(token));
    if (!found)
        return ServiceError::fromStorage(found.error());
    if (!found.value())
        return sessionInvalid();
    const StoredSession &session = *found.value();
    const QDateTime now = utcNow();
    const bool expired = now >= session.expiresAt || session.lastSeenAt.secsTo(now) >= m_policy.idleSeconds;
    if (expired || !session.user.active) {
        (void)m_sessions.revoke(session.id, now);
        return sessionInvalid();
    }
    if (session.lastSeenAt.secsTo(now) >= TouchGranularitySeconds) {
        if (const auto touched = m_sessions.touch(session.id, now); !touched)
            return ServiceError::fromStorage(touched.error());
    }
    Actor actor;
    actor.userId = session.user.id;
    actor.username = session.user.username;
    actor.fullName = session.user.fullName;
    actor.role = session.user.role;
    actor.sessionId = session.id;
    return actor;
}

Outcome<Done> AuthService::logout(const Actor &actor)
{
    const auto revoked = m_sessions.revoke(actor.sessionId, utcNow());
    if (!revoked)
        return ServiceError::fromStorage(revoked.error());
    return Done {};
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

} // namespace hms::server
