#include "Backup.h"

#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDriver>
#include <QStandardPaths>
#include <sqlite3.h>

namespace hms::server {

namespace {
constexpr int PagesPerStep = 256; // copy in slices so writers are only briefly held up
constexpr int StepPauseMs = 5;
constexpr int MaxBusyPauses = 60 * 1000 / StepPauseMs;
constexpr int ToolTimeoutMs = 6 * 60 * 60 * 1000; // pg_dump of a large clinic takes a while

QString sqliteMessage(sqlite3 *handle)
{
    return QString::fromUtf8(sqlite3_errmsg(handle));
}

// Copies every page of src's main database into dst's, in slices; returns the error, if any.
std::optional<QString> copyPages(sqlite3 *dst, sqlite3 *src)
{
    sqlite3_backup *backup = sqlite3_backup_init(dst, "main", src, "main");
    if (!backup)
        return QString(QStringLiteral("cannot start the copy: ") + sqliteMessage(dst));
    int rc = SQLITE_OK;
    int busyPauses = 0; // a writer that never lets go: give up after a minute
    do {
        rc = sqlite3_backup_step(backup, PagesPerStep);
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++busyPauses < MaxBusyPauses)
            sqlite3_sleep(StepPauseMs);
    } while (rc == SQLITE_OK || ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && busyPauses < MaxBusyPauses));
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return QString(QStringLiteral("the copy failed: ") + QString::fromUtf8(sqlite3_errstr(rc)));
    return std::nullopt;
}

// Opens a SQLite file with its own handle (not through Qt), closing it on scope exit.
class SqliteFile
{
public:
    SqliteFile(const QString &path, int flags)
    {
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_handle, flags, nullptr);
        if (m_rc == SQLITE_OK)
            sqlite3_busy_timeout(m_handle, 5000);
    }
    ~SqliteFile() { sqlite3_close(m_handle); }
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    bool isOpen() const { return m_rc == SQLITE_OK; }
    sqlite3 *handle() const { return m_handle; }
    QString error() const { return m_handle ? sqliteMessage(m_handle) : QStringLiteral("out of memory"); }

    // The first column of the first row (empty when there is none), or nullopt on an error.
    std::optional<QString> scalar(const char *sql) const
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_handle, sql, -1, &statement, nullptr) != SQLITE_OK)
            return std::nullopt;
        QString value;
        const int rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return std::nullopt;
        return value;
    }

private:
    sqlite3 *m_handle = nullptr;
    int m_rc = SQLITE_ERROR;
};

// Checks that a SQLite file is a sound HMS database this binary can take.
Result<int, QString> checkSqliteBackup(const SqliteFile &file)
{
    const auto integrity = file.scalar("PRAGMA integrity_check");
    if (!integrity)
        return QString(QStringLiteral("it is not a SQLite database (") + file.error() + QStringLiteral(")"));
    if (*integrity != QLatin1String("ok"))
        return QString(QStringLiteral("it fails SQLite's integrity check: ") + *integrity);
    const auto version = file.scalar("SELECT MAX(version) FROM schema_version");
    if (!version || version->isEmpty())
        return QStringLiteral("it is not an HMS database (no schema version)");
    const int schemaVersion = version->toInt();
    if (schemaVersion > Migrator::latestVersion())
        return QStringLiteral("its schema version %1 is newer than this hms-server knows (%2)")
            .arg(schemaVersion)
            .arg(Migrator::latestVersion());
    return schemaVersion;
}

QString partFileName(const QString &outputFile)
{
    return outputFile + QStringLiteral(".part");
}

// Moves a finished .part file onto its final name, replacing an older backup there.
Result<qint64, QString> publish(const QString &partFile, const QString &outputFile)
{
    QFile::remove(outputFile);
    if (!QFile::rename(partFile, outputFile)) {
        QFile::remove(partFile);
        return QStringLiteral("cannot rename the finished backup to '%1'").arg(outputFile);
    }
    return QFileInfo(outputFile).size();
}

