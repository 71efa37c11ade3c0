#include "ServerMain.h"

#include "DemoData.h"
#include "ServerRuntime.h"
#include "ServiceNotifier.h"
#include "audit/AuditAnchor.h"
#include "audit/AuditProtection.h"
#include "audit/AuditTrail.h"
#include "auth/PasswordHasher.h"
#include "backup/Backup.h"
#include "config/ServerConfig.h"
#include "http/Metrics.h"
#include "log/Logging.h"
#include "services/StaffService.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <cstdio>

Q_LOGGING_CATEGORY(lcMain, "hms.main")

namespace hms::server {

namespace {
enum ExitCode { Success = 0, RuntimeFailure = 1, BadUsage = 2 };

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

enum class Schema { Migrate, RequireCurrent, AsItIs };

// Opens the database named by the configuration, creating the SQLite folder,
// and applies migrations, insists on the current schema, or leaves it be.
int openAndMigrate(Database &db, Schema schema)
{
    if (db.engine() == Engine::Sqlite) {
        const QFileInfo file(db.url().path);
        if (!QDir().mkpath(file.absolutePath())) {
            qCCritical(lcMain, "cannot create the folder %s", qUtf8Printable(file.absolutePath()));
            return RuntimeFailure;
        }
    }
    QString error;
    if (!db.open(&error)) {
        qCCritical(lcMain, "cannot open the database %s: %s", qUtf8Printable(db.url().redacted()),
                   qUtf8Printable(error));
        return RuntimeFailure;
    }
    if (schema == Schema::AsItIs)
        return Success;
    const bool migrate = schema == Schema::Migrate;
    Migrator migrator(db);
    if (migrate && db.engine() == Engine::Sqlite) {
        // A schema change on the embedded database is preceded by a copy of it,
        // next to it, so an upgrade can always be undone.
        const auto version = migrator.currentVersion();
        if (version && version.value() > 0 && version.value() < Migrator::latestVersion()) {
            const QString file =
                Backup::preMigrationFileName(db.url().path, version.value(), Migrator::latestVersion());
            const auto saved = Backup(db).save(file);
            if (!saved) {
                qCCritical(lcMain, "not migrating: the backup before migration failed: %s",
                           qUtf8Printable(saved.error()));
                return RuntimeFailure;
            }
            qCInfo(lcMain, "backed up the schema version %d database to %s before migrating", version.value(),
                   qUtf8Printable(file));
        }
    }
    if (migrate) {
        const auto applied = migrator.migrate();
        if (!applied) {
            // On PostgreSQL the server's own role cannot create tables: the
            // schema's owner migrates.
            qCCritical(lcMain, "%s%s", qUtf8Printable(applied.error()),
                       db.engine() == Engine::Postgres
                           ? "; the schema's owner migrates it: hms-server migrate --owner-database URL"
                           : "");
            return RuntimeFailure;
        }
        if (applied.value() > 0)
            qCInfo(lcMain, "applied %d migration(s); schema version %d", applied.value(),
                   Migrator::latestVersion());
    } else {
        const auto version = migrator.currentVersion();
        if (!version || version.value() != Migrator::latestVersion()) {
            qCCritical(lcMain, "the database schema is not at version %d; run 'hms-server migrate'%s",
                       Migrator::latestVersion(),
                       db.engine() == Engine::Postgres ? " with --owner-database, as the schema's owner"
                                                       : "");
            return RuntimeFailure;
        }
    }
    return Success;
}

// PostgreSQL with a separate owner: after migrating as the owner, gives the
// server's role (the user of --database) its privileges.
int grantServerRole(const ServerConfig &config, Database &ownerDb)
{
    if (config.ownerDatabaseUrl.isEmpty() || ownerDb.engine() != Engine::Postgres)
        return Success;
    const QString serverRole = DatabaseUrl::parse(config.databaseUrl).value().user;
    Migrator migrator(ownerDb);
    const auto owner = migrator.connectedRole();
    if (!owner) {
        qCCritical(lcMain, "cannot read the role of --owner-database");
        return RuntimeFailure;
    }
    if (serverRole.isEmpty() || serverRole == *owner) {
        qCWarning(lcMain,
                  "--database names no role other than the owner '%s': nothing granted, and the server will "
                  "refuse to serve as the owner",
                  qUtf8Printable(*owner));
        return Success;
    }
    const auto granted = migrator.grantApplicationRole(serverRole);
    if (!granted) {
        qCCritical(lcMain, "%s", qUtf8Printable(granted.error()));
        return RuntimeFailure;
    }
    qCInfo(lcMain, "granted the server's role '%s' its privileges (on audit_log: SELECT and INSERT)",
           qUtf8Printable(serverRole));
    return Success;
}

// PostgreSQL: the server refuses to serve when its role could rewrite the
// audit log, unless the setup is declared a development one.
int checkAuditProtection(const ServerConfig &config, Database &db)
{
    AuditProtection protection(db);
    const auto rights = protection.rewriteRights();
    if (!rights) {
        qCCritical(lcMain, "cannot check the audit log's protection: %s",
                   qUtf8Printable(rights.error().detail));
        return RuntimeFailure;
    }
    if (rights.value().isEmpty())
        return Success;
    const QString reasons = rights.value().join(QStringLiteral("; "));
    if (config.developmentSingleRole) {
        qCWarning(lcMain, "development setup: the database role '%s' can rewrite the audit log (%s)",
                  qUtf8Printable(protection.role()), qUtf8Printable(reasons));
        return Success;
    }
    qCCritical(
        lcMain,
        "refusing to serve: the database role '%s' can rewrite the audit log (%s). Run the server as a "
        "role that does not own the schema and migrate as the owner (hms-server migrate "
        "--owner-database URL; see the operations guide), or, on a development machine only, pass "
        "--development-single-role",
        qUtf8Printable(protection.role()), qUtf8Printable(reasons));
    return BadUsage;
}

std::optional<QSslConfiguration> loadTls(const ServerConfig &config, QString &error)
{
    if (config.tlsCert.isEmpty())
        return std::nullopt;
    QFile certFile(config.tlsCert);
    QFile keyFile(config.tlsKey);
    if (!certFile.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("invalid --tls-cert: cannot read '%1'").arg(config.tlsCert);
        return std::nullopt;
    }
    if (!keyFile.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("invalid --tls-key: cannot read '%1'").arg(config.tlsKey);
        return std::nullopt;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray keyData = keyFile.readAll();
    QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty()) {
        error = QStringLiteral("invalid --tls-cert: '%1' holds no PEM certificate").arg(config.tlsCert);
        return std::nullopt;
    }
    if (key.isNull()) {
        error = QStringLiteral("invalid --tls-key: '%1' holds no PEM RSA or EC key").arg(config.tlsKey);
        return std::nullopt;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}

int runUserAdd(const ServerConfig &config, Database &db)
{
    QTextStream in(stdin);
    const QString password = in.readLine();
    PasswordHasher hasher(1);
    StaffService staff(db, hasher);
    Actor operatorActor; // whoever runs the command on the server
    operatorActor.username = QStringLiteral("hms-server user add");
    operatorActor.role = Role::Admin;
    const auto user = staff.create(operatorActor, {config.username, config.fullName, config.role, password});
    if (!user) {
        QStringList reasons;
        for (const QString &field : user.error().errors.fields())
            reasons.append(field + QStringLiteral(" ") +
                           user.error().errors.messages(field).join(QStringLiteral("; ")));
        printLine(stderr,
                  QStringLiteral("hms-server: cannot add the user: %1")
                      .arg(reasons.isEmpty() ? user.error().detail : reasons.join(QStringLiteral(", "))));
        return user.error().kind == ServiceError::Kind::Validation ||
                user.error().kind == ServiceError::Kind::Conflict
            ? BadUsage
            : RuntimeFailure;
    }
    printLine(stdout,
              QStringLiteral("added %1 '%2' (id %3)")
                  .arg(roleName(user.value().role), user.value().username)
                  .arg(user.value().id));
    return Success;
}

int runAuditVerify(const ServerConfig &config, Database &db)
{
    QList<ChainHead> anchors;
    if (!config.anchor.isEmpty()) {
        const auto read = AuditAnchor::read(config.anchor);
        if (!read) {
            printLine(stderr, QStringLiteral("hms-server: ") + read.error());
            return BadUsage;
        }
        if (read.value().isEmpty()) {
            printLine(stderr,
                      QStringLiteral("hms-server: the anchor file '%1' holds no chain head "
                                     "(lines with position=N hash=H)")
                          .arg(config.anchor));
            return BadUsage;
        }
        anchors = read.value();
    }
    AuditTrail audit(db);
    for (;;) { // link whatever is pending first, so that every entry is checked
        const auto sealed = audit.seal();
        if (!sealed) {
            printLine(stderr,
                      QStringLiteral("hms-server: cannot seal the audit trail: ") + sealed.error().detail);
            return RuntimeFailure;
        }
        if (sealed.value() == 0)
            break;
    }
    const auto report = audit.verify(anchors);
    if (!report) {
        printLine(stderr,
                  QStringLiteral("hms-server: cannot read the audit trail: ") + report.error().detail);
        return RuntimeFailure;
    }
    const AuditVerification &result = report.value();
    if (!result.intact) {
        // A problem of the whole trail (emptied, or its end removed) names no entry.
        const bool atEntry = result.firstBadId > 0;
        printLine(stdout,
                  QStringLiteral("audit trail DAMAGED%1: %2 (%3 entries%4 verified)")
                      .arg(atEntry ? QStringLiteral(" at entry %1").arg(result.firstBadId) : QString(),
                           result.problem)
                      .arg(result.verified)
                      .arg(atEntry ? QStringLiteral(" before it") : QString()));
        return RuntimeFailure;
    }
    QString anchored;
    if (!anchors.isEmpty())
        anchored = QStringLiteral(", %1 published chain heads found in it").arg(result.anchorsChecked);
    // The head verified here is one more anchor, for whoever keeps this output.
    printLine(stdout,
              QStringLiteral("audit trail intact: %1 entries verified%2; chain head position=%3 hash=%4")
                  .arg(result.verified)
                  .arg(anchored)
                  .arg(result.head.position)
                  .arg(QString::fromLatin1(result.head.hash)));
    return Success;
}

int runBackup(const ServerConfig &config, Database &db)
{
    const auto saved = Backup(db).save(config.output);
    if (!saved) {
        printLine(stderr, QStringLiteral("hms-server: backup failed: ") + saved.error());
        return RuntimeFailure;
    }
    printLine(stdout,
              QStringLiteral("backed up schema version %1 to %2 (%3 bytes)")
                  .arg(saved.value().schemaVersion)
                  .arg(saved.value().file)
                  .arg(saved.value().bytes));
    return Success;
}

int runRestore(const ServerConfig &config, Database &db)
{
    const auto restored = Backup(db).restore(config.input);
    if (!restored) {
        printLine(stderr,
                  QStringLiteral("hms-server: restore failed, the database is unchanged: ") +
                      restored.error());
        return RuntimeFailure;
    }
    // The backup may come from an older hms-server: bring its schema up to date.
    if (const int rc = openAndMigrate(db, Schema::Migrate); rc != Success)
        return rc;
    if (const int rc = grantServerRole(config, db); rc != Success)
        return rc;
    printLine(stdout,
              QStringLiteral("restored %1 (schema version %2, now %3)")
                  .arg(restored.value().file)
                  .arg(restored.value().schemaVersion)
                  .arg(Migrator::latestVersion()));
    return Success;
}

int runServe(const ServerConfig &config, Database &db, std::optional<QSslConfiguration> tls)
{
    PasswordHasher hasher(qMax(1, QThread::idealThreadCount()));
    if (config.demo) {
        const auto seeded = seedDemoData(db, hasher);
        if (!seeded) {
            qCCritical(lcMain, "%s", qUtf8Printable(seeded.error()));
            return RuntimeFailure;
        }
        printLine(stderr, seeded.value().text);
    }
    Metrics metrics;
    // This connection now only links new audit entries into the hash chain,
    // and publishes each new chain head outside the database.
    AuditTrail sealer(db);
    AuditAnchor anchor(config.auditAnchorFile);
    auto publish = [&sealer, &anchor, &metrics] {
        const ChainHead head = sealer.head();
        metrics.setAuditChainHead(head.position);
        anchor.publish(head);
    };
    if (const auto head = sealer.readHead(); head)
        publish();
    QTimer sealing;
    sealing.setInterval(1000);
    QObject::connect(&sealing, &QTimer::timeout, &sealing, [&db, &sealer, &publish] {
        if (!db.ensureOpen())
            return;
        // PostgreSQL seals a batch in one statement and holds up no request
        // meanwhile: while batches come back full (a backlog), it keeps
        // sealing, a quarter of a second at most per tick. On SQLite a batch
        // holds the one write lock that every audited request needs: one
        // batch a tick (1000 entries a second, far above a small site's rate;
        // a burst is sealed once it has passed, and `audit verify` seals first).
        constexpr int Batch = 1000;
        const qint64 budgetMs = db.engine() == Engine::Postgres ? 250 : 0;
        QElapsedTimer spent;
        spent.start();
        for (;;) {
            const auto sealed = sealer.seal(Batch);
            // Also a head sealed elsewhere (another replica, `audit verify`): published once each.
            if (sealed)
                publish();
            if (!sealed || sealed.value() < Batch || spent.elapsed() >= budgetMs)
                break;
        }
    });
    sealing.start();

    ServerRuntime runtime(config, hasher, metrics, std::move(tls));
    const quint16 port = runtime.start();
    if (port == 0)
        return RuntimeFailure;
    handleSignals([&config, &runtime] {
        service::notifyReloading();
        QString error;
        if (!reopenLogFile(&error))
            qCCritical(lcMain, "cannot reopen the log file: %s", qUtf8Printable(error));
        if (!config.tlsCert.isEmpty()) {
            std::optional<QSslConfiguration> renewed = loadTls(config, error);
            if (renewed) {
                runtime.reloadTls(*renewed);
                qCInfo(lcMain, "TLS certificate reloaded from %s", qUtf8Printable(config.tlsCert));
            } else {
                qCCritical(lcMain, "keeping the current TLS certificate: %s", qUtf8Printable(error));
            }
        }
        service::notifyReady(QStringLiteral("serving"));
    });
    // Only once SIGTERM is handled: whoever waits for this line may stop the server at once.
    qCInfo(lcMain, "hms-server %s listening on %s://%s:%u with %d workers, database %s", HMS_VERSION,
           config.tlsCert.isEmpty() ? "http" : "https", qUtf8Printable(config.listen), port, config.workers,
           qUtf8Printable(DatabaseUrl::parse(config.databaseUrl).value().redacted()));
    service::notifyReady(
        QStringLiteral("listening on port %1 with %2 workers").arg(port).arg(config.workers));
    QCoreApplication::exec();
    service::notifyStopping();
    runtime.stop();
    sealing.stop();
    if (db.ensureOpen()) {
        if (const auto sealed = sealer.seal(); sealed)
            publish();
    }
    qCInfo(lcMain, "stopped");
    return Success;
}
} // namespace

int serverMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hms"));
    QCoreApplication::setOrganizationName(QStringLiteral("hms"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HMS_VERSION));

