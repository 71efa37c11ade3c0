#include "DatabaseUrl.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace hms::server {

Result<DatabaseUrl, QString> DatabaseUrl::parse(const QString &text)
{
    DatabaseUrl url;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        url.engine = Engine::Sqlite;
        QString path = text.mid(7);
        if (path.startsWith(QLatin1String("///")))
            path = path.mid(2); // sqlite:///abs -> /abs
        else if (path.startsWith(QLatin1String("//")))
            return QStringLiteral("a sqlite URL is sqlite:///absolute/path or sqlite:relative/path");
        if (path.isEmpty())
            return QStringLiteral("the sqlite URL names no file");
        url.path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
        return url;
    }
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid())
            return QStringLiteral("the postgresql URL is not a valid URL");
        url.engine = Engine::Postgres;
        url.host = parsed.host();
        url.port = parsed.port(5432);
        url.user = parsed.userName(QUrl::FullyDecoded);
        url.password = parsed.password(QUrl::FullyDecoded);
        url.databaseName = parsed.path(QUrl::FullyDecoded).mid(1);
        QStringList options;
        const QUrlQuery query(parsed);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == QLatin1String("host")) {
                url.host = value; // e.g. a socket directory: host=/run/postgresql
            } else if (key == QLatin1String("sslmode") || key == QLatin1String("sslrootcert") ||
                       key == QLatin1String("sslcert") || key == QLatin1String("sslkey") ||
                       key == QLatin1String("connect_timeout") || key == QLatin1String("application_name")) {
                if (value.contains(QLatin1Char(';')))
                    return QStringLiteral("the postgresql URL option %1 has an invalid value").arg(key);
                options.append(key + QLatin1Char('=') + value);
            } else {
                return QStringLiteral("the postgresql URL has an unsupported option: %1").arg(key);
            }
        }
        if (!query.hasQueryItem(QStringLiteral("connect_timeout")))
            options.append(QStringLiteral("connect_timeout=5"));
        url.connectOptions = options.join(QLatin1Char(';'));
        if (url.databaseName.isEmpty())
            return QStringLiteral("the postgresql URL names no database");
        return url;
    }
    return QStringLiteral("the database URL must start with sqlite: or postgresql://");
}

QString DatabaseUrl::redacted() const
{
    if (engine == Engine::Sqlite)
        return QStringLiteral("sqlite:") + path;
    const QString who = user.isEmpty() ? QString() : user + QStringLiteral(":***@");
    return QStringLiteral("postgresql://%1%2:%3/%4").arg(who, host, QString::number(port), databaseName);
}

} // namespace hms::server
