#include "ServiceError.h"

namespace hms::server {

ServiceError ServiceError::fromStorage(const StorageError &error)
{
    if (error.is(StorageError::Kind::Unavailable))
        return {
            Kind::Unavailable, QStringLiteral("The database is unavailable; try again shortly."), {}, {}, 2};
    if (error.is(StorageError::Kind::SessionEnded))
        return unauthorized(QStringLiteral("The session has expired or was ended; sign in again."));
    return {Kind::Internal, QStringLiteral("The server could not complete the request."), {}, {}, 0};
}

} // namespace hms::server
