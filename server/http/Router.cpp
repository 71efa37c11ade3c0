#include "Router.h"

namespace hms::server {

namespace {
constexpr QLatin1StringView IdParameter("{id}");

bool parseId(QStringView segment, qint64 &id)
{
    if (segment.isEmpty() || segment.size() > 15 || segment.front() == QLatin1Char('0'))
        return false;
    for (QChar c : segment) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    id = segment.toLongLong();
    return id > 0;
}
} // namespace

void Router::add(Method method, const QString &pattern, AccessRule access, Handler handler)
{
    m_routes.append(Route{method, pattern, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), access,
                          std::move(handler)});
}

RouteMatch Router::match(Method method, const QString &path) const
{
    RouteMatch result;
    QStringView trimmed(path);
    if (trimmed.size() > 1 && trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    const QList<QStringView> segments = trimmed.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QList<qint64> ids;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            if (route.segments[i] == IdParameter) {
                qint64 id = 0;
                matches = parseId(segments[i], id);
                ids.append(id);
            } else {
                matches = route.segments[i] == segments[i];
            }
        }
        if (!matches)
            continue;
        if (route.method == method) {
            result.route = &route;
            result.ids = ids;
            return result;
        }
        if (!result.allowed.contains(route.method))
            result.allowed.append(route.method);
    }
    return result;
}

} // namespace hms::server
