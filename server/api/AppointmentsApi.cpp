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
    if (auto refused = readTimeRange(context, filter.from, filter.to))
        return *refused;
    if (auto refused = readIds(context,
                               {{QStringLiteral("doctor_id"), &filter.doctorId},
                                {QStringLiteral("patient_id"), &filter.patientId}}))
        return *refused;
    // One status or several, comma-separated: status=scheduled,checked_in.
    if (context.query.hasQueryItem(QStringLiteral("status"))) {
        const QStringList names = context.queryValue(QStringLiteral("status")).split(QLatin1Char(','));
        for (const QString &name : names) {
            const std::optional<AppointmentStatus> status = appointmentStatusFromName(name);
            if (!status)
                return problem(400,
                               QStringLiteral("status must be one or more of %1, separated by commas.")
                                   .arg(appointmentStatusNames().join(QStringLiteral(", "))));
            if (!filter.statuses.contains(*status))
                filter.statuses.append(*status);
        }
    }
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
