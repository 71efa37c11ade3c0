#pragma once

#include <QMutex>
#include <memory>

namespace hms::server {

class Database;

// RAII transaction: rolls back unless commit() succeeded. A write transaction
// on SQLite is BEGIN IMMEDIATE, so writers queue on the busy timeout instead
// of failing when they try to upgrade a read lock.
class [[nodiscard]] Transaction
{
public:
    enum class Mode { Read, Write };

    explicit Transaction(Database &db, Mode mode = Mode::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    [[nodiscard]] bool commit();
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
    std::unique_ptr<QMutexLocker<QMutex>> m_writeLock; // SQLite writers, in this process
};

} // namespace hms::server
