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
    if (!m_db.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")))
        return QString(QStringLiteral("cannot create the schema_version table: ") + m_db.lastError().detail);
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

} // namespace hms::server
