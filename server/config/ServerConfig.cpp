#include "ServerConfig.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <functional>

namespace hms::server {

namespace {
struct Setting
{
    QString option; // command-line name without dashes; INI key with '-' -> '_'
    QString env;
    QString valueName;
    QString description;
};

const QList<Setting> &settings()
{
    static const QList<Setting> list{
        {QStringLiteral("listen"), QStringLiteral("HMS_LISTEN"), QStringLiteral("ADDR"),
         QStringLiteral("Address to listen on (default 127.0.0.1).")},
        {QStringLiteral("port"), QStringLiteral("HMS_PORT"), QStringLiteral("N"),
         QStringLiteral("TCP port (default 8080; 0 picks a free port).")},
        {QStringLiteral("database"), QStringLiteral("HMS_DATABASE_URL"), QStringLiteral("URL"),
         QStringLiteral("sqlite:///path.sqlite or postgresql://user:pass@host:port/db.")},
        {QStringLiteral("workers"), QStringLiteral("HMS_WORKERS"), QStringLiteral("N"),
         QStringLiteral("Worker threads, each with its own connection (default 2 x cores).")},
        {QStringLiteral("cors-origins"), QStringLiteral("HMS_CORS_ORIGINS"), QStringLiteral("LIST"),
         QStringLiteral("Comma-separated origins allowed for CORS (default none).")},
        {QStringLiteral("trusted-proxies"), QStringLiteral("HMS_TRUSTED_PROXIES"), QStringLiteral("LIST"),
         QStringLiteral("Comma-separated proxy addresses whose X-Forwarded-For is believed (default none).")},
        {QStringLiteral("tls-cert"), QStringLiteral("HMS_TLS_CERT"), QStringLiteral("FILE"),
         QStringLiteral("TLS certificate chain (PEM); with --tls-key, serve HTTPS.")},
        {QStringLiteral("tls-key"), QStringLiteral("HMS_TLS_KEY"), QStringLiteral("FILE"),
         QStringLiteral("TLS private key (PEM).")},
        {QStringLiteral("log-format"), QStringLiteral("HMS_LOG_FORMAT"), QStringLiteral("FORMAT"),
         QStringLiteral("auto, json or text (default auto: text on a terminal).")},
        {QStringLiteral("log-file"), QStringLiteral("HMS_LOG_FILE"), QStringLiteral("FILE"),
         QStringLiteral("Append logs to this file instead of stderr; SIGHUP reopens it (default stderr).")},
        {QStringLiteral("log-requests"), QStringLiteral("HMS_LOG_REQUESTS"), QStringLiteral("BOOL"),
         QStringLiteral("Log one line per request (default true).")},
        {QStringLiteral("session-idle-minutes"), QStringLiteral("HMS_SESSION_IDLE_MINUTES"),
         QStringLiteral("N"), QStringLiteral("Minutes without activity before a session ends (default 30).")},
        {QStringLiteral("session-absolute-hours"), QStringLiteral("HMS_SESSION_ABSOLUTE_HOURS"),
         QStringLiteral("N"),
         QStringLiteral("Hours after sign-in when a session ends regardless (default 12).")},
        {QStringLiteral("max-body-bytes"), QStringLiteral("HMS_MAX_BODY_BYTES"), QStringLiteral("N"),
         QStringLiteral("Largest accepted request body (default 1048576).")},
        {QStringLiteral("idle-timeout-seconds"), QStringLiteral("HMS_IDLE_TIMEOUT_SECONDS"),
         QStringLiteral("N"), QStringLiteral("Close connections silent for this long (default 60).")},
        {QStringLiteral("header-timeout-seconds"), QStringLiteral("HMS_HEADER_TIMEOUT_SECONDS"),
         QStringLiteral("N"),
         QStringLiteral("Close a connection whose request headers take longer than this (default 10).")},
        {QStringLiteral("max-connections"), QStringLiteral("HMS_MAX_CONNECTIONS"), QStringLiteral("N"),
         QStringLiteral("Open connections the process accepts at once (default 1024).")},
        {QStringLiteral("max-connections-per-address"), QStringLiteral("HMS_MAX_CONNECTIONS_PER_ADDRESS"),
         QStringLiteral("N"),
         QStringLiteral("Open connections from one client address, trusted proxies excepted (default 64).")},
        {QStringLiteral("shutdown-grace-seconds"), QStringLiteral("HMS_SHUTDOWN_GRACE_SECONDS"),
         QStringLiteral("N"),
         QStringLiteral("Longest wait for requests in flight at shutdown (default 10).")},
    };
    return list;
}

ConfigError invalid(const QString &option, const QString &reason)
{
    return ConfigError{QStringLiteral("invalid --%1: %2").arg(option, reason), false, false};
}

std::optional<ConfigError> parseInt(const QString &option, const QString &text, int min, int max, int &target)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < min || value > max)
        return invalid(option,
                       QStringLiteral("'%1' is not an integer from %2 to %3").arg(text).arg(min).arg(max));
    target = value;
    return std::nullopt;
}

