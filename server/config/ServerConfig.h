#pragma once

#include "http/HttpOptions.h"
#include "services/AuthService.h"
#include "shared/Result.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace hms::server {

struct ServerConfig
{
    QString command = QStringLiteral("serve"); // serve | migrate | user add | backup | restore
    QStringList commandArguments;
    QString listen = QStringLiteral("127.0.0.1");
    quint16 port = 8080;
    QString databaseUrl;
    QString ownerDatabaseUrl; // PostgreSQL: the schema owner, for migrate and restore only
    bool developmentSingleRole = false; // serve even if databaseUrl's role can rewrite the audit log
    QString auditAnchorFile;
    int workers = 0;
    bool demo = false;
    bool migrate = true;
    QString logFormat = QStringLiteral("auto"); // auto | json | text
    QString logFile; // empty: stderr
    QString tlsCert;
    QString tlsKey;
    int shutdownGraceSeconds = 10;
    HttpOptions http;
    SessionPolicy sessions;
    // user add
    QString username;
    QString fullName;
    QString role;
    bool passwordStdin = false;
    // backup / restore
    QString output;
    QString input;
    // audit verify
    QString anchor;
};

// A configuration error: a one-line reason naming the option (exit code 2).
struct ConfigError
{
    QString message;
    bool helpRequested = false;
    bool versionRequested = false;
};

// Command line, then environment (HMS_*), then INI file (--config, HMS_CONFIG
// or /etc/hms/server.conf when it exists), then defaults.
Result<ServerConfig, ConfigError> loadServerConfig(const QStringList &arguments,
                                                   const QProcessEnvironment &environment);
QString serverUsage();
QString defaultDatabaseUrl();

} // namespace hms::server
