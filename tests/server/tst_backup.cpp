#include "support/ApiFixture.h"

#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/Migrator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace hms::test;

// `hms-server backup` and `restore` on both engines: a restore gives back
// exactly what was saved, table by table and row by row; a backup taken while
// the server writes is consistent; bad input changes nothing; and a SQLite
// schema upgrade keeps a copy of the database from before it.
class TestBackup : public QObject
{
    Q_OBJECT

private:
    ApiFixture f;
    QString m_dir;
    qint64 m_patient = 0;

    // Every row of every table, in a fixed order: two equal snapshots mean nothing was lost or added.
    QMap<QString, QStringList> snapshot(TestDatabase &database)
    {
        QMap<QString, QStringList> tables;
        for (const QString &table : database.tableNames()) {
            QStringList rows = database.rows(QStringLiteral("SELECT * FROM %1").arg(table));
            rows.sort();
            tables.insert(table, rows);
        }
        return tables;
    }

    // Back on the same port, so the signed-in clients keep talking to it.
    bool restartServer()
    {
        return f.server->start({QStringLiteral("--port"), QString::number(f.server->port())});
    }

    static TestServer::CommandResult backup(const QString &databaseUrl, const QString &file)
    {
        return TestServer::run({QStringLiteral("backup"), QStringLiteral("--output"), file,
                                QStringLiteral("--database"), databaseUrl});
    }

    // As the schema's owner, which then grants the server's role its privileges again.
    static TestServer::CommandResult restore(const TestDatabase &database, const QString &file)
    {
        return TestServer::run(QStringList{QStringLiteral("restore"), QStringLiteral("--input"), file,
                                           QStringLiteral("--database"), database.url()} +
                               database.ownerArguments());
    }

