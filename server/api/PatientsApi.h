#pragma once

#include "http/HttpResponse.h"
#include "http/RequestContext.h"

namespace hms::server {

class AppointmentService;
class PatientService;
class RecordService;

class PatientsApi
{
public:
    PatientsApi(PatientService &patients, AppointmentService &appointments, RecordService &records);

    HttpResponse list(RequestContext &context);
    HttpResponse create(RequestContext &context);
    HttpResponse get(RequestContext &context);
    HttpResponse update(RequestContext &context);
    HttpResponse archive(RequestContext &context);
    HttpResponse appointments(RequestContext &context);
    HttpResponse records(RequestContext &context);

private:
    PatientService &m_patients;
    AppointmentService &m_appointments;
    RecordService &m_records;
};

} // namespace hms::server
