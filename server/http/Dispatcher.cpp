#include "Dispatcher.h"

#include "Metrics.h"
#include "Problem.h"
#include "audit/AuditTrail.h"
#include "log/Logging.h"
#include "services/AuthService.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <exception>

Q_LOGGING_CATEGORY(lcRequest, "hms.request")

namespace hms::server {

namespace {
QString newRequestId()
{
    const quint64 a = QRandomGenerator::global()->generate64();
    const quint64 b = QRandomGenerator::global()->generate64();
    return QString::number(a, 16).rightJustified(16, QLatin1Char('0')) +
        QString::number(b, 16).rightJustified(16, QLatin1Char('0'));
}

QString requestIdFor(const HttpRequest &request)
{
    static const QRegularExpression sane(QStringLiteral(R"(^[A-Za-z0-9._:-]{1,128}$)"));
    const QString incoming = QString::fromLatin1(request.value(QByteArrayLiteral("X-Request-Id")));
    return sane.match(incoming).hasMatch() ? incoming : newRequestId();
}

bool hasBodySemantics(Method method)
{
    return method == Method::Post || method == Method::Put || method == Method::Patch;
}

bool isJsonContentType(const QByteArray &header)
{
    const QByteArray mediaType = header.split(';').constFirst().trimmed().toLower();
    return mediaType == "application/json";
}

QHostAddress plainAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

// The peer, or behind trusted proxies the right-most X-Forwarded-For address
// that is not itself a trusted proxy (the left part is the client's to forge).
QString clientAddressOf(const HttpRequest &request, const QList<QHostAddress> &trustedProxies)
{
    QHostAddress address = plainAddress(request.remoteAddress);
    if (trustedProxies.isEmpty() || !trustedProxies.contains(address))
        return address.toString();
    const QList<QByteArray> hops = request.value(QByteArrayLiteral("X-Forwarded-For")).split(',');
    for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
        const QHostAddress forwarded(QString::fromLatin1(hop->trimmed()));
        if (forwarded.isNull())
            break; // garbage: stop believing the header here
        address = plainAddress(forwarded);
        if (!trustedProxies.contains(address))
            break;
    }
    return address.toString();
}
} // namespace

int jsonNestingDepth(const QByteArray &json, int limit)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            deepest = std::max(deepest, ++depth);
            if (deepest > limit)
                return deepest;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

Dispatcher::Dispatcher(const Router &router, const HttpOptions &options, AuthService &auth, AuditTrail &audit,
                       Database &db, Metrics &metrics)
    : m_router(router)
    , m_options(options)
    , m_auth(auth)
    , m_audit(audit)
    , m_db(db)
    , m_metrics(metrics)
{}

bool Dispatcher::originAllowed(const QByteArray &origin) const
{
    if (origin.isEmpty())
        return false;
    const QString text = QString::fromLatin1(origin);
    return m_options.corsOrigins.contains(QStringLiteral("*")) || m_options.corsOrigins.contains(text);
}

