#pragma once

namespace hms::server {

class Router;
class AuthApi;
class PatientsApi;
class AppointmentsApi;
class RecordsApi;
class OperationsApi;
class UsersApi;

struct Apis
{
    AuthApi &auth;
    PatientsApi &patients;
    AppointmentsApi &appointments;
    RecordsApi &records;
    OperationsApi &operations;
    UsersApi &users;
};

// The one place where every route is registered, each with its access rule.
void registerRoutes(Router &router, Apis apis);

} // namespace hms::server
