#pragma once

#include <QString>

namespace hms::server {

// Logs go to stderr: human-readable on a terminal, JSON lines otherwise
// (or as format says: "auto", "json", "text").
void installLogHandler(const QString &format);

} // namespace hms::server