HttpResponse Dispatcher::dispatch(const HttpRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    const QString requestId = requestIdFor(request);
    const QByteArray origin = request.value(QByteArrayLiteral("Origin"));
    RequestContext context{request, requestId,   clientAddressOf(request, m_options.trustedProxies), {}, {},
                           {},      std::nullopt};
    QString routeName = QStringLiteral("unmatched");

    HttpResponse response;
    if (request.method == Method::Options &&
        !request.value(QByteArrayLiteral("Access-Control-Request-Method")).isEmpty()) {
        response = preflight(request, origin);
    } else {
        try {
            m_db.beginRequest();
            (void)m_db.ensureOpen(); // a failure shows up as a 503 from the first statement
            response = route(request, context, routeName);
            if (response.status == 503 && m_db.connectionLost() && !m_db.commitAttempted() &&
                m_db.ensureOpen()) {
                // The connection died under this request before anything could
                // be committed (e.g. the database restarted): run it once more
                // on the fresh connection.
                m_db.beginRequest();
                context.actor.reset();
                response = route(request, context, routeName);
            }
            if (context.actor && !m_auth.confirmSession(*context.actor)) {
                // The cached session ended, or its user changed, while this
                // request ran (nothing was committed: its audit entry would
                // have confirmed it). The request runs again on the session as
                // the database has it now, which may well mean 401 or 403.
                m_db.beginRequest();
                context.actor.reset();
                response = route(request, context, routeName);
            }
        } catch (const std::exception &e) {
            qCCritical(lcRequest, "request %s failed: %s", qUtf8Printable(requestId), e.what());
            response = problem(500, QStringLiteral("The server could not complete the request."));
        }
    }
    if (response.status == 403 && context.actor)
        auditDenial(context, routeName);
    if (response.status == 503)
        m_metrics.recordDatabaseError();
    finish(response, request, requestId, origin);

    account(request.method, routeName, response.status, double(timer.nsecsElapsed()) / 1e9, requestId,
            context.actor ? context.actor->userId : 0);
    return response;
}

void Dispatcher::account(Method method, const QString &routeName, int status, double seconds,
                         const QString &requestId, qint64 userId)
{
    const QByteArray name = methodName(method);
    m_metrics.recordRequest(routeName, name, status, seconds);
    if (m_options.logRequests)
        logRequest({name, routeName, status, seconds * 1000, requestId, userId});
}

HttpResponse Dispatcher::refuse(int status, const QString &detail)
{
    HttpResponse response = problem(status, detail);
    const QString requestId = newRequestId();
    finish(response, HttpRequest{}, requestId, {});
    account(Method::Unknown, QStringLiteral("refused"), status, 0, requestId, 0);
    return response;
}

HttpResponse Dispatcher::route(const HttpRequest &request, RequestContext &context, QString &routeName)
{
    const RouteMatch match = m_router.match(request.method, request.url.path());
    if (!match.route) {
        if (match.allowed.isEmpty())
            return problem(404, QStringLiteral("There is nothing at this path."));
        QByteArrayList names;
        for (Method method : match.allowed)
            names.append(methodName(method));
        HttpResponse response = problem(405,
                                        QStringLiteral("This path does not support %1.")
                                            .arg(QString::fromLatin1(methodName(request.method))));
        response.withHeader(QByteArrayLiteral("Allow"), names.join(", "));
        return response;
    }
    routeName = match.route->pattern;
    context.pathIds = match.ids;
    context.query = QUrlQuery(request.url);

    if (auto refused = authorize(*match.route, context))
        return *refused;
    if (auto refused = readBody(request, context))
        return *refused;
    return match.route->handler(context);
}

std::optional<HttpResponse> Dispatcher::authorize(const Route &route, RequestContext &context)
{
    if (std::holds_alternative<PublicRoute>(route.access))
        return std::nullopt;
    // The scheme is case-insensitive (RFC 9110 §11.1); the token follows one or more spaces.
    const QByteArray authorization = context.request.value(QByteArrayLiteral("Authorization"));
    const QByteArray token = authorization.mid(6).trimmed();
    if (authorization.size() < 7 ||
        QByteArrayView(authorization).first(6).compare("Bearer", Qt::CaseInsensitive) != 0 ||
        authorization.at(6) != ' ' || token.isEmpty())
        return problem(
            401, QStringLiteral("Sign in and send the session token as 'Authorization: Bearer <token>'."));
    auto actor = m_auth.authenticate(QString::fromLatin1(token));
    if (!actor)
        return problemFor(actor.error());
    context.actor = std::move(actor).value();
    context.actor->clientAddress = context.clientAddress;
    context.actor->requestId = context.requestId;
    const Permission needed = std::get<Permission>(route.access);
    if (!roleHasPermission(context.actor->role, needed)) {
        return problem(403,
                       QStringLiteral("The %1 role may not do this (%2).")
                           .arg(roleName(context.actor->role), permissionName(needed)));
    }
    return std::nullopt;
}

