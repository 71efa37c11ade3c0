#include "Routes.h"

#include "ApiSupport.h"
#include "AppointmentsApi.h"
#include "AuthApi.h"
#include "OperationsApi.h"
#include "PatientsApi.h"
#include "RecordsApi.h"
#include "UsersApi.h"
#include "http/Router.h"
#include "shared/ApiPaths.h"

namespace hms::server {

void registerRoutes(Router &router, Apis apis)
{
    using P = Permission;
    // Every route refuses unreadable query parameters before its handler runs.
    const auto bind = [](auto &object, auto method) {
        return [&object, method](RequestContext &context) {
            if (auto refused = apisupport::refuseUnreadableQuery(context))
                return *refused;
            return (object.*method)(context);
        };
    };
    const QString health = api::Health, ready = api::Ready, metrics = api::Metrics;
    const QString patients = api::Patients, appointments = api::Appointments, records = api::Records;

    router.add(Method::Get, health, PublicRoute{}, bind(apis.operations, &OperationsApi::health));
    router.add(Method::Get, ready, PublicRoute{}, bind(apis.operations, &OperationsApi::ready));
    router.add(Method::Get, metrics, PublicRoute{}, bind(apis.operations, &OperationsApi::metrics));

    router.add(Method::Post, api::Login, PublicRoute{}, bind(apis.auth, &AuthApi::login));
    router.add(Method::Post, api::Logout, P::SessionSelf, bind(apis.auth, &AuthApi::logout));
    router.add(Method::Get, api::Me, P::SessionSelf, bind(apis.auth, &AuthApi::me));
    router.add(Method::Post, api::Password, P::SessionSelf, bind(apis.auth, &AuthApi::changePassword));

    const QString users = api::Users;
    router.add(Method::Get, users, P::UsersManage, bind(apis.users, &UsersApi::list));
    router.add(Method::Post, users, P::UsersManage, bind(apis.users, &UsersApi::create));
    router.add(Method::Get, users + QStringLiteral("/{id}"), P::UsersManage,
               bind(apis.users, &UsersApi::get));
    router.add(Method::Put, users + QStringLiteral("/{id}"), P::UsersManage,
               bind(apis.users, &UsersApi::update));
    router.add(Method::Post, users + QStringLiteral("/{id}/password"), P::UsersManage,
               bind(apis.users, &UsersApi::resetPassword));
    router.add(Method::Get, api::Audit, P::AuditRead, bind(apis.users, &UsersApi::audit));

    router.add(Method::Get, api::Doctors, P::StaffDirectoryRead,
               bind(apis.operations, &OperationsApi::doctors));
    router.add(Method::Get, api::Stats, P::StatsRead, bind(apis.operations, &OperationsApi::stats));

    router.add(Method::Get, patients, P::PatientsRead, bind(apis.patients, &PatientsApi::list));
    router.add(Method::Post, patients, P::PatientsWrite, bind(apis.patients, &PatientsApi::create));
    router.add(Method::Get, patients + QStringLiteral("/{id}"), P::PatientsRead,
               bind(apis.patients, &PatientsApi::get));
    router.add(Method::Put, patients + QStringLiteral("/{id}"), P::PatientsWrite,
               bind(apis.patients, &PatientsApi::update));
    router.add(Method::Delete, patients + QStringLiteral("/{id}"), P::PatientsArchive,
               bind(apis.patients, &PatientsApi::archive));
    router.add(Method::Get, patients + QStringLiteral("/{id}/appointments"), P::AppointmentsRead,
               bind(apis.patients, &PatientsApi::appointments));
    router.add(Method::Get, patients + QStringLiteral("/{id}/records"), P::RecordsRead,
               bind(apis.patients, &PatientsApi::records));

    router.add(Method::Get, appointments, P::AppointmentsRead,
               bind(apis.appointments, &AppointmentsApi::list));
    router.add(Method::Post, appointments, P::AppointmentsWrite,
               bind(apis.appointments, &AppointmentsApi::book));
    router.add(Method::Get, appointments + QStringLiteral("/{id}"), P::AppointmentsRead,
               bind(apis.appointments, &AppointmentsApi::get));
    router.add(Method::Put, appointments + QStringLiteral("/{id}"), P::AppointmentsWrite,
               bind(apis.appointments, &AppointmentsApi::update));

    router.add(Method::Post, records, P::RecordsWrite, bind(apis.records, &RecordsApi::create));
    router.add(Method::Get, records + QStringLiteral("/{id}"), P::RecordsRead,
               bind(apis.records, &RecordsApi::get));
    router.add(Method::Put, records + QStringLiteral("/{id}"), P::RecordsWrite,
               bind(apis.records, &RecordsApi::amend));
    router.add(Method::Get, records + QStringLiteral("/{id}/history"), P::RecordsRead,
               bind(apis.records, &RecordsApi::history));
}

} // namespace hms::server
