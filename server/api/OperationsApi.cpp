#include "OperationsApi.h"

#include "ApiSupport.h"
#include "http/Metrics.h"
#include "services/Clock.h"
#include "services/StaffService.h"
#include "services/StatsService.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace hms::server {

using namespace apisupport;

OperationsApi::OperationsApi(Database &db, Metrics &metrics, StaffService &staff, StatsService &stats)
    : m_db(db)
    , m_metrics(metrics)
    , m_staff(staff)
    , m_stats(stats)
{}

HttpResponse OperationsApi::health(RequestContext &)
{
    return HttpResponse::json({{QStringLiteral("status"), QStringLiteral("healthy")},
                               {QStringLiteral("version"), QStringLiteral(HMS_VERSION)}});
}

HttpResponse OperationsApi::ready(RequestContext &)
{
    bool ok = m_db.ensureOpen();
    if (ok) {
        QSqlQuery &q = m_db.statement(QStringLiteral("SELECT 1"));
        ok = m_db.run(q) && q.next() && q.value(0).toInt() == 1;
        q.finish();
    }
    if (!ok) {
        m_metrics.recordDatabaseError();
        return HttpResponse::json({{QStringLiteral("status"), QStringLiteral("not ready")},
                                   {QStringLiteral("database"), QStringLiteral("unavailable")}},
                                  503);
    }
    return HttpResponse::json({{QStringLiteral("status"), QStringLiteral("ready")},
                               {QStringLiteral("database"), QStringLiteral("ok")}});
}

HttpResponse OperationsApi::metrics(RequestContext &)
{
    qint64 activeSessions = -1;
    if (m_db.ensureOpen()) {
        QSqlQuery &q = m_db.statement(
            QStringLiteral("SELECT COUNT(*) FROM sessions WHERE revoked_at IS NULL AND expires_at > :now"));
        q.bindValue(QStringLiteral(":now"), m_db.instantValue(utcNow()));
        if (const auto sessions = m_db.scalarInteger(q))
            activeSessions = sessions.value();
    }
    return HttpResponse::text(m_metrics.render(activeSessions, Database::reconnects()),
                              QByteArrayLiteral("text/plain; version=0.0.4"));
}

HttpResponse OperationsApi::doctors(RequestContext &)
{
    const auto doctors = m_staff.activeDoctors();
    if (!doctors)
        return problemFor(doctors.error());
    QJsonArray items;
    for (const User &doctor : doctors.value())
        items.append(
            QJsonObject{{QStringLiteral("id"), doctor.id}, {QStringLiteral("full_name"), doctor.fullName}});
    return HttpResponse::json({{QStringLiteral("items"), items}});
}

HttpResponse OperationsApi::stats(RequestContext &context)
{
    int offsetMinutes = 0;
    if (context.query.hasQueryItem(QStringLiteral("utc_offset_minutes"))) {
        bool ok = false;
        offsetMinutes = context.queryValue(QStringLiteral("utc_offset_minutes")).toInt(&ok);
        if (!ok || offsetMinutes < -14 * 60 || offsetMinutes > 14 * 60)
            return problem(400, QStringLiteral("utc_offset_minutes must be an integer from -840 to 840."));
    }
    const auto stats = m_stats.dashboard(context.caller(), offsetMinutes);
    if (!stats)
        return problemFor(stats.error());
    return HttpResponse::json(stats.value());
}

} // namespace hms::server
