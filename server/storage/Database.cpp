#include "Database.h"
#include "shared/Instant.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QTimeZone>
#include <atomic>
#include <libpq-fe.h>

Q_LOGGING_CATEGORY(lcDatabase, "hms.database")

namespace hms::server {

namespace {
std::atomic<quint64> g_reconnects{0};

// A failed statement is named by its verb and first table ("INSERT patients"),
// taken from the statement's text before any value is bound: never the text
// with its values, nor the driver's message, which may quote them.
QString statementName(const QString &sql)
{
    static const QRegularExpression verb(QStringLiteral(R"(^\s*([A-Za-z]+))"));
    static const QRegularExpression table(
        QStringLiteral(
            R"(\b(?:FROM|INTO|UPDATE|TABLE|JOIN)\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?([A-Za-z_][A-Za-z0-9_.]*))"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch verbMatch = verb.match(sql);
    if (!verbMatch.hasMatch())
        return QStringLiteral("(unnamed statement)");
    QString name = verbMatch.captured(1).toUpper();
    if (const QRegularExpressionMatch tableMatch = table.match(sql); tableMatch.hasMatch())
        name += QLatin1Char(' ') + tableMatch.captured(1);
    return name;
}

// A fixed description of an error code: PostgreSQL's SQLSTATE class, or
// SQLite's primary result code.
QString codeDescription(Engine engine, const QString &code)
{
    if (engine == Engine::Postgres) {
        static const QHash<QString, QString> classes{
            {QStringLiteral("08"), QStringLiteral("connection exception")},
            {QStringLiteral("0A"), QStringLiteral("feature not supported")},
            {QStringLiteral("21"), QStringLiteral("cardinality violation")},
            {QStringLiteral("22"), QStringLiteral("data exception")},
            {QStringLiteral("23"), QStringLiteral("integrity constraint violation")},
            {QStringLiteral("25"), QStringLiteral("invalid transaction state")},
            {QStringLiteral("26"), QStringLiteral("invalid SQL statement name")},
            {QStringLiteral("40"), QStringLiteral("transaction rollback")},
            {QStringLiteral("42"), QStringLiteral("syntax error or access rule violation")},
            {QStringLiteral("53"), QStringLiteral("insufficient resources")},
            {QStringLiteral("54"), QStringLiteral("program limit exceeded")},
            {QStringLiteral("55"), QStringLiteral("object not in prerequisite state")},
            {QStringLiteral("57"), QStringLiteral("operator intervention")},
            {QStringLiteral("58"), QStringLiteral("system error")},
            {QStringLiteral("P0"), QStringLiteral("PL/pgSQL error")},
            {QStringLiteral("XX"), QStringLiteral("internal error")},
        };
        return classes.value(code.left(2), QStringLiteral("database error"));
    }
    bool ok = false;
    const int primary = code.toInt(&ok) & 0xff;
    static const QHash<int, QString> codes{
        {1, QStringLiteral("SQL error")},
        {5, QStringLiteral("database busy")},
        {6, QStringLiteral("table locked")},
        {7, QStringLiteral("out of memory")},
        {8, QStringLiteral("read-only database")},
        {10, QStringLiteral("disk I/O error")},
        {11, QStringLiteral("database corrupt")},
        {13, QStringLiteral("database full")},
        {14, QStringLiteral("cannot open the database file")},
        {17, QStringLiteral("schema changed")},
        {18, QStringLiteral("value too big")},
        {19, QStringLiteral("constraint violation")},
        {20, QStringLiteral("datatype mismatch")},
        {25, QStringLiteral("bind parameter out of range")},
    };
    return ok ? codes.value(primary, QStringLiteral("database error")) : QStringLiteral("database error");
}
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
        if (!query->prepare(sql))
            recordError(query->lastError(), QStringLiteral("prepare ") + statementName(sql));
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
    recordError(query.lastError(), statementName(query.lastQuery()));
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
    recordError(query.lastError(), statementName(sql));
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

void Database::recordError(const QSqlError &error, const QString &statement)
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
    // The driver's text is read above to classify the error and dropped here:
    // it may quote the values the statement carried (a patient's name).
    m_lastError = {kind,
                   QStringLiteral("[%1] %2 in %3")
                       .arg(code.isEmpty() ? QStringLiteral("no code") : code,
                            codeDescription(m_url.engine, code), statement)};
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
