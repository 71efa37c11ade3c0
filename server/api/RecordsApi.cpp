#include "RecordsApi.h"

#include "ApiSupport.h"
#include "services/RecordService.h"
#include "shared/ApiPaths.h"

namespace hms::server {

using namespace apisupport;

RecordsApi::RecordsApi(RecordService &records)
    : m_records(records)
{}

HttpResponse RecordsApi::create(RequestContext &context)
{
    return createdResponse(m_records.create(context.caller(), context.body), api::Records);
}

HttpResponse RecordsApi::get(RequestContext &context)
{
    return resourceResponse(m_records.get(context.caller(), context.id()));
}

HttpResponse RecordsApi::amend(RequestContext &context)
{
    return resourceResponse(
        m_records.amend(context.caller(), context.id(), context.body, context.ifMatchVersion()));
}

HttpResponse RecordsApi::history(RequestContext &context)
{
    const auto versions = m_records.history(context.caller(), context.id());
    if (!versions)
        return problemFor(versions.error());
    QJsonArray items;
    for (const MedicalRecord &version : versions.value())
        items.append(version.toJson());
    return HttpResponse::json({{QStringLiteral("items"), items}});
}

} // namespace hms::server