std::optional<ConfigError> parseBool(const QString &option, const QString &text, bool &target)
{
    const QString value = text.trimmed().toLower();
    if (value == QLatin1String("1") || value == QLatin1String("true") || value == QLatin1String("yes") ||
        value == QLatin1String("on")) {
        target = true;
    } else if (value == QLatin1String("0") || value == QLatin1String("false") ||
               value == QLatin1String("no") || value == QLatin1String("off")) {
        target = false;
    } else {
        return invalid(option, QStringLiteral("'%1' is not true or false").arg(text));
    }
    return std::nullopt;
}
} // namespace

QString defaultDatabaseUrl()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath() + QStringLiteral("/.local/share/hms");
    return QStringLiteral("sqlite://") + QDir::cleanPath(folder + QStringLiteral("/hms.sqlite"));
}

QString serverUsage()
{
    QString usage = QStringLiteral(
        "Usage:\n"
        "  hms-server [serve] [--config FILE] [--listen ADDR] [--port N] [--database URL]\n"
        "             [--workers N] [--demo] [--no-migrate]\n"
        "  hms-server migrate [--database URL]\n"
        "  hms-server user add --username U --role admin|doctor|receptionist --full-name \"...\"\n"
        "                      --password-stdin [--database URL]\n"
        "  hms-server audit verify [--database URL]\n"
        "  hms-server backup --output FILE [--database URL]\n"
        "  hms-server restore --input FILE [--database URL]\n"
        "  hms-server --version | --help\n\n"
        "Options (each also from the environment variable shown, and from the INI file):\n");
    for (const Setting &s : settings())
        usage +=
            QStringLiteral("  --%1 %2\n      %3 [%4]\n").arg(s.option, s.valueName, s.description, s.env);
    usage += QStringLiteral(
        "  --config FILE\n      INI file (default /etc/hms/server.conf when it exists) [HMS_CONFIG]\n"
        "  --demo\n      Fill an empty database with demo staff and patients [HMS_DEMO]\n"
        "  --no-migrate\n      Do not apply pending migrations at start\n\n"
        "Exit codes: 0 done, 1 runtime failure, 2 bad usage or configuration.\n");
    return usage;
}