    const auto loaded =
        loadServerConfig(QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment());
    if (!loaded) {
        const ConfigError &error = loaded.error();
        if (error.helpRequested) {
            printLine(stdout, serverUsage());
            return Success;
        }
        if (error.versionRequested) {
            printLine(stdout, QStringLiteral("hms-server ") + QStringLiteral(HMS_VERSION));
            return Success;
        }
        printLine(stderr, QStringLiteral("hms-server: ") + error.message);
        return BadUsage;
    }
    const ServerConfig &config = loaded.value();
    if (QString error; !installLogHandler(config.logFormat, config.logFile, &error)) {
        printLine(stderr, QStringLiteral("hms-server: invalid --log-file: ") + error);
        return BadUsage;
    }

    const auto url = DatabaseUrl::parse(config.databaseUrl);
    if (!url) {
        printLine(stderr, QStringLiteral("hms-server: invalid --database: ") + url.error());
        return BadUsage;
    }
    QString tlsError;
    std::optional<QSslConfiguration> tls = loadTls(config, tlsError);
    if (!tlsError.isEmpty()) {
        printLine(stderr, QStringLiteral("hms-server: ") + tlsError);
        return BadUsage;
    }

    // Only the commands that change the schema connect as its owner.
    const bool asOwner = !config.ownerDatabaseUrl.isEmpty() &&
        (config.command == QLatin1String("migrate") || config.command == QLatin1String("restore"));
    const auto ownerUrl = DatabaseUrl::parse(config.ownerDatabaseUrl);
    if (!config.ownerDatabaseUrl.isEmpty() &&
        (!ownerUrl || ownerUrl.value().engine != Engine::Postgres ||
         url.value().engine != Engine::Postgres)) {
        printLine(stderr,
                  QStringLiteral("hms-server: invalid --owner-database: ") +
                      (ownerUrl ? QStringLiteral("only PostgreSQL has a schema owner apart from the "
                                                 "server's role (both URLs must be postgresql://)")
                                : ownerUrl.error()));
        return BadUsage;
    }
    if (!config.ownerDatabaseUrl.isEmpty() && config.command == QLatin1String("serve"))
        qCWarning(lcMain,
                  "--owner-database is not used by serve: keep the schema owner's URL out of the "
                  "server's configuration");
    if (!config.auditAnchorFile.isEmpty() && config.command == QLatin1String("serve")) {
        if (QString error; !AuditAnchor(config.auditAnchorFile).check(&error)) {
            printLine(stderr, QStringLiteral("hms-server: invalid --audit-anchor-file: ") + error);
            return BadUsage;
        }
    }

