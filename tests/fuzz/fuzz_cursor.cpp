// Paging cursors, both ways. The input as a cursor a client sends back
// (cursor::decode): whatever decodes has the list's key size and re-encodes to
// an equivalent cursor. The input as the last row of a page, in the shapes the
// lists encode (sort text and id, date or instant and id, id alone): the
// cursor the server hands out decodes to that same key and passes the shape
// checks of the list it came from.
#include "FuzzSupport.h"

#include "shared/Instant.h"
#include "storage/Cursor.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <algorithm>
#include <cstring>

using namespace hms;
using namespace hms::server;

namespace {

void checkClientCursor(const QString &text)
{
    for (const qsizetype keySize : {1, 2}) {
        const std::optional<QJsonArray> key = cursor::decode(text, keySize);
        if (!key)
            continue;
        HMS_FUZZ_CHECK(key->size() == keySize && text.size() <= 2048, text);
        // Re-encoded, a key may grow past what decode reads (raw control
        // characters become \u escapes); the server's own keys never do (see below).
        const QString encoded = cursor::encode(*key);
        if (encoded.size() > 2048)
            continue;
        const std::optional<QJsonArray> again = cursor::decode(encoded, keySize);
        HMS_FUZZ_CHECK(again && *again == *key,
                       text + QStringLiteral(" -> ") + fuzz::compact(*key) + QStringLiteral(" -> ") +
                           encoded);
        HMS_FUZZ_CHECK(cursor::encode(*again) == encoded, encoded);
    }
}

void checkServerCursor(const QJsonArray &key)
{
    const QString encoded = cursor::encode(key);
    const std::optional<QJsonArray> decoded = cursor::decode(encoded, key.size());
    HMS_FUZZ_CHECK(decoded && *decoded == key, fuzz::compact(key) + QStringLiteral(" -> ") + encoded);
    // What the services then read from it.
    const QJsonValue id = decoded->at(decoded->size() - 1);
    HMS_FUZZ_CHECK(id.isDouble() && id.toInteger() == key.at(key.size() - 1).toInteger(), encoded);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    checkClientCursor(QString::fromUtf8(input));
    checkClientCursor(QString::fromLatin1(input));

    // The last row of a page: an id (JSON integers are exact up to 2^53), a
    // patient's sort name (the case-folded name, at most 100 characters), a
    // record date and an appointment's start.
    if (size < 8)
        return 0;
    quint64 raw = 0;
    std::memcpy(&raw, data, sizeof raw);
    const qint64 id = static_cast<qint64>(raw % (quint64{1} << 53)) + 1;
    QList<uint> characters = QString::fromUtf8(input.mid(8)).toCaseFolded().toUcs4();
    characters.resize(std::min<qsizetype>(characters.size(), 100)); // names are counted in code points
    const QString name =
        QString::fromUcs4(reinterpret_cast<const char32_t *>(characters.constData()), characters.size());
    const QDate date = QDate(1900, 1, 1).addDays(static_cast<qint64>(raw % 3000000));
    const QDateTime start = QDateTime(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc())
                                .addMSecs(static_cast<qint64>(raw % 253402300800000));
    checkServerCursor({id});
    if (!name.contains(QChar(0))) // no engine stores a NUL, so no stored name holds one
        checkServerCursor({name, id});
    checkServerCursor({formatDate(date), id});
    checkServerCursor({formatInstantMillis(start), id});
    return 0;
}
