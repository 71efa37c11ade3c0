#include "support/ApiFixture.h"

#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/Migrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace hms::test;

// An audit trail the server's own database account cannot rewrite. On
// PostgreSQL the server runs as a role that may only read and append audit
// entries, and refuses to serve as one that could do more; on both engines
// the sealer publishes each chain head outside the database, and
// `audit verify` catches removed, rewritten and backdated entries.
class TestAuditProtection : public QObject
{
    Q_OBJECT

private:
    QString m_dir;

    // A clinic with staff, a patient and a few reads, its server publishing
    // chain heads to an anchor file; stopped, so that every entry is sealed.
    struct Clinic
    {
        ApiFixture f;
        QString anchorFile;
        QString logFile;
    };
    std::unique_ptr<Clinic> openClinic(const QString &name)
    {
        auto clinic = std::make_unique<Clinic>();
        clinic->anchorFile = m_dir + QLatin1Char('/') + name + QStringLiteral(".anchors");
        clinic->logFile = m_dir + QLatin1Char('/') + name + QStringLiteral(".log");
        QFile::remove(clinic->anchorFile);
        const QString error = clinic->f.setUp({QStringLiteral("--audit-anchor-file"), clinic->anchorFile});
        if (!error.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        const qint64 patient = clinic->f.createPatient(QStringLiteral("Anchored Patient"));
        if (patient == 0)
            return nullptr;
        for (int i = 0; i < 3; ++i)
            clinic->f.doctor->get(QStringLiteral("/api/patients/%1").arg(patient));
        if (clinic->f.server->stop() != 0)
            return nullptr;
        QFile log(clinic->logFile);
        if (!log.open(QIODevice::WriteOnly))
            return nullptr;
        log.write(clinic->f.server->output().toUtf8());
        return clinic;
    }

    static TestServer::CommandResult verify(const TestDatabase &database, const QString &anchor = QString())
    {
        QStringList arguments{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"),
                              database.url()};
        if (!anchor.isEmpty())
            arguments << QStringLiteral("--anchor") << anchor;
        return TestServer::run(arguments);
    }

    // As someone with direct access to the database (not the server's role):
    // the guard triggers off, so that entries can be removed.
    static bool liftGuards(TestDatabase &database)
    {
        if (database.isPostgres())
            return database.execute(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER"));
        return database.execute(QStringLiteral("DROP TRIGGER audit_log_no_delete")) &&
            database.execute(QStringLiteral("DROP TRIGGER audit_log_seal_only"));
    }

    static qint64 count(TestDatabase &database, const QString &sql)
    {
        return database.scalar(sql).toLongLong();
    }

    // An entry's hash as schema version 5 computed it, before entries had a
    // reason: written out here, so that a change to the server's hashing
    // cannot pass unnoticed.
    struct Version5Entry
    {
        qint64 userId;
        const char *username;
        const char *action;
        const char *resource;
        qint64 resourceId;
        const char *requestId;
    };
    static QByteArray version5Hash(const QByteArray &previous, qint64 position, qint64 id, const QString &at,
                                   const Version5Entry &e)
    {
        const QByteArray sep("\x1f");
        const QByteArray text = previous + sep + QByteArray::number(position) + sep + QByteArray::number(id) +
            sep + at.toUtf8() + sep + QByteArray::number(e.userId) + sep + QByteArray(e.username) + sep +
            QByteArray(e.action) + sep + QByteArray(e.resource) + sep + QByteArray::number(e.resourceId) +
            sep + QByteArray::number(0) + sep + QByteArray("success") + sep + QByteArray("127.0.0.1") + sep +
            QByteArray(e.requestId);
        return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir =
            TestDatabase::tempDir() + QStringLiteral("/audit-protection-") + TestDatabase::engineUnderTest();
        QDir(m_dir).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir));
    }

