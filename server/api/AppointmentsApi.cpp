#include "AppointmentsApi.h"

#include "ApiSupport.h"
#include "services/AppointmentService.h"
#include "shared/ApiPaths.h"
#include "shared/Instant.h"

#include <QTimeZone>

namespace hms::server {

using namespace apisupport;

AppointmentsApi::AppointmentsApi(AppointmentService &appointments)
    : m_appointments(appointments)
{}

HttpResponse AppointmentsApi::list(RequestContext &context)
{
    const auto page = pageRequest(context);
    if (!page)
        return problemFor(page.error());
    AppointmentFilter filter;
    for (const auto &[key, endOfDay] :
         {std::pair{QStringLiteral("from"), false}, std::pair{QStringLiteral("to"), true}}) {
        if (!context.query.hasQueryItem(key))
            continue;
        const auto value = instantOrDate(context.queryValue(key), endOfDay);
        if (!value)
            return problem(
                400,
                QStringLiteral("%1 must be a date (YYYY-MM-DD) or an RFC 3339 instant with an offset.")
                    .arg(key));
        (endOfDay ? filter.to : filter.from) = *value;
    }
    for (const auto &[key, target] : {std::pair{QStringLiteral("doctor_id"), &filter.doctorId},
                                      std::pair{QStringLiteral("patient_id"), &filter.patientId}}) {
        if (!context.query.hasQueryItem(key))
            continue;
        const auto id = positiveId(context.queryValue(key));
        if (!id)
            return problem(400, QStringLiteral("%1 must be a positive integer.").arg(key));
        *target = *id;
    }
    if (context.query.hasQueryItem(QStringLiteral("status"))) {
        filter.status = appointmentStatusFromName(context.queryValue(QStringLiteral("status")));
        if (!filter.status)
            return problem(400,
                           QStringLiteral("status must be one of %1.")
                               .arg(appointmentStatusNames().join(QStringLiteral(", "))));
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        return problem(400, QStringLiteral("to must not be before from."));
    return pageResponse(m_appointments.list(context.caller(), filter, page.value()));
}

HttpResponse AppointmentsApi::book(RequestContext &context)
{
    return createdResponse(m_appointments.book(context.caller(), context.body), api::Appointments);
}

HttpResponse AppointmentsApi::get(RequestContext &context)
{
    return resourceResponse(m_appointments.get(context.caller(), context.id()));
}

HttpResponse AppointmentsApi::update(RequestContext &context)
{
    return resourceResponse(
        m_appointments.update(context.caller(), context.id(), context.body, context.ifMatchVersion()));
}

} // namespace hms::server