Result<ServerConfig, ConfigError> loadServerConfig(const QStringList &arguments,
                                                   const QProcessEnvironment &environment)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QList<QCommandLineOption> options;
    for (const Setting &s : settings())
        options.append(QCommandLineOption(s.option, s.description, s.valueName));
    const QCommandLineOption configOption(QStringLiteral("config"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption demoOption(QStringLiteral("demo"));
    const QCommandLineOption noMigrateOption(QStringLiteral("no-migrate"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption versionOption(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    const QCommandLineOption usernameOption(QStringLiteral("username"), QString(), QStringLiteral("U"));
    const QCommandLineOption fullNameOption(QStringLiteral("full-name"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption roleOption(QStringLiteral("role"), QString(), QStringLiteral("ROLE"));
    const QCommandLineOption passwordStdinOption(QStringLiteral("password-stdin"));
    const QCommandLineOption outputOption(QStringLiteral("output"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption inputOption(QStringLiteral("input"), QString(), QStringLiteral("FILE"));
    parser.addOptions(options);
    parser.addOptions({configOption, demoOption, noMigrateOption, helpOption, versionOption, usernameOption,
                       fullNameOption, roleOption, passwordStdinOption, outputOption, inputOption});
    if (!parser.parse(arguments))
        return ConfigError{parser.errorText(), false, false};
    if (parser.isSet(helpOption))
        return ConfigError{{}, true, false};
    if (parser.isSet(versionOption))
        return ConfigError{{}, false, true};

    ServerConfig config;
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        config.command = positional.first();
        config.commandArguments = positional.mid(1);
    }
    const QStringList commands{QStringLiteral("serve"), QStringLiteral("migrate"), QStringLiteral("user"),
                               QStringLiteral("audit"), QStringLiteral("backup"),  QStringLiteral("restore")};
    if (!commands.contains(config.command))
        return ConfigError{QStringLiteral("unknown command '%1' (see --help)").arg(config.command), false,
                           false};
    if (config.command == QLatin1String("user") &&
        config.commandArguments != QStringList{QStringLiteral("add")})
        return ConfigError{QStringLiteral("the user command takes 'add' (see --help)"), false, false};
    if (config.command == QLatin1String("audit") &&
        config.commandArguments != QStringList{QStringLiteral("verify")})
        return ConfigError{QStringLiteral("the audit command takes 'verify' (see --help)"), false, false};
    if (config.command != QLatin1String("user") && config.command != QLatin1String("audit") &&
        !config.commandArguments.isEmpty())
        return ConfigError{QStringLiteral("unexpected argument '%1'").arg(config.commandArguments.first()),
                           false, false};

    // The INI file: explicit --config must exist; the default one is optional.
    QString configFile = parser.value(configOption);
    if (configFile.isEmpty())
        configFile = environment.value(QStringLiteral("HMS_CONFIG"));
    const bool explicitFile = !configFile.isEmpty();
    if (!explicitFile && QFileInfo::exists(QStringLiteral("/etc/hms/server.conf")))
        configFile = QStringLiteral("/etc/hms/server.conf");
    std::unique_ptr<QSettings> ini;
    if (!configFile.isEmpty()) {
        if (!QFileInfo(configFile).isReadable())
            return invalid(QStringLiteral("config"), QStringLiteral("cannot read '%1'").arg(configFile));
        ini = std::make_unique<QSettings>(configFile, QSettings::IniFormat);
        if (ini->status() != QSettings::NoError)
            return invalid(QStringLiteral("config"),
                           QStringLiteral("'%1' is not a valid INI file").arg(configFile));
    }

    auto lookup = [&](const Setting &s) -> std::optional<QString> {
        if (parser.isSet(s.option))
            return parser.value(s.option);
        if (environment.contains(s.env))
            return environment.value(s.env);
        if (ini) {
            const QString key = QString(s.option).replace(QLatin1Char('-'), QLatin1Char('_'));
            if (ini->contains(key))
                return ini->value(key).toString();
        }
        return std::nullopt;
    };

    int maxBody = int(config.http.maxBodyBytes);
    int idleMinutes = 30;
    int absoluteHours = 12;
    int port = config.port;
    for (const Setting &s : settings()) {
        const std::optional<QString> value = lookup(s);
        if (!value)
            continue;
        std::optional<ConfigError> error;
        const QString &name = s.option;
        if (name == QLatin1String("listen")) {
            if (QHostAddress(*value).isNull())
                error = invalid(name, QStringLiteral("'%1' is not an IP address").arg(*value));
            config.listen = *value;
        } else if (name == QLatin1String("port")) {
            error = parseInt(name, *value, 0, 65535, port);
        } else if (name == QLatin1String("database")) {
            config.databaseUrl = value->trimmed();
        } else if (name == QLatin1String("workers")) {
            error = parseInt(name, *value, 1, 256, config.workers);
        } else if (name == QLatin1String("cors-origins")) {
            config.http.corsOrigins = value->split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (QString &origin : config.http.corsOrigins)
                origin = origin.trimmed();
        } else if (name == QLatin1String("trusted-proxies")) {
            for (const QString &text : value->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QHostAddress address(text.trimmed());
                if (address.isNull()) {
                    error = invalid(name, QStringLiteral("'%1' is not an IP address").arg(text.trimmed()));
                    break;
                }
                config.http.trustedProxies.append(address);
            }
        } else if (name == QLatin1String("tls-cert")) {
            config.tlsCert = *value;
        } else if (name == QLatin1String("tls-key")) {
            config.tlsKey = *value;
        } else if (name == QLatin1String("log-format")) {
            if (*value != QLatin1String("auto") && *value != QLatin1String("json") &&
                *value != QLatin1String("text"))
                error = invalid(name, QStringLiteral("'%1' is not auto, json or text").arg(*value));
            config.logFormat = *value;
        } else if (name == QLatin1String("log-file")) {
            config.logFile = value->trimmed();
        } else if (name == QLatin1String("log-requests")) {
            error = parseBool(name, *value, config.http.logRequests);
        } else if (name == QLatin1String("session-idle-minutes")) {
            error = parseInt(name, *value, 1, 24 * 60, idleMinutes);
        } else if (name == QLatin1String("session-absolute-hours")) {
            error = parseInt(name, *value, 1, 24 * 30, absoluteHours);
        } else if (name == QLatin1String("max-body-bytes")) {
            error = parseInt(name, *value, 1024, 64 * 1024 * 1024, maxBody);
        } else if (name == QLatin1String("idle-timeout-seconds")) {
            error = parseInt(name, *value, 1, 3600, config.http.idleTimeoutSeconds);
        } else if (name == QLatin1String("header-timeout-seconds")) {
            error = parseInt(name, *value, 1, 600, config.http.headerTimeoutSeconds);
        } else if (name == QLatin1String("max-connections")) {
            error = parseInt(name, *value, 16, 1'000'000, config.http.maxConnections);
        } else if (name == QLatin1String("max-connections-per-address")) {
            error = parseInt(name, *value, 1, 1'000'000, config.http.maxConnectionsPerAddress);
        } else if (name == QLatin1String("shutdown-grace-seconds")) {
            error = parseInt(name, *value, 0, 600, config.shutdownGraceSeconds);
        }
        if (error)
            return *error;
    }
    config.port = quint16(port);
    config.http.maxBodyBytes = maxBody;
    config.sessions.idleSeconds = idleMinutes * 60;
    config.sessions.absoluteSeconds = absoluteHours * 3600;
    if (config.workers == 0)
        config.workers = qBound(2, QThread::idealThreadCount() * 2, 32);
    if (config.databaseUrl.isEmpty())
        config.databaseUrl = defaultDatabaseUrl();
    if (config.tlsCert.isEmpty() != config.tlsKey.isEmpty())
        return invalid(config.tlsCert.isEmpty() ? QStringLiteral("tls-cert") : QStringLiteral("tls-key"),
                       QStringLiteral("TLS needs both a certificate and a key"));

    config.demo = parser.isSet(demoOption);
    if (!config.demo && environment.contains(QStringLiteral("HMS_DEMO"))) {
        if (auto error =
                parseBool(QStringLiteral("demo"), environment.value(QStringLiteral("HMS_DEMO")), config.demo))
            return *error;
    }
    config.migrate = !parser.isSet(noMigrateOption);
    config.username = parser.value(usernameOption);
    config.fullName = parser.value(fullNameOption);
    config.role = parser.value(roleOption);
    config.passwordStdin = parser.isSet(passwordStdinOption);
    config.output = parser.value(outputOption);
    config.input = parser.value(inputOption);
    if (config.command == QLatin1String("backup") && config.output.isEmpty())
        return invalid(QStringLiteral("output"), QStringLiteral("required for 'backup': the file to write"));
    if (config.command == QLatin1String("restore") && config.input.isEmpty())
        return invalid(QStringLiteral("input"), QStringLiteral("required for 'restore': the backup to read"));
    if (config.command == QLatin1String("user")) {
        if (config.username.isEmpty())
            return invalid(QStringLiteral("username"), QStringLiteral("required for 'user add'"));
        if (config.role.isEmpty())
            return invalid(QStringLiteral("role"), QStringLiteral("required for 'user add'"));
        if (config.fullName.isEmpty())
            return invalid(QStringLiteral("full-name"), QStringLiteral("required for 'user add'"));
        if (!config.passwordStdin)
            return invalid(
                QStringLiteral("password-stdin"),
                QStringLiteral("required: the password is read from standard input, never from arguments"));
    }
    return config;
}

} // namespace hms::server
