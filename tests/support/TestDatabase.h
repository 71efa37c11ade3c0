#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

namespace hms::test {

// A fresh, empty database for one test program on the engine named by
// HMS_TEST_ENGINE (sqlite or postgresql; sqlite when unset). PostgreSQL
// databases are created on the throwaway cluster (HMS_TEST_PG_URL) with two
// roles of their own, as in production: the schema's owner, which migrates
// (ownerUrl()), and the server's role (url()), which migrate grants its
// privileges; the destructor drops the database and both roles.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool isValid() const { return !m_url.isEmpty(); }
    QString error() const { return m_error; }
    // The server's role.
    QString url() const { return m_url; }
    // The schema's owner (PostgreSQL); the same as url() on SQLite.
    QString ownerUrl() const { return m_ownerUrl.isEmpty() ? m_url : m_ownerUrl; }
    // `hms-server migrate` as the owner, granting the server's role; returns what went wrong, or nothing.
    QString migrate();
    // The options naming the owner for `migrate` and `restore` (none on SQLite).
    QStringList ownerArguments() const;
    QString engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == QLatin1String("postgresql"); }

    // Runs one SQL statement directly, bypassing the server (for tamper and setup tests).
    bool execute(const QString &sql, QString *error = nullptr);
    // The same as the server's own role (PostgreSQL; directly on SQLite): what its credentials allow.
    bool executeAsServerRole(const QString &sql, QString *error = nullptr);
    // The first column of the first row of a query, run directly.
    QVariant scalar(const QString &sql);
    // Every row of a query, columns joined by '|' (NULL spelled out), run directly.
    QStringList rows(const QString &sql);
    // The tables of the application's schema, sorted.
    QStringList tableNames();

    static QString engineUnderTest();
    static QString tempDir();

private:
    QString m_engine;
    QString m_url;
    QString m_ownerUrl;
    QString m_error;
    QString m_pgName;
    QString m_sqlitePath;
    QString m_connectionName; // this database's own direct connection
    QString m_serverRoleConnectionName;
};

} // namespace hms::test
