#include "AuditTrail.h"
#include "shared/Instant.h"

#include "services/Clock.h"
#include "storage/Cursor.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <algorithm>

namespace hms::server {

namespace {
const QString Columns =
    QStringLiteral("id, at, user_id, username, action, resource, resource_id, patient_id, outcome, "
                   "client_address, request_id, chain_pos, entry_hash, reason");
// The same columns of an entry `a`, and its patient's current name.
const QString ListColumns = QStringLiteral(
    "a.id, a.at, a.user_id, a.username, a.action, a.resource, a.resource_id, a.patient_id, a.outcome, "
    "a.client_address, a.request_id, a.chain_pos, a.entry_hash, a.reason, p.name");

AuditEntry entryFrom(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = Database::instantFrom(q.value(1));
    e.userId = q.value(2).toLongLong();
    e.username = q.value(3).toString();
    e.action = q.value(4).toString();
    e.resource = q.value(5).toString();
    e.resourceId = q.value(6).toLongLong();
    e.patientId = q.value(7).toLongLong();
    e.outcome = q.value(8).toString();
    e.clientAddress = q.value(9).toString();
    e.requestId = q.value(10).toString();
    e.reason = q.value(13).toString();
    return e;
}

} // namespace

AuditTrail::AuditTrail(Database &db, Database *readLog)
    : m_db(db)
    , m_readLog(readLog)
{}

QByteArray AuditTrail::entryHash(const QByteArray &previousHash, qint64 chainPos, const AuditEntry &e)
{
    // Unit separators keep fields apart; the instant is fixed-width UTC with milliseconds.
    const QByteArray sep("\x1f");
    QByteArray text = previousHash + sep + QByteArray::number(chainPos) + sep + QByteArray::number(e.id) +
        sep + formatInstantMillis(e.at).toUtf8() + sep + QByteArray::number(e.userId) + sep +
        e.username.toUtf8() + sep + e.action.toUtf8() + sep + e.resource.toUtf8() + sep +
        QByteArray::number(e.resourceId) + sep + QByteArray::number(e.patientId) + sep + e.outcome.toUtf8() +
        sep + e.clientAddress.toUtf8() + sep + e.requestId.toUtf8();
    // Entries without a reason hash as they did before there were reasons.
    if (!e.reason.isEmpty())
        text += sep + e.reason.toUtf8();
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
}

namespace {
const QString InsertEntry =
    QStringLiteral("INSERT INTO audit_log (at, user_id, username, action, resource, resource_id, patient_id, "
                   "outcome, client_address, request_id, reason) VALUES (:at, :user_id, :username, :action, "
                   ":resource, :resource_id, :patient_id, :outcome, :client_address, :request_id, :reason)");
// The same entry, written only while the session is live and its user active
// in the role the request was authorised for, under the user's stored name.
const QString InsertConfirmingSession =
    QStringLiteral("INSERT INTO audit_log (at, user_id, username, action, resource, resource_id, patient_id, "
                   "outcome, client_address, request_id, reason) SELECT :at, u.id, u.username, :action, "
                   ":resource, :resource_id, :patient_id, :outcome, :client_address, :request_id, :reason "
                   "FROM sessions s JOIN "
                   "users u ON u.id = s.user_id WHERE s.id = :session_id AND s.revoked_at IS NULL AND u.id = "
                   ":user_id AND u.active AND u.role = :role");

AuditEntry entryFor(const Actor &actor, const QString &action, const QString &resource, qint64 resourceId,
                    qint64 patientId, const QString &outcome, const QString &reason = QString())
{
    AuditEntry entry;
    entry.userId = actor.userId;
    entry.username = actor.username;
    entry.action = action;
    entry.resource = resource;
    entry.resourceId = resourceId;
    entry.patientId = patientId;
    entry.outcome = outcome;
    entry.clientAddress = actor.clientAddress;
    entry.requestId = actor.requestId;
    entry.reason = reason;
    return entry;
}
} // namespace

Result<bool, StorageError> AuditTrail::record(const Actor &actor, const QString &action,
                                              const QString &resource, qint64 resourceId, qint64 patientId,
                                              const QString &outcome, const QString &reason)
{
    return insert(m_db, entryFor(actor, action, resource, resourceId, patientId, outcome, reason), actor);
}

Result<bool, StorageError> AuditTrail::recordRead(const Actor &actor, const QString &action,
                                                  const QString &resource, qint64 resourceId,
                                                  qint64 patientId)
{
    const AuditEntry entry =
        entryFor(actor, action, resource, resourceId, patientId, QStringLiteral("success"));
    if (!m_readLog || m_db.inTransaction() || !m_readLog->ensureOpen())
        return insert(m_db, entry, actor);
    if (auto written = insert(*m_readLog, entry, actor); written || !m_readLog->connectionLost())
        return written;
    // The read log's connection died (e.g. the database restarted): the entry
    // goes through the main connection instead.
    return insert(m_db, entry, actor);
}

Result<bool, StorageError> AuditTrail::insert(Database &db, AuditEntry entry, const Actor &actor)
{
    if (!entry.at.isValid())
        entry.at = utcNow();
    // A session from the worker's cache is confirmed by this very entry.
    const bool confirming = actor.sessionUnconfirmed();
    QSqlQuery &q = db.statement(confirming ? InsertConfirmingSession : InsertEntry);
    q.bindValue(QStringLiteral(":at"), db.instantValue(entry.at));
    q.bindValue(QStringLiteral(":user_id"), Database::idOrNull(entry.userId));
    if (confirming) {
        q.bindValue(QStringLiteral(":session_id"), actor.sessionId);
        q.bindValue(QStringLiteral(":role"), roleName(actor.role));
    } else {
        q.bindValue(QStringLiteral(":username"), Database::textOrNull(entry.username));
    }
    q.bindValue(QStringLiteral(":action"), entry.action);
    q.bindValue(QStringLiteral(":resource"), Database::textOrNull(entry.resource));
    q.bindValue(QStringLiteral(":resource_id"), Database::idOrNull(entry.resourceId));
    q.bindValue(QStringLiteral(":patient_id"), Database::idOrNull(entry.patientId));
    q.bindValue(QStringLiteral(":outcome"), entry.outcome);
    q.bindValue(QStringLiteral(":client_address"), Database::textOrNull(entry.clientAddress));
    q.bindValue(QStringLiteral(":request_id"), Database::textOrNull(entry.requestId));
    q.bindValue(QStringLiteral(":reason"), Database::textOrNull(entry.reason));
    // Outside a transaction this is its own (autocommit) write.
    const auto writeLock = db.autocommitWriteLock();
    if (!db.run(q))
        return db.lastError();
    if (confirming) {
        if (q.numRowsAffected() != 1) {
            actor.sessionCheck->refused = true;
            return StorageError{StorageError::Kind::SessionEnded,
                                QStringLiteral("the session ended or its user changed")};
        }
        actor.sessionCheck->confirmed = true;
    }
    return true;
}

Result<Page<AuditEntry>, StorageError> AuditTrail::list(const AuditFilter &f, const PageRequest &page,
                                                        const std::optional<QJsonArray> &after)
{
    QStringList conditions;
    if (f.userId > 0)
        conditions.append(QStringLiteral("a.user_id = :user_id"));
    if (f.patientId > 0)
        conditions.append(QStringLiteral("a.patient_id = :patient_id"));
    if (!f.action.isEmpty())
        conditions.append(QStringLiteral("a.action = :action"));
    if (f.from.isValid())
        conditions.append(QStringLiteral("a.at >= :from"));
    if (f.to.isValid())
        conditions.append(QStringLiteral("a.at < :to"));
    auto bindFilter = [&](QSqlQuery &q) {
        if (f.userId > 0)
            q.bindValue(QStringLiteral(":user_id"), f.userId);
        if (f.patientId > 0)
            q.bindValue(QStringLiteral(":patient_id"), f.patientId);
        if (!f.action.isEmpty())
            q.bindValue(QStringLiteral(":action"), f.action);
        if (f.from.isValid())
            q.bindValue(QStringLiteral(":from"), m_db.instantValue(f.from));
        if (f.to.isValid())
            q.bindValue(QStringLiteral(":to"), m_db.instantValue(f.to));
    };
    Page<AuditEntry> result;
    if (page.includeTotal) {
        QSqlQuery &count =
            m_db.statement(QStringLiteral("SELECT COUNT(*) FROM audit_log a") + Database::where(conditions));
        bindFilter(count);
        const auto total = m_db.scalarInteger(count);
        if (!total)
            return total.error();
        result.total = total.value();
    }
    QStringList pageConditions = conditions;
    if (after)
        pageConditions.append(QStringLiteral("a.id < :after_id"));
    // The patient's name is read, not stored: the entry stays as it was written.
    QSqlQuery &q =
        m_db.statement(QStringLiteral("SELECT ") + ListColumns +
                       QStringLiteral(" FROM audit_log a LEFT JOIN patients p ON p.id = a.patient_id") +
                       Database::where(pageConditions) + QStringLiteral(" ORDER BY a.id DESC LIMIT :limit"));
    bindFilter(q);
    if (after)
        q.bindValue(QStringLiteral(":after_id"), after->at(0).toInteger());
    q.bindValue(QStringLiteral(":limit"), page.limit + 1);
    if (!m_db.run(q))
        return m_db.lastError();
    while (q.next()) {
        if (result.items.size() == page.limit) {
            result.nextCursor = cursor::encode({result.items.last().id});
            break;
        }
        AuditEntry entry = entryFrom(q);
        entry.patientName = q.value(14).toString();
        result.items.append(entry);
    }
    q.finish();
    return result;
}

Result<int, StorageError> AuditTrail::seal(int batch)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return m_db.lastError();
    if (m_db.engine() == Engine::Postgres &&
        !m_db.execute(QStringLiteral("SELECT pg_advisory_xact_lock(4242002)")))
        return m_db.lastError();
    QSqlQuery &head = m_db.statement(QStringLiteral("SELECT chain_pos, entry_hash FROM audit_log WHERE "
                                                    "chain_pos IS NOT NULL ORDER BY chain_pos DESC LIMIT 1"));
    if (!m_db.run(head))
        return m_db.lastError();
    qint64 position = 0;
    QByteArray previous = QByteArrayLiteral("genesis");
    if (head.next()) {
        position = head.value(0).toLongLong();
        previous = head.value(1).toString().toLatin1();
    }
    head.finish();

