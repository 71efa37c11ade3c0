#include "RequestContext.h"

namespace hms::server {

std::optional<int> RequestContext::ifMatchVersion() const
{
    QByteArray value = request.value(QByteArrayLiteral("If-Match")).trimmed();
    if (value.isEmpty() || value == "*")
        return std::nullopt;
    if (value.startsWith("W/"))
        value = value.mid(2);
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    bool ok = false;
    const int version = value.toInt(&ok);
    return ok && version > 0 ? version : -1;
}

} // namespace hms::server