QString conninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// A libpq connection string for pg_dump/pg_restore; the password travels in
// PGPASSWORD, never on a command line that `ps` would show.
QString conninfo(const DatabaseUrl &url)
{
    QStringList parts;
    if (!url.host.isEmpty())
        parts << QStringLiteral("host=") + conninfoValue(url.host);
    parts << QStringLiteral("port=") + QString::number(url.port);
    if (!url.user.isEmpty())
        parts << QStringLiteral("user=") + conninfoValue(url.user);
    parts << QStringLiteral("dbname=") + conninfoValue(url.databaseName);
    for (const QString &option : url.connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype equals = option.indexOf(QLatin1Char('='));
        parts << option.left(equals) + QLatin1Char('=') + conninfoValue(option.mid(equals + 1));
    }
    return parts.join(QLatin1Char(' '));
}

// Runs a PostgreSQL client tool; returns its stderr as the error on failure.
// With standardOutput, keeps what the tool printed there.
std::optional<QString> runTool(const QString &tool, const QStringList &arguments, const DatabaseUrl &url,
                               QByteArray *standardOutput = nullptr)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return QStringLiteral("%1 is not installed (Debian: postgresql-client)").arg(tool);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!url.password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), url.password);
    process.setProcessEnvironment(environment);
    if (!standardOutput)
        process.setStandardOutputFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForStarted())
        return QStringLiteral("cannot run %1: %2").arg(tool, process.errorString());
    if (!process.waitForFinished(ToolTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("%1 did not finish in time").arg(tool);
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString detail = QString::fromUtf8(process.readAllStandardError()).trimmed();
        return QStringLiteral("%1 failed (exit %2): %3").arg(tool).arg(process.exitCode()).arg(detail);
    }
    if (standardOutput)
        *standardOutput = process.readAllStandardOutput();
    return std::nullopt;
}
} // namespace

Backup::Backup(Database &db)
    : m_db(db)
{}

QString Backup::preMigrationFileName(const QString &databaseFile, int fromVersion, int toVersion)
{
    return QStringLiteral("%1.v%2-before-v%3-%4.backup")
        .arg(databaseFile)
        .arg(fromVersion)
        .arg(toVersion)
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmssZ")));
}

Result<BackupSummary, QString> Backup::save(const QString &outputFile)
{
    if (outputFile.isEmpty())
        return QStringLiteral("no output file given");
    return m_db.engine() == Engine::Sqlite ? saveSqlite(outputFile) : savePostgres(outputFile);
}

Result<BackupSummary, QString> Backup::restore(const QString &inputFile)
{
    if (!QFileInfo(inputFile).isFile())
        return QStringLiteral("cannot read '%1'").arg(inputFile);
    return m_db.engine() == Engine::Sqlite ? restoreSqlite(inputFile) : restorePostgres(inputFile);
}