    QSqlQuery &pending =
        m_db.statement(QStringLiteral("SELECT ") + Columns +
                       QStringLiteral(" FROM audit_log WHERE chain_pos IS NULL ORDER BY id LIMIT :batch"));
    pending.bindValue(QStringLiteral(":batch"), batch);
    if (!m_db.run(pending))
        return m_db.lastError();
    QList<AuditEntry> entries;
    while (pending.next())
        entries.append(entryFrom(pending));
    pending.finish();

    if (m_db.engine() == Engine::Postgres) {
        // The whole batch in one statement (arrays of ids, positions and
        // hashes), so that the chain keeps up with a busy clinic. The server's
        // role may not update audit_log: hms_audit_seal(), owned by the
        // schema's owner, fills in the chain fields of unsealed entries only.
        QByteArrayList ids, positions, hashes;
        for (const AuditEntry &entry : std::as_const(entries)) {
            ++position;
            previous = entryHash(previous, position, entry);
            ids.append(QByteArray::number(entry.id));
            positions.append(QByteArray::number(position));
            hashes.append(previous);
        }
        QSqlQuery &update = m_db.statement(
            QStringLiteral("SELECT hms_audit_seal(CAST(:ids AS bigint[]), CAST(:positions AS bigint[]), "
                           "CAST(:hashes AS text[]))"));
        auto arrayLiteral = [](const QByteArrayList &items) {
            return QString::fromLatin1(QByteArray('{' + items.join(',') + '}'));
        };
        update.bindValue(QStringLiteral(":ids"), arrayLiteral(ids));
        update.bindValue(QStringLiteral(":positions"), arrayLiteral(positions));
        update.bindValue(QStringLiteral(":hashes"), arrayLiteral(hashes));
        if (!m_db.run(update))
            return m_db.lastError();
        const qint64 sealed = update.next() ? update.value(0).toLongLong() : -1;
        update.finish();
        if (sealed != entries.size())
            return StorageError{StorageError::Kind::Other,
                                QStringLiteral("entries changed while they were being sealed")};
    } else {
        QSqlQuery &update = m_db.statement(QStringLiteral("UPDATE audit_log SET chain_pos = :pos, entry_hash "
                                                          "= :hash WHERE id = :id AND chain_pos IS NULL"));
        for (const AuditEntry &entry : std::as_const(entries)) {
            ++position;
            previous = entryHash(previous, position, entry);
            update.bindValue(QStringLiteral(":pos"), position);
            update.bindValue(QStringLiteral(":hash"), QString::fromLatin1(previous));
            update.bindValue(QStringLiteral(":id"), entry.id);
            if (!m_db.run(update))
                return m_db.lastError();
        }
    }
    if (!tx.commit())
        return m_db.lastError();
    m_head = ChainHead{position, previous, {}};
    return int(entries.size());
}

