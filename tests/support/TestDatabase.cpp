#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>

namespace hms::test {

namespace {
QString randomSuffix()
{
    return QString::number(QRandomGenerator::global()->generate64(), 36);
}

QSqlDatabase adminConnection(const QString &url, const QString &databaseName, const QString &name)
{
    const QUrl parsed(url);
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(parsed.host());
    db.setPort(parsed.port(5432));
    db.setUserName(parsed.userName());
    db.setDatabaseName(databaseName);
    return db;
}
} // namespace

QString TestDatabase::engineUnderTest()
{
    const QString engine = qEnvironmentVariable("HMS_TEST_ENGINE");
    return engine.isEmpty() ? QStringLiteral("sqlite") : engine;
}

QString TestDatabase::tempDir()
{
    QString dir = qEnvironmentVariable("HMS_TEST_TMP");
    if (dir.isEmpty())
        dir = QDir::tempPath() + QStringLiteral("/hms-tests");
    QDir().mkpath(dir);
    return dir;
}

TestDatabase::TestDatabase()
    : m_engine(engineUnderTest())
    , m_connectionName(QStringLiteral("hms-test-direct-") + randomSuffix())
    , m_serverRoleConnectionName(m_connectionName + QStringLiteral("-server-role"))
{
    if (m_engine == QLatin1String("sqlite")) {
        m_sqlitePath = tempDir() + QStringLiteral("/test-") + randomSuffix() + QStringLiteral(".sqlite");
        m_url = QStringLiteral("sqlite://") + m_sqlitePath;
        return;
    }
    if (m_engine != QLatin1String("postgresql")) {
        m_error = QStringLiteral("unknown HMS_TEST_ENGINE ") + m_engine;
        return;
    }
    const QString adminUrl = qEnvironmentVariable("HMS_TEST_PG_URL");
    if (adminUrl.isEmpty()) {
        m_error = QStringLiteral("HMS_TEST_PG_URL is not set; run the PostgreSQL tests through ctest");
        return;
    }
    m_pgName = QStringLiteral("hms_test_") + randomSuffix();
    {
        QSqlDatabase admin =
            adminConnection(adminUrl, QStringLiteral("postgres"), QStringLiteral("hms-test-admin"));
        if (!admin.open()) {
            m_error = admin.lastError().text();
            return;
        }
        QSqlQuery query(admin);
        for (const QString &statement :
             {QStringLiteral("CREATE ROLE %1_owner LOGIN"), QStringLiteral("CREATE ROLE %1_server LOGIN"),
              QStringLiteral("CREATE DATABASE %1 OWNER %1_owner")}) {
            if (!query.exec(statement.arg(m_pgName))) {
                m_error = query.lastError().text();
                return;
            }
        }
        admin.close();
    }
    QUrl url(adminUrl);
    url.setPath(QLatin1Char('/') + m_pgName);
    url.setUserName(m_pgName + QStringLiteral("_owner"));
    m_ownerUrl = url.toString();
    url.setUserName(m_pgName + QStringLiteral("_server"));
    m_url = url.toString();
}

QStringList TestDatabase::ownerArguments() const
{
    if (m_ownerUrl.isEmpty())
        return {};
    return {QStringLiteral("--owner-database"), m_ownerUrl};
}

QString TestDatabase::migrate()
{
    QProcess process;
    process.start(QStringLiteral(HMS_SERVER_EXECUTABLE),
                  QStringList{QStringLiteral("migrate"), QStringLiteral("--database"), m_url} +
                      ownerArguments());
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return QStringLiteral("hms-server migrate failed: ") +
            QString::fromUtf8(process.readAllStandardError());
    return {};
}

TestDatabase::~TestDatabase()
{
    for (const QString &name : {m_connectionName, m_serverRoleConnectionName}) {
        if (QSqlDatabase::contains(name))
            QSqlDatabase::database(name, false).close();
    }
    if (!m_sqlitePath.isEmpty()) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_sqlitePath + suffix);
    }
    if (!m_pgName.isEmpty()) {
        QSqlDatabase admin = adminConnection(qEnvironmentVariable("HMS_TEST_PG_URL"),
                                             QStringLiteral("postgres"), QStringLiteral("hms-test-admin"));
        if (admin.open()) {
            QSqlQuery query(admin);
            (void)query.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgName +
                             QStringLiteral(" WITH (FORCE)"));
            (void)query.exec(QStringLiteral("DROP ROLE IF EXISTS %1_server, %1_owner").arg(m_pgName));
            admin.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    QSqlDatabase::removeDatabase(m_serverRoleConnectionName);
}

namespace {
QSqlDatabase directConnection(const TestDatabase &database, const QString &name, const QString &pgName,
                              const QString &sqlitePath)
{
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    QSqlDatabase db;
    if (database.isPostgres()) {
        db = adminConnection(qEnvironmentVariable("HMS_TEST_PG_URL"), pgName, name);
    } else {
        db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(sqlitePath);
    }
    db.open();
    return db;
}

// Runs one statement on an open connection; false with the reason otherwise.
bool executeOn(const QSqlDatabase &db, const QString &sql, QString *error)
{
    if (!db.isOpen()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    const bool ok = query.exec(sql);
    if (!ok && error)
        *error = query.lastError().text();
    return ok;
}
} // namespace

bool TestDatabase::execute(const QString &sql, QString *error)
{
    return executeOn(directConnection(*this, m_connectionName, m_pgName, m_sqlitePath), sql, error);
}

bool TestDatabase::executeAsServerRole(const QString &sql, QString *error)
{
    if (!isPostgres())
        return execute(sql, error);
    QSqlDatabase db;
    if (QSqlDatabase::contains(m_serverRoleConnectionName)) {
        db = QSqlDatabase::database(m_serverRoleConnectionName, false);
    } else {
        db = adminConnection(qEnvironmentVariable("HMS_TEST_PG_URL"), m_pgName, m_serverRoleConnectionName);
        db.setUserName(m_pgName + QStringLiteral("_server"));
    }
    if (!db.isOpen())
        db.open(); // a failure is reported by executeOn
    return executeOn(db, sql, error);
}

QVariant TestDatabase::scalar(const QString &sql)
{
    QSqlDatabase db = directConnection(*this, m_connectionName, m_pgName, m_sqlitePath);
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QStringList TestDatabase::rows(const QString &sql)
{
    QSqlDatabase db = directConnection(*this, m_connectionName, m_pgName, m_sqlitePath);
    QSqlQuery query(db);
    QStringList rows;
    if (!query.exec(sql))
        return {QStringLiteral("error: ") + query.lastError().text()};
    while (query.next()) {
        QStringList columns;
        for (int i = 0; i < query.record().count(); ++i)
            columns.append(query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
        rows.append(columns.join(QLatin1Char('|')));
    }
    return rows;
}

QStringList TestDatabase::tableNames()
{
    return rows(isPostgres() ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                                              "ORDER BY tablename")
                             : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                              "name NOT LIKE 'sqlite_%' ORDER BY name"));
}

} // namespace hms::test