    void theServersRoleCanOnlyReadAndAppend()
    {
        TestDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        if (!database.isPostgres())
            QSKIP("SQLite has no roles: the file's ownership and the published chain heads protect it");
        QCOMPARE(database.migrate(), QString());
        QCOMPARE(TestServer(database.url())
                     .addUser(QStringLiteral("admin"), QStringLiteral("admin"),
                              QLatin1String(ApiFixture::Password))
                     .exitCode,
                 0);
        QCOMPARE(verify(database).exitCode, 0); // seals the entry, as the server's role

        QString error;
        QVERIFY(database.executeAsServerRole(
            QStringLiteral(
                "INSERT INTO audit_log (at, action, outcome) VALUES (now(), 'test.append', 'success')"),
            &error));
        QVERIFY2(database.executeAsServerRole(QStringLiteral("SELECT COUNT(*) FROM audit_log"), &error),
                 qPrintable(error));
        const struct
        {
            const char *sql;
            const char *refusal;
        } attempts[] = {
            {"ALTER TABLE audit_log DISABLE TRIGGER ALL", "must be owner"},
            {"ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only", "must be owner"},
            {"UPDATE audit_log SET username = 'mallory'", "permission denied"},
            {"UPDATE audit_log SET chain_pos = NULL, entry_hash = NULL", "permission denied"},
            {"DELETE FROM audit_log", "permission denied"},
            {"TRUNCATE audit_log", "permission denied"},
            {"DROP TABLE audit_log", "must be owner"},
            {"ALTER TABLE audit_log OWNER TO CURRENT_USER", "must be owner"},
            {"CREATE TRIGGER audit_log_mine BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION "
             "hms_refuse_change()",
             "permission denied"},
            {"CREATE OR REPLACE FUNCTION hms_audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
             "RETURN NEW; END $$",
             "permission denied"},
            {"UPDATE schema_version SET version = 1", "permission denied"},
            // The sealing function only ever appends right after the chain head.
            {"SELECT hms_audit_seal('{1}', '{1}', '{forged}')", "right after the chain head"},
        };
        for (const auto &attempt : attempts) {
            const QString sql = QString::fromLatin1(attempt.sql);
            QVERIFY2(!database.executeAsServerRole(sql, &error), attempt.sql);
            QVERIFY2(error.contains(QString::fromLatin1(attempt.refusal)),
                     qPrintable(sql + QStringLiteral(": ") + error));
        }
        // Nothing changed: the trail still verifies, the appended entry included.
        const auto result = verify(database);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("audit trail intact: 2 entries verified")),
                 qPrintable(result.out));
    }

    void theServerRefusesARoleThatCouldRewriteTheLog()
    {
        TestDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        if (!database.isPostgres())
            QSKIP("SQLite has no roles to check");
        QCOMPARE(database.migrate(), QString());
        auto serve = [](const QString &url, const QStringList &extra = {}) {
            return TestServer::run(QStringList{QStringLiteral("serve"), QStringLiteral("--port"),
                                               QStringLiteral("0"), QStringLiteral("--database"), url} +
                                   extra);
        };
        // The schema's owner: ALTER and DISABLE TRIGGER are its to use.
        auto refused = serve(database.ownerUrl());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("refusing to serve")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("owns audit_log")), qPrintable(refused.err));
        QVERIFY(refused.err.contains(QStringLiteral("--development-single-role")));

        // The server's role with a privilege granted by hand.
        const QString serverRole = QUrl(database.url()).userName();
        QVERIFY(
            database.execute(QStringLiteral("GRANT UPDATE (username) ON audit_log TO %1").arg(serverRole)));
        refused = serve(database.url());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("may UPDATE audit_log")), qPrintable(refused.err));
        // migrate takes back whatever was granted by hand.
        QCOMPARE(database.migrate(), QString());

        // The guard triggers disabled by the owner.
        QVERIFY(
            database.execute(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_truncate")));
        refused = serve(database.url());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("guard triggers are missing or disabled")),
                 qPrintable(refused.err));
        QVERIFY(
            database.execute(QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_truncate")));

        // A development machine, declared as such, runs as the owner.
        TestServer development(database.ownerUrl());
        QVERIFY2(development.start({QStringLiteral("--development-single-role")}),
                 qPrintable(development.output()));
        QVERIFY2(development.output().contains(QStringLiteral("development setup: the database role")),
                 qPrintable(development.output()));
        QCOMPARE(ApiClient(development.url()).get(QStringLiteral("/ready")).status, 200);
        QCOMPARE(development.stop(), 0);

        // And the server's own role serves without it.
        TestServer production(database.url());
        QVERIFY2(production.start(), qPrintable(production.output()));
        QVERIFY(!production.output().contains(QStringLiteral("development setup")));
        const int stopped = production.stop();
        QVERIFY2(stopped == 0, qPrintable(production.output()));
    }

    void theServerRoleCannotMigrate()
    {
        TestDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        if (!database.isPostgres())
            QSKIP("SQLite has no roles");
        const auto result =
            TestServer::run({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                             QStringLiteral("--database"), database.url()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("hms-server migrate --owner-database")),
                 qPrintable(result.err));
    }

    void aGenuineTrailVerifiesAgainstItsPublishedHeads()
    {
        auto clinic = openClinic(QStringLiteral("genuine"));
        QVERIFY(clinic);
        TestDatabase &database = clinic->f.database;
        const qint64 entries = count(database, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const qint64 head = count(database, QStringLiteral("SELECT MAX(chain_pos) FROM audit_log"));
        QCOMPARE(head, entries);

        // Each head went to the log and the anchor file; the last one is the chain's end.
        QFile anchors(clinic->anchorFile);
        QVERIFY(anchors.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = anchors.readAll().trimmed().split('\n');
        QVERIFY(!lines.isEmpty());
        const QString hash =
            database.scalar(QStringLiteral("SELECT entry_hash FROM audit_log WHERE chain_pos = %1").arg(head))
                .toString();
        QVERIFY2(
            lines.constLast().endsWith(QStringLiteral(" position=%1 hash=%2").arg(head).arg(hash).toUtf8()),
            lines.constLast().constData());
        QVERIFY(clinic->f.server->output().contains(
            QStringLiteral("audit chain head position=%1 hash=%2").arg(head).arg(hash)));

        auto result = verify(database, clinic->anchorFile);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(
                     QStringLiteral("audit trail intact: %1 entries verified, %2 published chain heads")
                         .arg(entries)
                         .arg(lines.size())),
                 qPrintable(result.out + result.err));
        // The service log serves as an anchor too.
        result = verify(database, clinic->logFile);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("audit trail intact")), qPrintable(result.out));
    }

    void theHeadIsOnMetrics()
    {
        ApiFixture f;
        QVERIFY2(f.setUp().isEmpty(), "set-up failed");
        QTRY_VERIFY_WITH_TIMEOUT(
            f.database.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE chain_pos IS NULL"))
                    .toInt() == 0,
            10000);
        const qint64 head = count(f.database, QStringLiteral("SELECT MAX(chain_pos) FROM audit_log"));
        QVERIFY(head > 0);
        const QByteArray line =
            QByteArray("\nhms_audit_chain_head_position ") + QByteArray::number(head) + '\n';
        QTRY_VERIFY_WITH_TIMEOUT(f.client()->get(QStringLiteral("/metrics")).body.contains(line), 10000);
    }

    void removingTheNewestEntriesIsCaughtByTheAnchor()
    {
        auto clinic = openClinic(QStringLiteral("truncated"));
        QVERIFY(clinic);
        TestDatabase &database = clinic->f.database;
        const qint64 head = count(database, QStringLiteral("SELECT MAX(chain_pos) FROM audit_log"));
        QVERIFY(liftGuards(database));
        QVERIFY(database.execute(QStringLiteral("DELETE FROM audit_log WHERE chain_pos > %1").arg(head - 3)));

        // The chain that is left is consistent in itself...
        auto result = verify(database);
        QCOMPARE(result.exitCode, 0);
        // ...but no longer holds the heads it published.
        result = verify(database, clinic->anchorFile);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(QStringLiteral("audit trail DAMAGED: the chain head published at")),
                 qPrintable(result.out));
        QVERIFY2(result.out.contains(
                     QStringLiteral("(position %1) is no longer in the chain, which ends at position %2")
                         .arg(head)
                         .arg(head - 3)),
                 qPrintable(result.out));
        result = verify(database, clinic->logFile);
        QCOMPARE(result.exitCode, 1);

        // New entries sealed in their place do not pass for the old ones.
        const QString now = database.isPostgres() ? QStringLiteral("now()")
                                                  : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
        for (int i = 0; i < 3; ++i) {
            QVERIFY(database.executeAsServerRole(
                QStringLiteral(
                    "INSERT INTO audit_log (at, action, outcome) VALUES (%1, 'test.refill', 'success')")
                    .arg(now)));
        }
        result = verify(database, clinic->anchorFile);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(QStringLiteral("the chain was rewritten")), qPrintable(result.out));
    }

    void anEmptyTrailInADatabaseWithStaffFails()
    {
        auto clinic = openClinic(QStringLiteral("emptied"));
        QVERIFY(clinic);
        TestDatabase &database = clinic->f.database;
        QVERIFY(liftGuards(database));
        QVERIFY(database.execute(QStringLiteral("DELETE FROM audit_log")));
        const auto result = verify(database);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(
                     QStringLiteral("the audit trail is empty, yet the database holds 4 staff accounts "
                                    "and 1 patients")),
                 qPrintable(result.out));
        QVERIFY(!result.out.contains(QStringLiteral("intact")));

        // A new, empty database is another matter.
        TestDatabase fresh;
        QCOMPARE(fresh.migrate(), QString());
        const auto empty = verify(fresh);
        QCOMPARE(empty.exitCode, 0);
        QVERIFY2(empty.out.contains(QStringLiteral("audit trail intact: 0 entries verified")),
                 qPrintable(empty.out));
    }

    void aBackdatedEntryIsFlagged()
    {
        auto clinic = openClinic(QStringLiteral("backdated"));
        QVERIFY(clinic);
        TestDatabase &database = clinic->f.database;
        // Appending is the server role's right: an entry claiming to be three days old.
        const QString threeDaysAgo =
            QDateTime::currentDateTimeUtc().addDays(-3).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
        QString error;
        QVERIFY2(database.executeAsServerRole(
                     QStringLiteral(
                         "INSERT INTO audit_log (at, user_id, username, action, resource, outcome) VALUES "
                         "('%1', %2, 'doc', 'patient.read', 'patient', 'success')")
                         .arg(threeDaysAgo)
                         .arg(clinic->f.doctorId),
                     &error),
                 qPrintable(error));
        const qint64 forged = count(database, QStringLiteral("SELECT MAX(id) FROM audit_log"));
        const auto result = verify(database, clinic->anchorFile); // seals it, then walks the chain
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(QStringLiteral("DAMAGED at entry %1:").arg(forged)),
                 qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("more than 5 s before entry")), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("inserted backdated")));
        QVERIFY(count(database, QStringLiteral("SELECT chain_pos FROM audit_log WHERE id = %1").arg(forged)) >
                0);
    }

    // Entries sealed under schema version 5, then the upgrade to version 6 and
    // entries with reasons: the whole trail verifies, each old entry with the
    // hash it was sealed with, and a reason added to an old entry or changed
    // on a new one is caught.
    void entriesFromBeforeReasonsVerifyBesideEntriesWithThem()
    {
        ApiFixture f;
        TestDatabase &database = f.database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        {
            const auto url = hms::server::DatabaseUrl::parse(database.ownerUrl());
            QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error()));
            hms::server::Database old(url.value(), QStringLiteral("schema-version-5"));
            QVERIFY(old.open());
            const auto applied = hms::server::Migrator(old).migrateTo(5);
            QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error()));
            old.close();
        }
        QCOMPARE(database.scalar(QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(), 5);

        // Three entries, sealed as version 5 sealed them.
        const Version5Entry entries[] = {
            {1, "admin", "user.create", "user", 2, "req-1"},
            {1, "admin", "user.deactivate", "user", 2, "req-2"},
            {2, "doc", "record.amend", "record", 7, "req-3"},
        };
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-60);
        QByteArray previous = QByteArrayLiteral("genesis");
        QStringList sealed;
        qint64 position = 0;
        for (const Version5Entry &e : entries) {
            const QString at =
                start.addMSecs(position * 10).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
            QString error;
            QVERIFY2(database.execute(QStringLiteral("INSERT INTO audit_log (at, user_id, username, action, "
                                                     "resource, resource_id, outcome, client_address, "
                                                     "request_id) VALUES ('%1', %2, '%3', '%4', '%5', %6, "
                                                     "'success', '127.0.0.1', '%7')")
                                          .arg(at)
                                          .arg(e.userId)
                                          .arg(QLatin1String(e.username), QLatin1String(e.action),
                                               QLatin1String(e.resource))
                                          .arg(e.resourceId)
                                          .arg(QLatin1String(e.requestId)),
                                      &error),
                     qPrintable(error));
            const qint64 id = count(database, QStringLiteral("SELECT MAX(id) FROM audit_log"));
            ++position;
            previous = version5Hash(previous, position, id, at, e);
            QVERIFY2(
                database.execute(
                    QStringLiteral("UPDATE audit_log SET chain_pos = %1, entry_hash = '%2' WHERE id = %3")
                        .arg(position)
                        .arg(QString::fromLatin1(previous))
                        .arg(id),
                    &error),
                qPrintable(error));
            sealed.append(QStringLiteral("%1|%2").arg(id).arg(QString::fromLatin1(previous)));
        }

        // The upgrade, staff, and a cancellation with its reason.
        const QString error = f.setUp();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(database.scalar(QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(),
                 hms::server::Migrator::latestVersion());
        const qint64 patient = f.createPatient(QStringLiteral("Chained Patient"));
        QVERIFY(patient > 0);
        const Reply booked =
            f.reception->post(QStringLiteral("/api/appointments"),
                              {{QStringLiteral("patient_id"), patient},
                               {QStringLiteral("doctor_id"), f.doctorId},
                               {QStringLiteral("appointment_datetime"), ApiFixture::slot(30)}});
        QCOMPARE(booked.status, 201);
        const qint64 appointment = booked.json().value(QStringLiteral("id")).toInteger();
        QCOMPARE(f.reception
                     ->put(QStringLiteral("/api/appointments/%1").arg(appointment),
                           {{QStringLiteral("status"), QStringLiteral("cancelled")},
                            {QStringLiteral("status_reason"), QStringLiteral("Snowed in")}})
                     .status,
                 200);
        QCOMPARE(f.server->stop(), 0); // seals every entry

        const qint64 total = count(database, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        QVERIFY(total > 3 + 4);
        auto result = verify(database);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("audit trail intact: %1 entries verified").arg(total)),
                 qPrintable(result.out + result.err));
        // The old entries kept their places and hashes, and have no reason.
        QCOMPARE(database.rows(QStringLiteral("SELECT id || '|' || entry_hash FROM audit_log WHERE chain_pos "
                                              "<= 3 ORDER BY chain_pos")),
                 sealed);
        QCOMPARE(count(database,
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE chain_pos <= 3 AND "
                                      "reason IS NOT NULL")),
                 0);
        const qint64 cancellation =
            count(database,
                  QStringLiteral("SELECT id FROM audit_log WHERE action = 'appointment.update' AND "
                                 "resource_id = %1")
                      .arg(appointment));
        QVERIFY(cancellation > 0);
        QCOMPARE(
            database.scalar(QStringLiteral("SELECT reason FROM audit_log WHERE id = %1").arg(cancellation))
                .toString(),
            QStringLiteral("Snowed in"));

        // The guard triggers keep the reason as written.
        QString refused;
        QVERIFY(!database.execute(
            QStringLiteral("UPDATE audit_log SET reason = 'Changed my mind' WHERE id = %1").arg(cancellation),
            &refused));
        QVERIFY2(refused.contains(QStringLiteral("never changed")), qPrintable(refused));

        // Someone with direct access lifts them: a reason given to an old entry...
        QVERIFY(liftGuards(database));
        const qint64 oldEntry = sealed.first().section(QLatin1Char('|'), 0, 0).toLongLong();
        QVERIFY(database.execute(
            QStringLiteral("UPDATE audit_log SET reason = 'Backfilled' WHERE id = %1").arg(oldEntry)));
        result = verify(database);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(QStringLiteral("DAMAGED at entry %1:").arg(oldEntry)),
                 qPrintable(result.out));
        QVERIFY(database.execute(
            QStringLiteral("UPDATE audit_log SET reason = NULL WHERE id = %1").arg(oldEntry)));
        QCOMPARE(verify(database).exitCode, 0);
        // ...or a new entry's reason changed or removed is an alteration.
        for (const QString &forged : {QStringLiteral("'Changed my mind'"), QStringLiteral("NULL")}) {
            QVERIFY(database.execute(QStringLiteral("UPDATE audit_log SET reason = %1 WHERE id = %2")
                                         .arg(forged)
                                         .arg(cancellation)));
            result = verify(database);
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.out.contains(QStringLiteral("DAMAGED at entry %1:").arg(cancellation)),
                     qPrintable(result.out));
            QVERIFY(result.out.contains(QStringLiteral("altered")));
        }
    }

    void aMissingOrEmptyAnchorIsAUsageError()
    {
        TestDatabase database;
        QCOMPARE(database.migrate(), QString());
        auto result = verify(database, m_dir + QStringLiteral("/no-such.anchors"));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("cannot read the anchor file")), qPrintable(result.err));
        const QString empty = m_dir + QStringLiteral("/empty.anchors");
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("nothing here\n");
        file.close();
        result = verify(database, empty);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("holds no chain head")), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestAuditProtection)
#include "tst_audit_protection.moc"
