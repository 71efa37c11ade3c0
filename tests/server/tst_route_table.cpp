#include "api/AppointmentsApi.h"
#include "api/AuthApi.h"
#include "api/OperationsApi.h"
#include "api/PatientsApi.h"
#include "api/RecordsApi.h"
#include "api/Routes.h"
#include "api/UsersApi.h"
#include "audit/AuditTrail.h"
#include "auth/PasswordHasher.h"
#include "http/Metrics.h"
#include "http/Router.h"
#include "services/AppointmentService.h"
#include "services/AuthService.h"
#include "services/PatientService.h"
#include "services/RecordService.h"
#include "services/StaffService.h"
#include "services/StatsService.h"
#include "storage/Database.h"

#include <QTest>

using namespace hms;
using namespace hms::server;

// Deny by default: every route the server registers must appear here with the
// rule the contract gives it. A route added without being listed (and so
// without a reviewed rule) fails this test; the type system already refuses a
// route without any rule (AccessRule has no default).
class TestRouteTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRouteHasTheContractsRule()
    {
        Database db(DatabaseUrl::parse(QStringLiteral("sqlite:route-table-unused.sqlite")).value(),
                    QStringLiteral("route-table"));
        PasswordHasher hasher(1);
        Metrics metrics;
        PatientService patients(db);
        AppointmentService appointments(db);
        RecordService records(db);
        AuthService auth(db, hasher, SessionPolicy{});
        StaffService staff(db, hasher);
        StatsService stats(db);
        AuditTrail audit(db);
        AuthApi authApi(auth);
        PatientsApi patientsApi(patients, appointments, records);
        AppointmentsApi appointmentsApi(appointments);
        RecordsApi recordsApi(records);
        OperationsApi operationsApi(db, metrics, staff, stats);
        UsersApi usersApi(staff, audit);
        Router router;
        registerRoutes(router,
                       Apis{authApi, patientsApi, appointmentsApi, recordsApi, operationsApi, usersApi});

        using P = Permission;
        const QMap<QString, std::optional<P>> expected{
            {QStringLiteral("GET /health"), std::nullopt},
            {QStringLiteral("GET /ready"), std::nullopt},
            {QStringLiteral("GET /metrics"), std::nullopt},
            {QStringLiteral("POST /api/auth/login"), std::nullopt},
            {QStringLiteral("POST /api/auth/logout"), P::SessionSelf},
            {QStringLiteral("GET /api/auth/me"), P::SessionSelf},
            {QStringLiteral("POST /api/auth/password"), P::SessionSelf},
            {QStringLiteral("GET /api/users"), P::UsersManage},
            {QStringLiteral("POST /api/users"), P::UsersManage},
            {QStringLiteral("GET /api/users/{id}"), P::UsersManage},
            {QStringLiteral("PUT /api/users/{id}"), P::UsersManage},
            {QStringLiteral("POST /api/users/{id}/password"), P::UsersManage},
            {QStringLiteral("GET /api/audit"), P::AuditRead},
            {QStringLiteral("GET /api/doctors"), P::StaffDirectoryRead},
            {QStringLiteral("GET /api/stats"), P::StatsRead},
            {QStringLiteral("GET /api/patients"), P::PatientsRead},
            {QStringLiteral("POST /api/patients"), P::PatientsWrite},
            {QStringLiteral("GET /api/patients/{id}"), P::PatientsRead},
            {QStringLiteral("PUT /api/patients/{id}"), P::PatientsWrite},
            {QStringLiteral("DELETE /api/patients/{id}"), P::PatientsArchive},
            {QStringLiteral("GET /api/patients/{id}/appointments"), P::AppointmentsRead},
            {QStringLiteral("GET /api/patients/{id}/records"), P::RecordsRead},
            {QStringLiteral("GET /api/appointments"), P::AppointmentsRead},
            {QStringLiteral("POST /api/appointments"), P::AppointmentsWrite},
            {QStringLiteral("GET /api/appointments/{id}"), P::AppointmentsRead},
            {QStringLiteral("PUT /api/appointments/{id}"), P::AppointmentsWrite},
            {QStringLiteral("POST /api/records"), P::RecordsWrite},
            {QStringLiteral("GET /api/records/{id}"), P::RecordsRead},
            {QStringLiteral("PUT /api/records/{id}"), P::RecordsWrite},
            {QStringLiteral("GET /api/records/{id}/history"), P::RecordsRead},
        };
        QSet<QString> seen;
        for (const Route &route : router.routes()) {
            const QString key =
                QString::fromLatin1(methodName(route.method)) + QLatin1Char(' ') + route.pattern;
            QVERIFY2(expected.contains(key),
                     qPrintable(QStringLiteral("route without a reviewed rule: ") + key));
            QVERIFY2(!seen.contains(key), qPrintable(QStringLiteral("route registered twice: ") + key));
            seen.insert(key);
            const std::optional<P> rule = expected.value(key);
            if (rule) {
                QVERIFY2(std::holds_alternative<Permission>(route.access), qPrintable(key));
                QCOMPARE(permissionName(std::get<Permission>(route.access)), permissionName(*rule));
            } else {
                QVERIFY2(std::holds_alternative<PublicRoute>(route.access), qPrintable(key));
            }
            // Nothing under /api but login is public.
            if (route.pattern.startsWith(QLatin1String("/api")) &&
                route.pattern != QLatin1String("/api/auth/login"))
                QVERIFY2(std::holds_alternative<Permission>(route.access), qPrintable(key));
        }
        QCOMPARE(seen.size(), expected.size());
    }

    void routerMatchesIdsOnlyAndReportsAllowedMethods()
    {
        Router router;
        router.add(Method::Get, QStringLiteral("/api/things/{id}"), Permission::PatientsRead,
                   [](RequestContext &) { return HttpResponse{}; });
        router.add(Method::Put, QStringLiteral("/api/things/{id}"), Permission::PatientsWrite,
                   [](RequestContext &) { return HttpResponse{}; });
        RouteMatch match = router.match(Method::Get, QStringLiteral("/api/things/42"));
        QVERIFY(match.route);
        QCOMPARE(match.ids, QList<qint64>{42});
        QVERIFY(!router.match(Method::Get, QStringLiteral("/api/things/abc")).route);
        QVERIFY(!router.match(Method::Get, QStringLiteral("/api/things/042")).route);
        QVERIFY(!router.match(Method::Get, QStringLiteral("/api/things/0")).route);
        QVERIFY(!router.match(Method::Get, QStringLiteral("/api/things/1234567890123456")).route);
        match = router.match(Method::Delete, QStringLiteral("/api/things/7"));
        QVERIFY(!match.route);
        QCOMPARE(match.allowed, (QList<Method>{Method::Get, Method::Put}));
    }
};

QTEST_GUILESS_MAIN(TestRouteTable)
#include "tst_route_table.moc"
