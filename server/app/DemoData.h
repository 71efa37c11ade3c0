#pragma once

#include "shared/Result.h"

#include <QString>

namespace hms::server {

class Database;
class PasswordHasher;

struct DemoSummary
{
    QString text; // how a newcomer signs in, or why nothing was added
};

// Fills an empty database with demo staff, patients and appointments. Does
// nothing (and says so) when the database already has users.
Result<DemoSummary, QString> seedDemoData(Database &db, PasswordHasher &hasher);

} // namespace hms::server
