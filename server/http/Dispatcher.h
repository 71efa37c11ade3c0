#pragma once

#include "HttpOptions.h"
#include "HttpResponse.h"
#include "Router.h"

#include "HttpRequest.h"

namespace hms::server {

class AuditTrail;
class AuthService;
class Database;
class Metrics;

// Turns one request into one response: request id, CORS, routing (404/405),
// body limits and parsing (413/415/400), authentication and the route's
// permission (401/403), then the handler; adds the standard headers. Nothing
// internal reaches the response: a failure becomes a problem with a request id.
class Dispatcher
{
public:
    Dispatcher(const Router &router, const HttpOptions &options, AuthService &auth, AuditTrail &audit,
               Database &db, Metrics &metrics);

    HttpResponse dispatch(const HttpRequest &request);
    // The answer to a request refused before it could be dispatched (its
    // framing or size), counted and logged like any other.
    HttpResponse refuse(int status, const QString &detail);

private:
    HttpResponse route(const HttpRequest &request, RequestContext &context, QString &routeName);
    HttpResponse preflight(const HttpRequest &request, const QByteArray &origin);
    std::optional<HttpResponse> readBody(const HttpRequest &request, RequestContext &context);
    std::optional<HttpResponse> authorize(const Route &route, RequestContext &context);
    // Counts the answer in the metrics and, when request logging is on, logs it
    // by its route pattern (never the concrete path or query: no patient data in logs).
    void account(Method method, const QString &routeName, int status, double seconds,
                 const QString &requestId, qint64 userId);
    void finish(HttpResponse &response, const HttpRequest &request, const QString &requestId,
                const QByteArray &origin);
    bool originAllowed(const QByteArray &origin) const;
    void auditDenial(const RequestContext &context, const QString &routeName);

    const Router &m_router;
    const HttpOptions &m_options;
    AuthService &m_auth;
    AuditTrail &m_audit;
    Database &m_db;
    Metrics &m_metrics;
};

// Deepest nesting of arrays/objects in a JSON text, without parsing it fully;
// stops counting once limit is exceeded.
int jsonNestingDepth(const QByteArray &json, int limit);

} // namespace hms::server
