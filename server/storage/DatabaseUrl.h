#pragma once

#include "shared/Result.h"

#include <QString>

namespace hms::server {

enum class Engine { Sqlite, Postgres };

// sqlite:///abs/path.sqlite, sqlite:relative.sqlite,
// postgresql://user:password@host:port/dbname[?sslmode=...&host=/run/postgresql]
struct DatabaseUrl
{
    Engine engine = Engine::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QString connectOptions; // QPSQL connect options, e.g. "sslmode=require;connect_timeout=5"

    static Result<DatabaseUrl, QString> parse(const QString &text);
    // For logs: the password is never shown.
    QString redacted() const;
};

} // namespace hms::server
