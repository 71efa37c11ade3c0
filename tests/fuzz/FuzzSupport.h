#pragma once

#include "http/Dispatcher.h"
#include "http/HttpOptions.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

// Helpers shared by the libFuzzer targets: an invariant that aborts with a
// message (libFuzzer then keeps the input as a crash artifact), the bytes of
// an input, and the body decoding the dispatcher applies before a handler.
namespace hms::fuzz {

[[noreturn]] inline void fail(const char *invariant, const QString &detail)
{
    std::fprintf(stderr, "invariant broken: %s\n  %s\n", invariant, qUtf8Printable(detail));
    std::abort();
}

#define HMS_FUZZ_CHECK(condition, detail)                                                                    \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            ::hms::fuzz::fail(#condition, (detail));                                                         \
    } while (false)

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

inline QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// What the dispatcher hands a handler as the body of a JSON request, or
// nullopt where it answers 400 itself (too deep, not JSON, not an object).
inline std::optional<QJsonObject> decodeBody(const QByteArray &body)
{
    const int maxDepth = server::HttpOptions{}.maxJsonDepth;
    if (server::jsonNestingDepth(body, maxDepth) > maxDepth)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// A JSON value after the wire: written as the server writes a response, read
// back as the client reads it.
inline QJsonObject throughTheWire(const QJsonObject &object)
{
    return QJsonDocument::fromJson(QJsonDocument(object).toJson(QJsonDocument::Compact)).object();
}

} // namespace hms::fuzz
