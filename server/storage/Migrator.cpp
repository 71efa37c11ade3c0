#include "Migrator.h"

#include "Database.h"
#include "Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <map>

namespace hms::server {

namespace {
QString engineFolder(Engine engine)
{
    return engine == Engine::Sqlite ? QStringLiteral(":/migrations/sqlite")
                                    : QStringLiteral(":/migrations/postgresql");
}

std::map<int, QString> migrationFiles(Engine engine)
{
    std::map<int, QString> files;
    const QDir dir(engineFolder(engine));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name))
        files.emplace(name.left(4).toInt(), dir.filePath(name));
    return files;
}

// Statements end with ';' at the end of a line; trigger bodies stay on one line.
QStringList splitStatements(const QString &script)
{
    static const QRegularExpression separator(QStringLiteral(R"(;[ \t]*(\r?\n|$))"));
    QStringList statements;
    for (const QString &part : script.split(separator)) {
        QStringList lines;
        for (const QString &line : part.split(QLatin1Char('\n'))) {
            if (!line.trimmed().startsWith(QLatin1String("--")))
                lines.append(line);
        }
        const QString statement = lines.join(QLatin1Char('\n')).trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
    }
    return statements;
}
} // namespace

Migrator::Migrator(Database &db)
    : m_db(db)
{}

int Migrator::latestVersion()
{
    const auto sqlite = migrationFiles(Engine::Sqlite);
    return sqlite.empty() ? 0 : sqlite.rbegin()->first;
}

Result<int, QString> Migrator::currentVersion()
{
    // Read only: the server's own role may not create tables (PostgreSQL).
    QSqlQuery exists(m_db.connection());
    const QString existsSql = m_db.engine() == Engine::Postgres
        ? QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")
        : QStringLiteral("SELECT COUNT(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = "
                         "'schema_version'");
    if (!exists.exec(existsSql) || !exists.next())
        return QStringLiteral("cannot read the schema version");
    if (!exists.value(0).toBool())
        return 0;
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next())
        return QStringLiteral("cannot read the schema version");
    return query.value(0).isNull() ? 0 : query.value(0).toInt();
}

Result<int, QString> Migrator::migrateTo(int targetVersion)
{
    Transaction tx(m_db, Transaction::Mode::Write);
    if (!tx.isActive())
        return QString(QStringLiteral("cannot start the migration transaction: ") + m_db.lastError().detail);
    if (m_db.engine() == Engine::Postgres) {
        // Replicas starting together migrate one at a time.
        if (!m_db.execute(QStringLiteral("SELECT pg_advisory_xact_lock(4242001)")))
            return QString(QStringLiteral("cannot take the migration lock: ") + m_db.lastError().detail);
    }
    const Result<int, QString> current = currentVersion();
    if (!current)
        return current.error();
    const int latest = latestVersion();
    if (*current > latest) {
        return QStringLiteral("the database schema is version %1, newer than this hms-server knows (%2); "
                              "upgrade hms-server")
            .arg(*current)
            .arg(latest);
    }
    // Nothing to do needs no right to create tables (the server's own role on PostgreSQL).
    if (*current >= targetVersion)
        return 0;
    if (!m_db.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")))
        return QString(QStringLiteral("cannot create the schema_version table: ") + m_db.lastError().detail);
    int applied = 0;
    for (const auto &[version, path] : migrationFiles(m_db.engine())) {
        if (version <= *current || version > targetVersion)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read migration %1").arg(path);
        for (const QString &statement : splitStatements(QString::fromUtf8(file.readAll()))) {
            if (!m_db.execute(statement))
                return QStringLiteral("migration %1 failed: %2").arg(path, m_db.lastError().detail);
        }
        QSqlQuery record(m_db.connection());
        record.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (:v)"));
        record.bindValue(QStringLiteral(":v"), version);
        if (!record.exec())
            return QStringLiteral("cannot record migration %1").arg(version);
        ++applied;
    }
    if (!tx.commit())
        return QString(QStringLiteral("cannot commit the migrations: ") + m_db.lastError().detail);
    return applied;
}

std::optional<QString> Migrator::connectedRole()
{
    if (m_db.engine() != Engine::Postgres)
        return QString();
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT current_user")) || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

Result<bool, QString> Migrator::grantApplicationRole(const QString &role)
{
    if (m_db.engine() != Engine::Postgres)
        return false;
    QSqlQuery quote(m_db.connection());
    quote.prepare(QStringLiteral("SELECT quote_ident(rolname) FROM pg_roles WHERE rolname = :role"));
    quote.bindValue(QStringLiteral(":role"), role);
    if (!quote.exec())
        return QString(QStringLiteral("cannot look up the role '%1': %2").arg(role, m_db.lastError().detail));
    if (!quote.next())
        return QStringLiteral("the server's role '%1' does not exist: create it first (CREATE ROLE %1 LOGIN)")
            .arg(role);
    const QString grantee = quote.value(0).toString();
    quote.finish();
    // Everything the server does, and on the audit log and the schema version
    // only what it reads and appends. Repeated after every migration, so that
    // new tables are covered; revoking first takes back whatever was granted
    // by hand.
    const QStringList statements{
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1"),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1"),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1"),
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON audit_log, schema_version FROM %1"),
        QStringLiteral("GRANT INSERT ON audit_log TO %1"),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1"),
        QStringLiteral("REVOKE ALL ON FUNCTION hms_audit_seal(BIGINT[], BIGINT[], TEXT[]) FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION hms_audit_seal(BIGINT[], BIGINT[], TEXT[]) TO %1"),
    };
    Transaction tx(m_db, Transaction::Mode::Write);
    if (!tx.isActive())
        return QString(QStringLiteral("cannot start the grant transaction: ") + m_db.lastError().detail);
    for (const QString &statement : statements) {
        if (!m_db.execute(statement.contains(QLatin1String("%1")) ? statement.arg(grantee) : statement))
            return QStringLiteral("cannot grant the role '%1' its privileges: %2")
                .arg(role, m_db.lastError().detail);
    }
    if (!tx.commit())
        return QString(QStringLiteral("cannot commit the grants: ") + m_db.lastError().detail);
    return true;
}

} // namespace hms::server
