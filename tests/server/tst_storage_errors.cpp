#include "support/TestDatabase.h"

#include "storage/Database.h"
#include "storage/DatabaseUrl.h"

#include <QMutex>
#include <QTest>

using namespace hms::server;
using namespace hms::test;

namespace {
QMutex g_logMutex;
QStringList g_log;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker locker(&g_logMutex);
    g_log.append(QString::fromLatin1(context.category ? context.category : "default") + QStringLiteral(": ") +
                 message);
}
} // namespace

// A statement that fails on a value it carries: the log and the error's
// detail name the error code and the statement, never the value, although
// the driver's own message quotes it.
class TestStorageErrors : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_database;
    std::unique_ptr<Database> m_db;
    QtMessageHandler m_previousHandler = nullptr;

    static QString secret() { return QStringLiteral("Quixotica Lovelace"); }

    QString joinedLog()
    {
        const QMutexLocker locker(&g_logMutex);
        return g_log.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        const auto url = DatabaseUrl::parse(m_database.url());
        QVERIFY(url);
        m_db = std::make_unique<Database>(url.value(), QStringLiteral("tst_storage_errors"));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_previousHandler = qInstallMessageHandler(captureMessage);
    }

    void init()
    {
        const QMutexLocker locker(&g_logMutex);
        g_log.clear();
    }

    void failedStatementIsLoggedWithoutItsValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << secret();
        QTest::newRow("with NUL") << secret() + QChar(0) + QStringLiteral("Ada");
    }

    void failedStatementIsLoggedWithoutItsValues()
    {
        QFETCH(QString, value);
        // Each engine's way to fail on a bound text: PostgreSQL quotes the
        // text in its message; SQLite refuses it as JSON.
        const QString sql = m_db->engine() == Engine::Postgres ? QStringLiteral("SELECT CAST(:v AS INTEGER)")
                                                               : QStringLiteral("SELECT json(:v)");
        QSqlQuery &query = m_db->statement(sql);
        query.bindValue(QStringLiteral(":v"), value);
        QVERIFY(!m_db->run(query));
        query.finish();

        const QString detail = m_db->lastError().detail;
        const QString log = joinedLog();
        QVERIFY2(!detail.contains(QStringLiteral("Quixotica")), qPrintable(detail));
        QVERIFY2(!log.contains(QStringLiteral("Quixotica")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("statement failed: [")), qPrintable(log));
        QVERIFY2(detail.endsWith(QStringLiteral(" in SELECT")), qPrintable(detail));
        if (m_db->engine() == Engine::Postgres)
            QVERIFY2(detail.startsWith(QStringLiteral("[22P02] data exception")) ||
                         detail.startsWith(QStringLiteral("[42601] syntax error")) ||
                         detail.startsWith(QStringLiteral("[22021] data exception")),
                     qPrintable(detail));
        QVERIFY(m_db->ensureOpen());
    }

    void statementNameIsVerbAndFirstTable()
    {
        QSqlQuery &query = m_db->statement(QStringLiteral("INSERT INTO no_such_table (name) VALUES (:name)"));
        query.bindValue(QStringLiteral(":name"), secret());
        QVERIFY(!m_db->run(query));
        const QString detail = m_db->lastError().detail;
        QVERIFY2(detail.contains(QStringLiteral("INSERT no_such_table")), qPrintable(detail));
        QVERIFY2(!detail.contains(QStringLiteral("Quixotica")), qPrintable(detail));
        QVERIFY2(!joinedLog().contains(QStringLiteral("Quixotica")), qPrintable(joinedLog()));
        QVERIFY(m_db->ensureOpen());
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(m_previousHandler);
        m_db.reset();
    }
};

QTEST_GUILESS_MAIN(TestStorageErrors)
#include "tst_storage_errors.moc"
