#include "Cursor.h"

#include "shared/Text.h"

#include <QJsonDocument>

namespace hms::server::cursor {

QString encode(const QJsonArray &key)
{
    const QByteArray json = QJsonDocument(key).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QJsonArray> decode(const QString &cursor, qsizetype expectedSize)
{
    if (cursor.size() > 2048)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() ||
        document.array().size() != expectedSize)
        return std::nullopt;
    // A cursor is the client's to forge and its texts are bound into queries:
    // refuse what no engine stores (NUL, lone surrogates). Other control
    // characters may come from names stored before they were refused, so a
    // cursor made from such a row still pages on.
    const QJsonArray key = document.array();
    for (const QJsonValue value : key) {
        if (value.isString() &&
            (value.toString().contains(QChar(0)) || text::hasLoneSurrogate(value.toString())))
            return std::nullopt;
    }
    return key;
}

} // namespace hms::server::cursor
