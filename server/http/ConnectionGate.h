#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <atomic>

namespace hms::server {

// Counts the process's open connections, in total and per client address,
// for every worker at once: a new connection over either cap is refused as
// soon as it is accepted, while established ones keep being served.
class ConnectionGate
{
public:
    ConnectionGate(int maxConnections, int maxPerAddress, QList<QHostAddress> exemptAddresses);

    // Whether a connection from this address may open now.
    bool admits(const QHostAddress &address) const;
    void opened(const QHostAddress &address);
    void closed(const QHostAddress &address);

    int openConnections() const { return m_open.load(std::memory_order_relaxed); }
    quint64 refusedConnections() const { return m_refused.load(std::memory_order_relaxed); }
    void countRefusal() { m_refused.fetch_add(1, std::memory_order_relaxed); }
    // Connections closed for sending their headers or body too slowly.
    quint64 stalledConnections() const { return m_stalled.load(std::memory_order_relaxed); }
    void countStalled() { m_stalled.fetch_add(1, std::memory_order_relaxed); }

private:
    const int m_maxConnections;
    const int m_maxPerAddress;
    const QList<QHostAddress> m_exempt;
    mutable QMutex m_mutex;
    QHash<QHostAddress, int> m_perAddress;
    std::atomic<int> m_open{0};
    std::atomic<quint64> m_refused{0};
    std::atomic<quint64> m_stalled{0};
};

} // namespace hms::server
