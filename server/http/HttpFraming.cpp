#include "HttpFraming.h"

#include <algorithm>
#include <limits>

namespace hms::server {

std::optional<FramingRefusal> checkFraming(const QByteArray &target,
                                           const QList<QPair<QByteArray, QByteArray>> &headers,
                                           const HttpOptions &options)
{
    if (target.size() > options.maxTargetBytes)
        return FramingRefusal{
            414, QStringLiteral("The request target is longer than %1 bytes.").arg(options.maxTargetBytes)};
    if (headers.size() > options.maxHeaderCount)
        return FramingRefusal{
            431, QStringLiteral("The request has more than %1 header fields.").arg(options.maxHeaderCount)};
    int contentLengths = 0;
    int transferEncodings = 0;
    int hosts = 0;
    QByteArray transferEncoding;
    qint64 declaredLength = 0;
    for (const auto &[name, value] : headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            ++contentLengths;
            // 1*DIGIT and nothing else: no sign, no list, no spaces inside.
            const QByteArray digits = value.trimmed();
            const bool onlyDigits = !digits.isEmpty() &&
                std::all_of(digits.cbegin(), digits.cend(), [](char c) { return c >= '0' && c <= '9'; });
            if (!onlyDigits)
                return FramingRefusal{400, QStringLiteral("The Content-Length header is not a number.")};
            bool fits = false;
            declaredLength = digits.toLongLong(&fits);
            if (!fits)
                declaredLength = std::numeric_limits<qint64>::max();
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            ++transferEncodings;
            transferEncoding = value.trimmed();
        } else if (name.compare("Host", Qt::CaseInsensitive) == 0) {
            ++hosts;
        }
    }
    if (hosts > 1)
        return FramingRefusal{400, QStringLiteral("The request has more than one Host header.")};
    if (contentLengths > 1)
        return FramingRefusal{400, QStringLiteral("The request has more than one Content-Length header.")};
    if (transferEncodings > 0 && contentLengths > 0)
        return FramingRefusal{
            400,
            QStringLiteral("The request has both Content-Length and Transfer-Encoding; send one of them.")};
    if (transferEncodings > 1)
        return FramingRefusal{400, QStringLiteral("The request has more than one Transfer-Encoding header.")};
    if (transferEncodings == 1 && transferEncoding.compare("chunked", Qt::CaseInsensitive) != 0)
        return FramingRefusal{501, QStringLiteral("The only transfer coding accepted is chunked.")};
    if (declaredLength > options.maxBodyBytes)
        return FramingRefusal{
            413, QStringLiteral("The request body is larger than %1 bytes.").arg(options.maxBodyBytes)};
    return std::nullopt;
}

} // namespace hms::server
