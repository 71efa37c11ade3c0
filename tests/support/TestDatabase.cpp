#include "TestDatabase.h"

#include <QDir>
#include <QFile>
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
        if (!query.exec(QStringLiteral("CREATE DATABASE ") + m_pgName)) {
            m_error = query.lastError().text();
            return;
        }
        admin.close();
    }
    QUrl url(adminUrl);
    url.setPath(QLatin1Char('/') + m_pgName);
    m_url = url.toString();
}

TestDatabase::~TestDatabase()
{
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::database(m_connectionName, false).close();
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
            admin.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
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
} // namespace

bool TestDatabase::execute(const QString &sql, QString *error)
{
    QSqlDatabase db = directConnection(*this, m_connectionName, m_pgName, m_sqlitePath);
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
