#pragma once

#include "HttpResponse.h"
#include "RequestContext.h"
#include "shared/Permission.h"

#include "HttpRequest.h"
#include <QStringList>
#include <functional>
#include <variant>

namespace hms::server {

struct PublicRoute
{
};

// Every route states who may call it: public, or the permission it needs.
// There is no default, so a route cannot be added without a rule.
using AccessRule = std::variant<PublicRoute, Permission>;

using Handler = std::function<HttpResponse(RequestContext &)>;

struct Route
{
    Method method;
    QString pattern; // e.g. /api/patients/{id}; also the route's name in logs and metrics
    QStringList segments;
    AccessRule access;
    Handler handler;
};

struct RouteMatch
{
    const Route *route = nullptr;
    QList<qint64> ids;
    QList<Method> allowed; // when the path exists but not for this method
};

// The route table. Path parameters are positive integer ids: anything else
// in their place does not match, so a non-numeric id is a 404.
class Router
{
public:
    void add(Method method, const QString &pattern, AccessRule access, Handler handler);
    RouteMatch match(Method method, const QString &path) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

} // namespace hms::server
