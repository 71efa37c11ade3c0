#pragma once

#include "http/HttpResponse.h"
#include "http/RequestContext.h"

namespace hms::server {

class StaffService;
class AuditTrail;

// Staff administration and the audit log, for admins.
class UsersApi
{
public:
    UsersApi(StaffService &staff, AuditTrail &audit);

    HttpResponse list(RequestContext &context);
    HttpResponse create(RequestContext &context);
    HttpResponse get(RequestContext &context);
    HttpResponse update(RequestContext &context);
    HttpResponse resetPassword(RequestContext &context);
    HttpResponse audit(RequestContext &context);

private:
    StaffService &m_staff;
    AuditTrail &m_audit;
};

} // namespace hms::server