    Database db(asOwner ? ownerUrl.value() : url.value(), QStringLiteral("hms-main"));
    // backup copies the database as it is; restore migrates after it has replaced it.
    Schema schema = config.migrate ? Schema::Migrate : Schema::RequireCurrent;
    if (config.command == QLatin1String("migrate"))
        schema = Schema::Migrate;
    else if (config.command == QLatin1String("backup") || config.command == QLatin1String("restore"))
        schema = Schema::AsItIs;
    if (const int rc = openAndMigrate(db, schema); rc != Success)
        return rc;
    if (config.command == QLatin1String("migrate")) {
        if (const int rc = grantServerRole(config, db); rc != Success)
            return rc;
        printLine(stdout, QStringLiteral("schema is at version %1").arg(Migrator::latestVersion()));
        return Success;
    }
    if (config.command == QLatin1String("serve") && db.engine() == Engine::Postgres) {
        if (const int rc = checkAuditProtection(config, db); rc != Success)
            return rc;
    }
    if (config.command == QLatin1String("user"))
        return runUserAdd(config, db);
    if (config.command == QLatin1String("audit"))
        return runAuditVerify(config, db);
    if (config.command == QLatin1String("backup"))
        return runBackup(config, db);
    if (config.command == QLatin1String("restore"))
        return runRestore(config, db);
    return runServe(config, db, std::move(tls));
}

} // namespace hms::server
