#pragma once

#include "http/HttpResponse.h"
#include "http/RequestContext.h"

namespace hms::server {

class AppointmentService;

class AppointmentsApi
{
public:
    explicit AppointmentsApi(AppointmentService &appointments);

    HttpResponse list(RequestContext &context);
    HttpResponse book(RequestContext &context);
    HttpResponse get(RequestContext &context);
    HttpResponse update(RequestContext &context);

private:
    AppointmentService &m_appointments;
};

} // namespace hms::server