Result<ChainHead, StorageError> AuditTrail::readHead()
{
    QSqlQuery &head = m_db.statement(QStringLiteral("SELECT chain_pos, entry_hash FROM audit_log WHERE "
                                                    "chain_pos IS NOT NULL ORDER BY chain_pos DESC LIMIT 1"));
    if (!m_db.run(head))
        return m_db.lastError();
    ChainHead result;
    if (head.next())
        result = ChainHead{head.value(0).toLongLong(), head.value(1).toString().toLatin1(), {}};
    head.finish();
    m_head = result;
    return result;
}

namespace {
QString anchorTime(const ChainHead &anchor)
{
    return anchor.publishedAt.isValid() ? formatInstantMillis(anchor.publishedAt)
                                        : QStringLiteral("an unknown time");
}

// How many staff accounts and patients the database holds: creating either
// leaves an entry, so a trail without entries is only plausible without them.
Result<std::pair<qint64, qint64>, StorageError> staffAndPatients(Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM users), (SELECT COUNT(*) FROM patients)")) ||
        !query.next())
        return StorageError{StorageError::Kind::Other, QStringLiteral("cannot count users and patients")};
    return std::pair{query.value(0).toLongLong(), query.value(1).toLongLong()};
}
} // namespace

Result<AuditVerification, StorageError> AuditTrail::verify(const QList<ChainHead> &anchors)
{
    AuditVerification report;
    QList<ChainHead> pending = anchors;
    std::sort(pending.begin(), pending.end(),
              [](const ChainHead &a, const ChainHead &b) { return a.position < b.position; });
    qsizetype nextAnchor = 0;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + Columns +
                    QStringLiteral(" FROM audit_log WHERE chain_pos IS NOT NULL ORDER BY chain_pos")))
        return StorageError{StorageError::Kind::Other, QStringLiteral("cannot read the audit log")};
    QByteArray previous = QByteArrayLiteral("genesis");
    QDateTime previousAt;
    qint64 previousId = 0;
    qint64 expected = 1;
    auto damaged = [&report](qint64 id, const QString &problem) {
        report.intact = false;
        report.firstBadId = id;
        report.problem = problem;
        return report;
    };
    while (query.next()) {
        const AuditEntry entry = entryFrom(query);
        const qint64 position = query.value(11).toLongLong();
        const QByteArray stored = query.value(12).toString().toLatin1();
        if (position != expected) {
            return damaged(
                entry.id,
                QStringLiteral("entries at chain positions %1 to %2 are missing (removed before entry %3)")
                    .arg(expected)
                    .arg(position - 1)
                    .arg(entry.id));
        }
        const QByteArray computed = entryHash(previous, position, entry);
        if (computed != stored) {
            return damaged(
                entry.id,
                QStringLiteral("entry %1 (chain position %2) does not match its hash: it was altered")
                    .arg(entry.id)
                    .arg(position));
        }
        if (previousAt.isValid() && entry.at.msecsTo(previousAt) > MaxClockSkewMs) {
            return damaged(
                entry.id,
                QStringLiteral("entry %1 (chain position %2) is dated %3, more than %4 s before entry "
                               "%5 sealed ahead of it (%6): it was inserted backdated")
                    .arg(entry.id)
                    .arg(position)
                    .arg(formatInstantMillis(entry.at))
                    .arg(MaxClockSkewMs / 1000)
                    .arg(previousId)
                    .arg(formatInstantMillis(previousAt)));
        }
        for (; nextAnchor < pending.size() && pending.at(nextAnchor).position <= position; ++nextAnchor) {
            const ChainHead &anchor = pending.at(nextAnchor);
            if (anchor.position == position && anchor.hash != stored) {
                return damaged(
                    entry.id,
                    QStringLiteral("entry %1 at chain position %2 is not the chain head published at "
                                   "%3 (hash %4): the chain was rewritten")
                        .arg(entry.id)
                        .arg(position)
                        .arg(anchorTime(anchor), QString::fromLatin1(anchor.hash)));
            }
            ++report.anchorsChecked;
        }
        previous = stored;
        previousAt = entry.at;
        previousId = entry.id;
        report.head = ChainHead{position, stored, {}};
        ++expected;
        ++report.verified;
    }
    query.finish();
    if (nextAnchor < pending.size()) {
        const ChainHead &anchor = pending.constLast();
        return damaged(
            0,
            QStringLiteral("the chain head published at %1 (position %2) is no longer in the chain, "
                           "which ends at position %3: the newest entries were removed")
                .arg(anchorTime(anchor))
                .arg(anchor.position)
                .arg(report.head.position));
    }
    if (report.verified == 0) {
        const auto counts = staffAndPatients(m_db);
        if (!counts)
            return counts.error();
        const auto [staff, patients] = counts.value();
        if (staff > 0 || patients > 0)
            return damaged(
                0,
                QStringLiteral("the audit trail is empty, yet the database holds %1 staff accounts "
                               "and %2 patients: its entries were removed")
                    .arg(staff)
                    .arg(patients));
    }
    return report;
}

} // namespace hms::server
