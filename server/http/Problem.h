#pragma once

#include "HttpResponse.h"
#include "services/ServiceError.h"

#include <QString>

namespace hms::server {

// RFC 9457 problem details with the contract's type names. The single place
// where a ServiceError becomes an HTTP status.
HttpResponse problem(int status, const QString &detail, const QJsonObject &extra = {});
HttpResponse problemFor(const ServiceError &error);
QString problemName(int status);

} // namespace hms::server
