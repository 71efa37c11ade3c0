#include "PatientsApi.h"

#include "ApiSupport.h"
#include "services/AppointmentService.h"
#include "services/PatientService.h"
#include "services/RecordService.h"
#include "shared/ApiPaths.h"

namespace hms::server {

using namespace apisupport;

PatientsApi::PatientsApi(PatientService &patients, AppointmentService &appointments, RecordService &records)
    : m_patients(patients)
    , m_appointments(appointments)
    , m_records(records)
{}

HttpResponse PatientsApi::list(RequestContext &context)
{
    const auto page = pageRequest(context);
    if (!page)
        return problemFor(page.error());
    return pageResponse(
        m_patients.list(context.caller(), context.queryValue(QStringLiteral("q")), page.value()));
}

HttpResponse PatientsApi::create(RequestContext &context)
{
    return createdResponse(m_patients.create(context.caller(), context.body), api::Patients);
}

HttpResponse PatientsApi::get(RequestContext &context)
{
    return resourceResponse(m_patients.get(context.caller(), context.id()));
}

HttpResponse PatientsApi::update(RequestContext &context)
{
    return resourceResponse(
        m_patients.update(context.caller(), context.id(), context.body, context.ifMatchVersion()));
}

HttpResponse PatientsApi::archive(RequestContext &context)
{
    return emptyResponse(m_patients.archive(context.caller(), context.id()));
}

HttpResponse PatientsApi::appointments(RequestContext &context)
{
    const auto page = pageRequest(context);
    if (!page)
        return problemFor(page.error());
    return pageResponse(m_appointments.listForPatient(context.caller(), context.id(), page.value()));
}

HttpResponse PatientsApi::records(RequestContext &context)
{
    const auto page = pageRequest(context);
    if (!page)
        return problemFor(page.error());
    return pageResponse(m_records.listForPatient(context.caller(), context.id(), page.value()));
}

} // namespace hms::server
