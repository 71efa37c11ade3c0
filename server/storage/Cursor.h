#pragma once

#include <QJsonArray>
#include <QString>
#include <optional>

namespace hms::server::cursor {

// Opaque keyset cursors: base64url of the last row's sort key, e.g. ["smith", 42].
QString encode(const QJsonArray &key);
std::optional<QJsonArray> decode(const QString &cursor, qsizetype expectedSize);

} // namespace hms::server::cursor
