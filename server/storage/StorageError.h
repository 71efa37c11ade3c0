#pragma once

#include <QString>

namespace hms::server {

// A database failure, classified so that services can answer precisely.
// `detail` is for the server log only; it never reaches a response.
struct StorageError
{
    enum class Kind {
        UniqueViolation,
        ExclusionViolation,
        ForeignKeyViolation,
        Unavailable, // connection lost, database down, busy beyond the timeout
        SessionEnded, // an audit entry's session check: the caller's session or role is no longer valid
        Other,
    };
    Kind kind = Kind::Other;
    QString detail;

    bool is(Kind k) const { return kind == k; }
};

} // namespace hms::server
