#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <array>
#include <atomic>

namespace hms::server {

class ConnectionGate;

// Process-wide request metrics in Prometheus text format, shared by all workers.
class Metrics
{
public:
    void recordRequest(const QString &route, const QByteArray &method, int status, double seconds);
    void recordDatabaseError() { m_databaseErrors.fetch_add(1, std::memory_order_relaxed); }
    // The connection counts shown come from this gate (set once, before serving).
    void setConnectionGate(const ConnectionGate *gate) { m_gate = gate; }
    // Sessions and reconnects come from the database, read by the caller.
    QByteArray render(qint64 activeSessions, quint64 databaseReconnects) const;

private:
    static constexpr std::array<double, 11> Buckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                    0.1,   0.25,   0.5,   1.0,  2.5};
    struct Histogram
    {
        std::array<quint64, Buckets.size()> counts{};
        quint64 count = 0;
        double sum = 0;
    };
    mutable QMutex m_mutex;
    QHash<QString, quint64> m_requests; // "route\tmethod\tstatus"
    QHash<QString, Histogram> m_latency; // route
    std::atomic<quint64> m_databaseErrors{0};
    const ConnectionGate *m_gate = nullptr;
};

} // namespace hms::server
