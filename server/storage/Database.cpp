#include "Database.h"
#include "shared/Instant.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QTimeZone>
#include <atomic>
#include <libpq-fe.h>

Q_LOGGING_CATEGORY(lcDatabase, "hms.database")

namespace hms::server {

namespace {
std::atomic<quint64> g_reconnects{0};
} // namespace

Database::Database(DatabaseUrl url, QString connectionName, Durability durability)
    : m_url(std::move(url))
    , m_connectionName(std::move(connectionName))
    , m_durability(durability)
{}

Database::~Database()
{
    close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QMutex &Database::sqliteWriteMutex()
{
    static QMutex mutex;
    return mutex;
}

std::unique_ptr<QMutexLocker<QMutex>> Database::autocommitWriteLock() const
{
    if (m_url.engine != Engine::Sqlite || m_inTransaction)
        return nullptr;
    return std::make_unique<QMutexLocker<QMutex>>(&sqliteWriteMutex());
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::open(QString *error)
{
    close();
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(m_url.engine == Engine::Sqlite ? QStringLiteral("QSQLITE")
                                                                   : QStringLiteral("QPSQL"),
                                    m_connectionName);
    if (m_url.engine == Engine::Sqlite) {
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setUserName(m_url.user);
        db.setPassword(m_url.password);
        db.setDatabaseName(m_url.databaseName);
        db.setConnectOptions(m_url.connectOptions);
    }
    if (!db.open()) {
        m_broken = true;
        m_lastError = {StorageError::Kind::Unavailable, db.lastError().text()};
        if (error)
            *error = db.lastError().text();
        return false;
    }
    m_broken = false;
    const bool relaxed = m_durability == Durability::Relaxed;
    const QStringList setup = m_url.engine == Engine::Sqlite
        ? QStringList{QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA foreign_keys=ON"),
                      relaxed ? QStringLiteral("PRAGMA synchronous=NORMAL")
                              : QStringLiteral("PRAGMA synchronous=FULL")}
        : QStringList{QStringLiteral("SET TIME ZONE 'UTC'"), QStringLiteral("SET statement_timeout = '30s'"),
                      QStringLiteral("SET client_min_messages = warning"),
                      relaxed ? QStringLiteral("SET synchronous_commit = off")
                              : QStringLiteral("SET synchronous_commit = on")};
    for (const QString &sql : setup) {
        if (!execute(sql)) {
            if (error)
                *error = m_lastError.detail;
            return false;
        }
    }
    return true;
}

void Database::close()
{
    m_statements.clear();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
}

bool Database::isOpen() const
{
    return connection().isOpen() && !m_broken;
}

quint64 Database::reconnects()
{
    return g_reconnects.load(std::memory_order_relaxed);
}

bool Database::ensureOpen()
{
    if (!m_broken && connection().isOpen())
        return true;
    QString error;
    if (open(&error)) {
        g_reconnects.fetch_add(1, std::memory_order_relaxed);
        qCInfo(lcDatabase, "database connection re-established");
        return true;
    }
    qCWarning(lcDatabase, "database unavailable: %s", qUtf8Printable(error));
    return false;
}

QSqlQuery &Database::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(connection());
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            recordError(query->lastError());
            // The statement text holds no values (they are bound), so it may be logged.
            qCWarning(lcDatabase, "prepare failed: %s in: %s", qUtf8Printable(query->lastError().text()),
                      qUtf8Printable(sql));
        }
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    it->second->finish();
    return *it->second;
}

bool Database::run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    // A broken connection's prepared statements are dropped when ensureOpen()
    // reconnects, not here: the caller still holds a reference to this one.
    recordError(query.lastError());
    return false;
}

Result<qint64, StorageError> Database::scalarInteger(QSqlQuery &query)
{
    if (!run(query))
        return m_lastError;
    const qint64 rows = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return rows;
}

QString Database::where(const QStringList &conditions)
{
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

bool Database::execute(const QString &sql)
{
    QSqlQuery query(connection());
    if (query.exec(sql))
        return true;
    recordError(query.lastError());
    return false;
}

bool Database::connectionIsBad() const
{
    const QSqlDatabase db = connection();
    if (!db.isOpen())
        return true;
    if (m_url.engine != Engine::Postgres)
        return false;
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "PGconn*") == 0) {
        auto *conn = *static_cast<PGconn *const *>(handle.data());
        return conn == nullptr || PQstatus(conn) != CONNECTION_OK;
    }
    return false;
}

void Database::recordError(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    const QString text = error.text();
    StorageError::Kind kind = StorageError::Kind::Other;
    if (m_url.engine == Engine::Postgres) {
        if (code == QLatin1String("23505"))
            kind = StorageError::Kind::UniqueViolation;
        else if (code == QLatin1String("23P01"))
            kind = StorageError::Kind::ExclusionViolation;
        else if (code == QLatin1String("23503"))
            kind = StorageError::Kind::ForeignKeyViolation;
        else if (code == QLatin1String("53300") || code == QLatin1String("40001") ||
                 code == QLatin1String("40P01"))
            kind = StorageError::Kind::Unavailable;
        // Connection failures and administrator shutdowns (a restart) leave
        // the session unusable even before libpq notices the closed socket.
        const bool connectionGone = code.startsWith(QLatin1String("08")) ||
            code.startsWith(QLatin1String("57P")) ||
            text.contains(QLatin1String("no connection to the server")) ||
            text.contains(QLatin1String("server closed the connection"));
        if (connectionGone || connectionIsBad()) {
            kind = StorageError::Kind::Unavailable;
            m_broken = true;
        }
    } else {
        if (text.contains(QLatin1String("UNIQUE constraint failed")))
            kind = StorageError::Kind::UniqueViolation;
        else if (text.contains(QLatin1String("FOREIGN KEY constraint failed")))
            kind = StorageError::Kind::ForeignKeyViolation;
        else if (code == QLatin1String("5") || code == QLatin1String("6") ||
                 text.contains(QLatin1String("database is locked")))
            kind = StorageError::Kind::Unavailable;
    }
    m_lastError = {kind, QStringLiteral("[%1] %2").arg(code, text)};
    if (kind != StorageError::Kind::UniqueViolation && kind != StorageError::Kind::ExclusionViolation)
        qCWarning(lcDatabase, "statement failed: %s", qUtf8Printable(m_lastError.detail));
}

QVariant Database::instantValue(const QDateTime &instant) const
{
    return formatInstantMillis(instant);
}

QDateTime Database::instantFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    // The stored form is fixed ("2026-11-24T09:30:00.000Z"): read it directly.
    const QString text = value.toString();
    if (text.size() == 24 && text.at(10) == QLatin1Char('T') && text.at(23) == QLatin1Char('Z')) {
        auto number = [&text](int from, int length) {
            int n = 0;
            for (int i = from; i < from + length; ++i)
                n = n * 10 + (text.at(i).unicode() - '0');
            return n;
        };
        QDateTime instant(QDate(number(0, 4), number(5, 2), number(8, 2)),
                          QTime(number(11, 2), number(14, 2), number(17, 2), number(20, 3)), Qt::UTC);
        if (instant.isValid())
            return instant;
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QVariant Database::textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant Database::idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QDate Database::dateFrom(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QDate)
        return value.toDate();
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

} // namespace hms::server
