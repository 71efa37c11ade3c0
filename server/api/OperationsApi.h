#pragma once

#include "http/HttpResponse.h"
#include "http/RequestContext.h"

namespace hms::server {

class Database;
class Metrics;
class StaffService;
class StatsService;

// Health, readiness, metrics, the doctor directory and the dashboard figures.
class OperationsApi
{
public:
    OperationsApi(Database &db, Metrics &metrics, StaffService &staff, StatsService &stats);

    HttpResponse health(RequestContext &context);
    HttpResponse ready(RequestContext &context);
    HttpResponse metrics(RequestContext &context);
    HttpResponse doctors(RequestContext &context);
    HttpResponse stats(RequestContext &context);

private:
    Database &m_db;
    Metrics &m_metrics;
    StaffService &m_staff;
    StatsService &m_stats;
};

} // namespace hms::server
