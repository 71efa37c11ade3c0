#pragma once

#include "http/HttpResponse.h"
#include "http/RequestContext.h"

namespace hms::server {

class RecordService;

class RecordsApi
{
public:
    explicit RecordsApi(RecordService &records);

    HttpResponse create(RequestContext &context);
    HttpResponse get(RequestContext &context);
    HttpResponse amend(RequestContext &context);
    HttpResponse history(RequestContext &context);

private:
    RecordService &m_records;
};

} // namespace hms::server
