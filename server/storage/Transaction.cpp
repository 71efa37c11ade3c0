#include "Transaction.h"

#include "Database.h"

namespace hms::server {

Transaction::Transaction(Database &db, Mode mode)
    : m_db(db)
{
    const bool immediate = mode == Mode::Write && db.engine() == Engine::Sqlite;
    m_active = m_db.execute(immediate ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
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
    if (m_db.execute(QStringLiteral("COMMIT")))
        return true;
    (void)m_db.execute(QStringLiteral("ROLLBACK"));
    return false;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    (void)m_db.execute(QStringLiteral("ROLLBACK"));
}

} // namespace hms::server
