// A raw request body as the dispatcher decodes it before any handler sees it:
// the nesting-depth guard (jsonNestingDepth), then QJsonDocument into an
// object. Invariants: the guard never counts less than the parsed depth (and
// exactly that on canonical text), its early stop at the limit decides as the
// full count would, and an accepted body survives being written and read
// again unchanged.
#include "FuzzSupport.h"

#include <QJsonValue>
#include <algorithm>
#include <limits>

using namespace hms;

namespace {

int depthOf(const QJsonValue &value)
{
    int deepest = 0;
    if (value.isArray()) {
        for (const QJsonValue item : value.toArray())
            deepest = std::max(deepest, depthOf(item));
        return deepest + 1;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            deepest = std::max(deepest, depthOf(it.value()));
        return deepest + 1;
    }
    return 0;
}

int depthOf(const QJsonDocument &document)
{
    if (document.isArray())
        return depthOf(QJsonValue(document.array()));
    if (document.isObject())
        return depthOf(QJsonValue(document.object()));
    return 0;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const int limit = server::HttpOptions{}.maxJsonDepth;
    const int full = server::jsonNestingDepth(body, std::numeric_limits<int>::max());
    const int bounded = server::jsonNestingDepth(body, limit);

    HMS_FUZZ_CHECK(full >= 0 && bounded >= 0, QStringLiteral("full %1, bounded %2").arg(full).arg(bounded));
    // Stopping early at the limit decides exactly as counting everything would.
    HMS_FUZZ_CHECK((bounded > limit) == (full > limit),
                   QStringLiteral("full %1, bounded %2, limit %3").arg(full).arg(bounded).arg(limit));
    HMS_FUZZ_CHECK(full > limit ? bounded == limit + 1 : bounded == full,
                   QStringLiteral("full %1, bounded %2, limit %3").arg(full).arg(bounded).arg(limit));

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return 0;
    // On any JSON text the parser accepts, the quick count is at least the
    // parsed depth: the guard never lets a deeper body through. (It may count
    // more: of duplicate keys, only the last value is kept.)
    const int parsed = depthOf(document);
    HMS_FUZZ_CHECK(parsed <= full, QStringLiteral("parsed depth %1, counted %2").arg(parsed).arg(full));
    // On the text as QJsonDocument writes it, the count is exact.
    const QByteArray canonical = document.toJson(QJsonDocument::Compact);
    HMS_FUZZ_CHECK(server::jsonNestingDepth(canonical, std::numeric_limits<int>::max()) == parsed,
                   QString::fromUtf8(canonical));

    const std::optional<QJsonObject> decoded = fuzz::decodeBody(body);
    HMS_FUZZ_CHECK(decoded.has_value() == (document.isObject() && full <= limit),
                   QStringLiteral("object %1, depth %2").arg(document.isObject()).arg(full));
    if (!decoded)
        return 0;

    // What a handler sees, written and read again, is what it saw.
    const QByteArray written = QJsonDocument(*decoded).toJson(QJsonDocument::Compact);
    const std::optional<QJsonObject> again = fuzz::decodeBody(written);
    HMS_FUZZ_CHECK(again.has_value(), QString::fromUtf8(written));
    HMS_FUZZ_CHECK(*again == *decoded,
                   QStringLiteral("%1 became %2").arg(fuzz::compact(*decoded), fuzz::compact(*again)));
    HMS_FUZZ_CHECK(server::jsonNestingDepth(written, limit) == parsed, QString::fromUtf8(written));
    return 0;
}
