#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

namespace hms::test {

// A fresh, empty database for one test program on the engine named by
// HMS_TEST_ENGINE (sqlite or postgresql; sqlite when unset). PostgreSQL
// databases are created on the throwaway cluster (HMS_TEST_PG_URL) and
// dropped again by the destructor.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool isValid() const { return !m_url.isEmpty(); }
    QString error() const { return m_error; }
    QString url() const { return m_url; }
    QString engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == QLatin1String("postgresql"); }

    // Runs one SQL statement directly, bypassing the server (for tamper and setup tests).
    bool execute(const QString &sql, QString *error = nullptr);
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
    QString m_error;
    QString m_pgName;
    QString m_sqlitePath;
    QString m_connectionName; // this database's own direct connection
};

} // namespace hms::test