Result<BackupSummary, QString> Backup::saveSqlite(const QString &outputFile)
{
    const QVariant handle = m_db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return QStringLiteral("the SQLite driver gives no database handle");
    sqlite3 *source = *static_cast<sqlite3 *const *>(handle.constData());

    const QString part = partFileName(outputFile);
    QFile::remove(part);
    int version = 0;
    {
        SqliteFile target(part, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (!target.isOpen())
            return QStringLiteral("cannot create '%1': %2").arg(part, target.error());
        if (const auto failed = copyPages(target.handle(), source)) {
            QFile::remove(part);
            return *failed;
        }
        // A backup is one self-contained file, whatever journal mode the source uses.
        (void)target.scalar("PRAGMA journal_mode=DELETE");
        const auto checked = checkSqliteBackup(target);
        version = checked ? checked.value() : 0;
        if (!checked) {
            QFile::remove(part);
            return QString(QStringLiteral("the copy is unusable: ") + checked.error());
        }
    }
    const auto bytes = publish(part, outputFile);
    if (!bytes)
        return bytes.error();
    return BackupSummary{outputFile, bytes.value(), version};
}

Result<BackupSummary, QString> Backup::restoreSqlite(const QString &inputFile)
{
    SqliteFile source(inputFile, SQLITE_OPEN_READONLY);
    if (!source.isOpen())
        return QStringLiteral("cannot open '%1': %2").arg(inputFile, source.error());
    const auto version = checkSqliteBackup(source);
    if (!version)
        return QStringLiteral("'%1' cannot be restored: %2").arg(inputFile, version.error());

    const QVariant handle = m_db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return QStringLiteral("the SQLite driver gives no database handle");
    sqlite3 *target = *static_cast<sqlite3 *const *>(handle.constData());
    // The copy replaces every page of the target in one write transaction:
    // readers see either the old database or the restored one.
    if (const auto failed = copyPages(target, source.handle()))
        return *failed;
    return BackupSummary{inputFile, QFileInfo(inputFile).size(), version.value()};
}

Result<BackupSummary, QString> Backup::savePostgres(const QString &outputFile)
{
    const QString part = partFileName(outputFile);
    QFile::remove(part);
    const auto failed = runTool(QStringLiteral("pg_dump"),
                                {QStringLiteral("--format=custom"), QStringLiteral("--no-owner"),
                                 QStringLiteral("--no-privileges"), QStringLiteral("--file=") + part,
                                 QStringLiteral("--dbname=") + conninfo(m_db.url())},
                                m_db.url());
    if (failed) {
        QFile::remove(part);
        return *failed;
    }
    const auto version = Migrator(m_db).currentVersion();
    const auto bytes = publish(part, outputFile);
    if (!bytes)
        return bytes.error();
    return BackupSummary{outputFile, bytes.value(), version ? version.value() : 0};
}

Result<BackupSummary, QString> Backup::restorePostgres(const QString &inputFile)
{
    // pg_restore --list reads the archive's table of contents: a cheap check
    // that the file is a custom-format dump before anything is dropped.
    if (runTool(QStringLiteral("pg_restore"), {QStringLiteral("--list"), inputFile}, m_db.url()))
        return QStringLiteral("'%1' is not a pg_dump custom-format archive").arg(inputFile);
    // Its schema version, from the archive's copy of schema_version, before anything is dropped.
    QByteArray versions;
    if (const auto failed = runTool(QStringLiteral("pg_restore"),
                                    {QStringLiteral("--data-only"), QStringLiteral("--table=schema_version"),
                                     QStringLiteral("--file=-"), inputFile},
                                    m_db.url(), &versions))
        return *failed;
    int archived = 0;
    bool inCopy = false;
    for (const QByteArray &line : versions.split('\n')) {
        if (line.startsWith("COPY ")) {
            inCopy = true;
        } else if (line == "\\.") {
            inCopy = false;
        } else if (inCopy) {
            archived = qMax(archived, line.trimmed().toInt());
        }
    }
    if (archived == 0)
        return QStringLiteral("'%1' is not an HMS database (no schema version)").arg(inputFile);
    if (archived > Migrator::latestVersion())
        return QStringLiteral("'%1' has schema version %2, newer than this hms-server knows (%3)")
            .arg(inputFile)
            .arg(archived)
            .arg(Migrator::latestVersion());
    // One transaction: on any error nothing is dropped and nothing is loaded.
    const auto restoreFailed = runTool(
        QStringLiteral("pg_restore"),
        {QStringLiteral("--clean"), QStringLiteral("--if-exists"), QStringLiteral("--single-transaction"),
         QStringLiteral("--exit-on-error"), QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
         QStringLiteral("--dbname=") + conninfo(m_db.url()), inputFile},
        m_db.url());
    if (restoreFailed)
        return *restoreFailed;
    const auto version = Migrator(m_db).currentVersion();
    return BackupSummary{inputFile, QFileInfo(inputFile).size(), version ? version.value() : 0};
}

} // namespace hms::server
