#include "ConnectionGate.h"

namespace hms::server {

ConnectionGate::ConnectionGate(int maxConnections, int maxPerAddress, QList<QHostAddress> exemptAddresses)
    : m_maxConnections(maxConnections)
    , m_maxPerAddress(maxPerAddress)
    , m_exempt(std::move(exemptAddresses))
{}

bool ConnectionGate::admits(const QHostAddress &address) const
{
    if (m_open.load(std::memory_order_relaxed) >= m_maxConnections)
        return false;
    if (m_exempt.contains(address))
        return true;
    const QMutexLocker lock(&m_mutex);
    return m_perAddress.value(address) < m_maxPerAddress;
}

void ConnectionGate::opened(const QHostAddress &address)
{
    m_open.fetch_add(1, std::memory_order_relaxed);
    const QMutexLocker lock(&m_mutex);
    ++m_perAddress[address];
}

void ConnectionGate::closed(const QHostAddress &address)
{
    m_open.fetch_sub(1, std::memory_order_relaxed);
    const QMutexLocker lock(&m_mutex);
    const auto it = m_perAddress.find(address);
    if (it == m_perAddress.end())
        return;
    if (--it.value() <= 0)
        m_perAddress.erase(it);
}

} // namespace hms::server