    static TestServer::CommandResult verifyAudit(const QString &databaseUrl)
    {
        return TestServer::run(
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), databaseUrl});
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = f.setUp();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_dir = TestDatabase::tempDir() + QStringLiteral("/backups-") + f.database.engine();
        QDir(m_dir).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir));

        // Something in every kind of table: patients, an appointment, a record, audit entries.
        m_patient = f.createPatient(QStringLiteral("Backed Up"),
                                    {{QStringLiteral("email"), QStringLiteral("bu@example.org")}});
        QVERIFY(m_patient > 0);
        QVERIFY(f.createPatient(QStringLiteral("Second Patient")) > 0);
        const Reply booked = f.reception->post(QStringLiteral("/api/appointments"),
                                               {{QStringLiteral("patient_id"), m_patient},
                                                {QStringLiteral("doctor_id"), f.doctorId},
                                                {QStringLiteral("appointment_datetime"), ApiFixture::slot(0)},
                                                {QStringLiteral("duration_minutes"), 30},
                                                {QStringLiteral("reason"), QStringLiteral("Check-up")}});
        QCOMPARE(booked.status, 201);
        const Reply record = f.doctor->post(QStringLiteral("/api/records"),
                                            {{QStringLiteral("patient_id"), m_patient},
                                             {QStringLiteral("diagnosis"), QStringLiteral("Healthy")}});
        QCOMPARE(record.status, 201);
        QCOMPARE(f.doctor->get(QStringLiteral("/api/patients/%1").arg(m_patient)).status, 200);
    }

    void restoreGivesBackExactlyWhatWasSaved()
    {
        // Stopped, the server has sealed every audit entry: the snapshot is final.
        QCOMPARE(f.server->stop(), 0);
        const auto before = snapshot(f.database);
        QVERIFY(before.value(QStringLiteral("patients")).size() >= 2);
        QVERIFY(!before.value(QStringLiteral("audit_log")).isEmpty());

        const QString file = m_dir + QStringLiteral("/clinic.backup");
        const auto saved = backup(f.database.url(), file);
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
        QVERIFY(saved.out.contains(QStringLiteral("backed up schema version")));
        QVERIFY(QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral(".part")));

        // Changes after the backup, which the restore must undo.
        QVERIFY(restartServer());
        const qint64 later = f.createPatient(QStringLiteral("Added Later"));
        QVERIFY(later > 0);
        const Reply current = f.reception->get(QStringLiteral("/api/patients/%1").arg(m_patient));
        QCOMPARE(f.reception
                     ->send(Request::put(QStringLiteral("/api/patients/%1").arg(m_patient),
                                         {{QStringLiteral("name"), QStringLiteral("Renamed Later")}})
                                .header("If-Match", current.header("ETag")))
                     .status,
                 200);
        QCOMPARE(f.server->stop(), 0);
        QVERIFY(snapshot(f.database) != before);

        const auto restored = restore(f.database, file);
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        const auto after = snapshot(f.database);
        QCOMPARE(after.keys(), before.keys());
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(after.value(it.key()), it.value());

        const auto audit = verifyAudit(f.database.url());
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.out + audit.err));

        // The restored database serves: the old sessions, the old name, no later patient.
        QVERIFY(restartServer());
        const Reply patient = f.reception->get(QStringLiteral("/api/patients/%1").arg(m_patient));
        QCOMPARE(patient.status, 200);
        QCOMPARE(patient.json().value(QStringLiteral("name")).toString(), QStringLiteral("Backed Up"));
        QCOMPARE(f.reception->get(QStringLiteral("/api/patients/%1").arg(later)).status, 404);
    }

    void backupTakenWhileServingIsConsistent()
    {
        const qint64 patientsBefore =
            f.database.scalar(QStringLiteral("SELECT COUNT(*) FROM patients")).toLongLong();
        const QString file = m_dir + QStringLiteral("/online.backup");
        QProcess running;
        running.start(TestServer::executable(),
                      {QStringLiteral("backup"), QStringLiteral("--output"), file,
                       QStringLiteral("--database"), f.database.url()});
        QVERIFY(running.waitForStarted());
        QList<Request> writes;
        for (int i = 0; i < 20; ++i)
            writes.append(Request::post(QStringLiteral("/api/patients"),
                                        {{QStringLiteral("name"), QStringLiteral("Online %1").arg(i)},
                                         {QStringLiteral("date_of_birth"), QStringLiteral("1990-01-01")}}));
        for (const Reply &reply : f.reception->sendConcurrently(writes))
            QCOMPARE(reply.status, 201);
        if (running.state() != QProcess::NotRunning)
            QVERIFY(running.waitForFinished(60000));
        QVERIFY2(running.exitCode() == 0, running.readAllStandardError().constData());

        // Restored elsewhere, the copy is a sound database holding a moment of the run.
        TestDatabase copy;
        QVERIFY2(copy.isValid(), qPrintable(copy.error()));
        const auto restored = restore(copy, file);
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        const qint64 copied = copy.scalar(QStringLiteral("SELECT COUNT(*) FROM patients")).toLongLong();
        QVERIFY2(copied >= patientsBefore && copied <= patientsBefore + 20,
                 qPrintable(QString::number(copied)));
        const auto audit = verifyAudit(copy.url());
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.out + audit.err));
    }

    void restoreRefusesWhatIsNotABackupAndChangesNothing()
    {
        QCOMPARE(f.server->stop(), 0);
        const auto before = snapshot(f.database);
        const QString bogus = m_dir + QStringLiteral("/not-a-backup.txt");
        QFile text(bogus);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("name,date_of_birth\nNot A Backup,1970-01-01\n");
        text.close();

        const auto refused = restore(f.database, bogus);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("the database is unchanged")), qPrintable(refused.err));
        const auto missing = restore(f.database, m_dir + QStringLiteral("/no-such-file"));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("cannot read")));

        // A real backup of a database that is not an HMS one.
        TestDatabase other;
        const QString foreign = m_dir + QStringLiteral("/foreign.backup");
        const auto dumped = backup(other.url(), foreign);
        if (f.database.isPostgres()) {
            QCOMPARE(dumped.exitCode, 0);
            const auto foreignRestore = restore(f.database, foreign);
            QCOMPARE(foreignRestore.exitCode, 1);
            QVERIFY2(foreignRestore.err.contains(QStringLiteral("not an HMS database")),
                     qPrintable(foreignRestore.err));
        } else {
            QCOMPARE(dumped.exitCode, 1); // SQLite checks the copy as it writes it
            QVERIFY2(dumped.err.contains(QStringLiteral("not an HMS database")), qPrintable(dumped.err));
        }
        QCOMPARE(snapshot(f.database), before);
        QVERIFY(restartServer());
    }

    void backupIntoAFolderThatDoesNotExistFailsCleanly()
    {
        const QString file = m_dir + QStringLiteral("/no/such/folder/x.backup");
        const auto failed = backup(f.database.url(), file);
        QCOMPARE(failed.exitCode, 1);
        QVERIFY(failed.err.contains(QStringLiteral("backup failed")));
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
        const auto usage =
            TestServer::run({QStringLiteral("backup"), QStringLiteral("--database"), f.database.url()});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY(usage.err.contains(QStringLiteral("--output")));
    }

    void sqliteUpgradeKeepsACopyFromBeforeIt()
    {
        if (f.database.isPostgres())
            QSKIP("PostgreSQL migrations run in one transaction; operators back up with pg_dump");
        const QString path = m_dir + QStringLiteral("/old-schema.sqlite");
        const auto url = hms::server::DatabaseUrl::parse(QStringLiteral("sqlite://") + path);
        QVERIFY(url.ok());
        {
            hms::server::Database old(url.value(), QStringLiteral("old-schema"));
            QVERIFY(old.open());
            const auto applied = hms::server::Migrator(old).migrateTo(1);
            QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error()));
            QVERIFY(old.execute(QStringLiteral(
                "INSERT INTO patients (mrn, name, sort_name, date_of_birth, created_at, updated_at) "
                "VALUES ('MRN-OLD', 'Old Schema', 'old schema', '1950-01-01', '2020-01-01T00:00:00Z', "
                "'2020-01-01T00:00:00Z')")));
            old.close();
        }
        const auto migrated = TestServer::run(
            {QStringLiteral("migrate"), QStringLiteral("--database"), QStringLiteral("sqlite://") + path});
        QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.err));
        const QStringList copies =
            QDir(m_dir).entryList({QStringLiteral("old-schema.sqlite.v1-before-v%1-*.backup")
                                       .arg(hms::server::Migrator::latestVersion())},
                                  QDir::Files);
        QCOMPARE(copies.size(), 1);
        QVERIFY(migrated.err.contains(copies.first()));

        // The copy is the version 1 database, patient included, and restores as such.
        TestDatabase fresh;
        const auto restored = restore(fresh, m_dir + QLatin1Char('/') + copies.first());
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QVERIFY(restored.out.contains(QStringLiteral("schema version 1")));
        QCOMPARE(fresh.scalar(QStringLiteral("SELECT name FROM patients WHERE mrn = 'MRN-OLD'")).toString(),
                 QStringLiteral("Old Schema"));

        // Already current: nothing to upgrade, so no further copy.
        QCOMPARE(TestServer::run({QStringLiteral("migrate"), QStringLiteral("--database"),
                                  QStringLiteral("sqlite://") + path})
                     .exitCode,
                 0);
        QCOMPARE(QDir(m_dir).entryList({QStringLiteral("old-schema.sqlite.v*.backup")}, QDir::Files).size(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
