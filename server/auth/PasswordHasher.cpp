#include "PasswordHasher.h"

#include <QRandomGenerator>
#include <argon2.h>
#include <array>

namespace hms::server {

PasswordHasher::PasswordHasher(int maxConcurrent)
    : m_slots(qMax(1, maxConcurrent))
{
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    m_dummyHash = hash(QString::fromLatin1(random.toBase64()));
}

QString PasswordHasher::hash(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    std::array<quint32, 4> salt{};
    QRandomGenerator::system()->fillRange(salt.data(), salt.size());
    constexpr size_t HashLength = 32;
    const size_t encodedLength =
        argon2_encodedlen(Iterations, MemoryKiB, Parallelism, sizeof(salt), HashLength, Argon2_id);
    QByteArray encoded(qsizetype(encodedLength), Qt::Uninitialized);
    m_slots.acquire();
    const QSemaphoreReleaser slot(m_slots);
    const int rc =
        argon2id_hash_encoded(Iterations, MemoryKiB, Parallelism, utf8.constData(), size_t(utf8.size()),
                              salt.data(), sizeof(salt), HashLength, encoded.data(), encodedLength);
    if (rc != ARGON2_OK)
        return {};
    return QString::fromLatin1(encoded.constData()); // NUL-terminated
}

bool PasswordHasher::verify(const QString &encodedHash, const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    const QByteArray encoded = encodedHash.toLatin1();
    if (!encoded.startsWith("$argon2id$"))
        return false;
    m_slots.acquire();
    const QSemaphoreReleaser slot(m_slots);
    return argon2id_verify(encoded.constData(), utf8.constData(), size_t(utf8.size())) == ARGON2_OK;
}

void PasswordHasher::verifyAgainstDummy(const QString &password)
{
    (void)verify(m_dummyHash, password);
}

} // namespace hms::server
