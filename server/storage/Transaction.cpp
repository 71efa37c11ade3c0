#include "Transaction.h"

#include "Database.h"

namespace hms::server {

Transaction::Transaction(Database &db, Mode mode)
    : m_db(db)
{
    const bool immediate = mode == Mode::Write && db.engine() == Engine::Sqlite;
    if (immediate)
        m_writeLock = std::make_unique<QMutexLocker<QMutex>>(&Database::sqliteWriteMutex());
    m_active = m_db.execute(immediate ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    m_db.setInTransaction(m_active);
    if (!m_active)
        m_writeLock.reset();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_db.noteCommitAttempt();
    m_active = false;
    m_db.setInTransaction(false);
    const bool committed = m_db.execute(QStringLiteral("COMMIT"));
    if (!committed)
        (void)m_db.execute(QStringLiteral("ROLLBACK"));
    m_writeLock.reset();
    return committed;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_db.setInTransaction(false);
    (void)m_db.execute(QStringLiteral("ROLLBACK"));
    m_writeLock.reset();
}

} // namespace hms::server