std::optional<HttpResponse> Dispatcher::readBody(const HttpRequest &request, RequestContext &context)
{
    if (!hasBodySemantics(request.method))
        return std::nullopt;
    const QByteArray declaredLength = request.value(QByteArrayLiteral("Content-Length"));
    const QByteArray body = request.body;
    if (declaredLength.toLongLong() > m_options.maxBodyBytes || body.size() > m_options.maxBodyBytes) {
        return problem(
            413, QStringLiteral("The request body is larger than %1 bytes.").arg(m_options.maxBodyBytes));
    }
    if (body.isEmpty())
        return std::nullopt; // no body at all: the handler sees an empty object
    if (!isJsonContentType(request.value(QByteArrayLiteral("Content-Type"))))
        return problem(415, QStringLiteral("Send the body as JSON with 'Content-Type: application/json'."));
    if (jsonNestingDepth(body, m_options.maxJsonDepth) > m_options.maxJsonDepth)
        return problem(
            400,
            QStringLiteral("The JSON body is nested deeper than %1 levels.").arg(m_options.maxJsonDepth));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return problem(400,
                       QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                           .arg(error.errorString())
                           .arg(error.offset));
    if (!document.isObject())
        return problem(400, QStringLiteral("The body must be a JSON object."));
    context.body = document.object();
    return std::nullopt;
}

void Dispatcher::auditDenial(const RequestContext &context, const QString &routeName)
{
    // Every refusal is on the record: who tried what, on which resource.
    const QString resource =
        QString::fromLatin1(methodName(context.request.method)) + QLatin1Char(' ') + routeName;
    if (const auto audited = m_audit.record(*context.actor, QStringLiteral("access.denied"), resource,
                                            context.id(), 0, QStringLiteral("denied"));
        !audited)
        qCWarning(lcRequest, "request %s: the denial could not be audited",
                  qUtf8Printable(context.requestId));
}

HttpResponse Dispatcher::preflight(const HttpRequest &request, const QByteArray &origin)
{
    if (!originAllowed(origin))
        return problem(403, QStringLiteral("Cross-origin requests from this origin are not allowed."));
    const RouteMatch match = m_router.match(Method::Unknown, request.url.path());
    if (match.allowed.isEmpty())
        return problem(404, QStringLiteral("There is nothing at this path."));
    QByteArrayList names;
    for (Method method : match.allowed)
        names.append(methodName(method));
    HttpResponse response = HttpResponse::noContent();
    response.withHeader(QByteArrayLiteral("Access-Control-Allow-Methods"), names.join(", "))
        .withHeader(QByteArrayLiteral("Access-Control-Allow-Headers"),
                    QByteArrayLiteral("Authorization, Content-Type, If-Match, X-Request-Id"))
        .withHeader(QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("600"));
    return response;
}

void Dispatcher::finish(HttpResponse &response, const HttpRequest &request, const QString &requestId,
                        const QByteArray &origin)
{
    if (response.problem) {
        response.problem->insert(QStringLiteral("request_id"), requestId);
        response.body = QJsonDocument(*response.problem).toJson(QJsonDocument::Compact);
        response.problem.reset();
    }
    response.withHeader(QByteArrayLiteral("X-Request-Id"), requestId.toLatin1())
        .withHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    if (request.url.path().startsWith(QLatin1String("/api")) || response.status >= 400)
        response.withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    if (originAllowed(origin)) {
        response.withHeader(QByteArrayLiteral("Access-Control-Allow-Origin"), origin)
            .withHeader(QByteArrayLiteral("Access-Control-Expose-Headers"),
                        QByteArrayLiteral("ETag, Location, X-Request-Id, Retry-After"))
            .withHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin"));
    }
}

} // namespace hms::server
