#pragma once

#include <QSemaphore>
#include <QString>

namespace hms::server {

// Argon2id (libargon2) with OWASP's minimum: 19 MiB, t=2, p=1. Hashing is
// expensive on purpose, so at most `maxConcurrent` run at once: a flood of
// logins queues here instead of starving the rest of the API of memory and CPU.
class PasswordHasher
{
public:
    static constexpr uint32_t MemoryKiB = 19 * 1024;
    static constexpr uint32_t Iterations = 2;
    static constexpr uint32_t Parallelism = 1;

    explicit PasswordHasher(int maxConcurrent);

    QString hash(const QString &password);
    bool verify(const QString &encodedHash, const QString &password);
    // Costs what a verify costs, for unknown users, so timing does not tell
    // which usernames exist.
    void verifyAgainstDummy(const QString &password);

private:
    QSemaphore m_slots;
    QString m_dummyHash;
};

} // namespace hms::server
