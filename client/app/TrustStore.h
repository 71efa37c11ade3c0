#pragma once

#include "shared/Result.h"

#include <QString>

namespace hms::client {

// Adds the certificate authorities in a PEM file (a clinic's own CA) to the
// ones every connection of this process trusts, next to the system's.
// Returns how many certificates were added, or why none were.
Result<int, QString> trustCertificateAuthorities(const QString &pemFile);

} // namespace hms::client
